## Audiences (NIS2 terms for organisations)

audience-citizen = Eraisik
audience-business = Ettevõte või organisatsioon
audience-essential-entity = Oluline üksus (NIS2)
audience-important-entity = Tähtis üksus (NIS2)

## Advice list and articles

advice-title = Nõuanded
advice-lead = Vali, mis juhtus ja kes sa oled, et näha sulle sobivaid samme.
advice-filter-legend = Filtreeri nõuandeid
advice-filter-incident = Mis juhtus
advice-filter-audience = Kes sa oled
advice-filter-all = Kõik
advice-filter-submit = Näita nõuandeid
advice-count = { $count ->
    [one] Üks artikkel
   *[other] { $count } artiklit
}
advice-empty = Nende filtritega nõuandeid veel ei ole. Proovi valikut „Kõik“ või teata intsidendist: ütleme sulle ikkagi, kelle poole pöörduda.
article-updated = Uuendatud: { $date }
article-reviewed = Viimati üle vaadatud: { $date }
article-sources = Allikad
article-related = Seotud nõuanded
article-report-cta-title = Teata sellest intsidendist
article-report-cta-body = Teavita õigeid asutusi korraga. Näitame, kes asjaga tegeleb ja mis ajaks.
article-report-cta-button = Teata sellest intsidendist
article-in-english = (inglise keeles)

## Translation notices

notice-missing-translation = See leht pole sinu keeles veel saadaval. Loed ingliskeelset originaali.
notice-stale-translation = See tõlge võib olla aegunud: ingliskeelset originaali on hiljem uuendatud.
notice-read-original = Loe ingliskeelset originaali

## Threat bulletins

bulletins-title = Praegused ohud
bulletins-lead = Praegu toimuvad rünnakud ja pettused, mida need mõjutavad ja mida teha. Avalik teave (TLP:CLEAR): jaga seda vabalt.
bulletins-filter-legend = Filtreeri teateid
bulletins-filter-severity = Raskusaste
bulletins-filter-status = Olek
bulletins-filter-all = Kõik
bulletins-filter-submit = Näita teateid
bulletins-empty = Nende filtritega ohuteateid ei leitud.
bulletins-archive-heading = Arhiiv
bulletins-archive-lead = Aegunud teated, mis on alles hoitud teadmiseks.
bulletins-feed-atom = Atom-voog
bulletins-feed-json = JSON Feed
bulletins-feeds-label = Jälgi uusi teateid:
severity-label = Raskusaste
severity-low = Madal
severity-medium = Keskmine
severity-high = Kõrge
severity-critical = Kriitiline
status-active = Aktiivne
status-resolved = Lahendatud
status-archived = Arhiveeritud
bulletin-published = Avaldatud: { $date }
bulletin-updated = Uuendatud: { $date }
bulletin-affected = Mõjutatud tooted ja teenused
bulletin-cves = CVE-tunnused
bulletin-tlp = TLP:CLEAR: võid seda teadet vabalt jagada.
evidence-title = Mida tõendina alles hoida
evidence-lead = Iga intsidendiliigi kohta: mida alles hoida, kuidas seda hoida nii, et see kõlbaks ka hiljem tõendiks, ja kuidas see oma teates loetellu lisada.
evidence-empty = Tõendite hoidmise juhiseid pole veel avaldatud.
evidence-all = Kõik tõendite hoidmise juhised
