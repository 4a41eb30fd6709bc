## Audiences (NIS2 terms for organisations)

audience-citizen = Yksityishenkilö
audience-business = Yritys tai organisaatio
audience-essential-entity = Keskeinen toimija (NIS2)
audience-important-entity = Tärkeä toimija (NIS2)

## Advice list and articles

advice-title = Neuvot
advice-lead = Valitse, mitä tapahtui ja kuka olet, niin näet sinulle sopivat vaiheet.
advice-filter-legend = Suodata neuvoja
advice-filter-incident = Mitä tapahtui
advice-filter-audience = Kuka olet
advice-filter-all = Kaikki
advice-filter-submit = Näytä neuvot
advice-count = { $count ->
    [one] Yksi artikkeli
   *[other] { $count } artikkelia
}
advice-empty = Näillä suodattimilla ei vielä löydy neuvoja. Kokeile valintaa ”Kaikki” tai ilmoita tapauksesta: kerromme silti, keneen voit ottaa yhteyttä.
article-updated = Päivitetty { $date }
article-reviewed = Tarkistettu viimeksi { $date }
article-sources = Lähteet
article-related = Aiheeseen liittyvät neuvot
article-report-cta-title = Ilmoita tästä tapauksesta
article-report-cta-body = Ilmoita kerralla oikeille viranomaisille. Näytämme, kuka asiaa hoitaa ja mihin mennessä.
article-report-cta-button = Ilmoita tästä tapauksesta
article-in-english = (englanniksi)

## Translation notices

notice-missing-translation = Tätä sivua ei ole vielä saatavilla kielelläsi. Luet englanninkielistä alkuperäistekstiä.
notice-stale-translation = Tämä käännös voi olla vanhentunut: englanninkielistä alkuperäistekstiä on päivitetty myöhemmin.
notice-read-original = Lue englanninkielinen alkuperäisteksti

## Threat bulletins

bulletins-title = Ajankohtaiset uhat
bulletins-lead = Juuri nyt liikkeellä olevat hyökkäykset ja huijaukset, mihin ne vaikuttavat ja mitä tehdä. Julkista tietoa (TLP:CLEAR): voit jakaa sitä vapaasti.
bulletins-filter-legend = Suodata tiedotteita
bulletins-filter-severity = Vakavuus
bulletins-filter-status = Tila
bulletins-filter-all = Kaikki
bulletins-filter-submit = Näytä tiedotteet
bulletins-empty = Näillä suodattimilla ei löydy uhkatiedotteita.
bulletins-archive-heading = Arkisto
bulletins-archive-lead = Vanhentuneet tiedotteet, säilytetty tiedoksi.
bulletins-feed-atom = Atom-syöte
bulletins-feed-json = JSON Feed
bulletins-feeds-label = Seuraa uusia tiedotteita:
severity-label = Vakavuus
severity-low = Matala
severity-medium = Kohtalainen
severity-high = Korkea
severity-critical = Kriittinen
status-active = Voimassa
status-resolved = Ratkaistu
status-archived = Arkistoitu
bulletin-published = Julkaistu { $date }
bulletin-updated = Päivitetty { $date }
bulletin-affected = Tuotteet ja palvelut, joita asia koskee
bulletin-cves = CVE-tunnisteet
bulletin-tlp = TLP:CLEAR: voit jakaa tämän tiedotteen vapaasti.
evidence-title = Mitä säilyttää todisteeksi
evidence-lead = Kullekin tapaustyypille: mitä säilyttää, miten säilyttää se niin, että se kelpaa yhä todisteeksi, ja miten merkitä se ilmoitukseesi.
evidence-empty = Todisteohjeita ei ole vielä julkaistu.
evidence-all = Kaikki todisteohjeet
