## Audiences (NIS2 terms for organisations)

audience-citizen = Posameznik
audience-business = Podjetje ali organizacija
audience-essential-entity = Bistveni subjekt (NIS2)
audience-important-entity = Pomembni subjekt (NIS2)

## Advice list and articles

advice-title = Nasveti
advice-lead = Izberite, kaj se je zgodilo in kdo ste, da vidite ustrezne korake.
advice-filter-legend = Filtriraj nasvete
advice-filter-incident = Kaj se je zgodilo
advice-filter-audience = Kdo ste
advice-filter-all = Vse
advice-filter-submit = Prikaži nasvete
advice-count = { $count ->
    [one] { $count } članek
    [two] { $count } članka
    [few] { $count } članki
   *[other] { $count } člankov
}
advice-empty = Za te filtre še ni nasvetov. Poskusite z »Vse« ali prijavite incident: vseeno vam bomo povedali, na koga se obrniti.
article-updated = Posodobljeno { $date }
article-reviewed = Nazadnje pregledano { $date }
article-sources = Viri
article-related = Sorodni nasveti
article-report-cta-title = Prijavite ta incident
article-report-cta-body = Pristojne organe obvestite samo enkrat. Pokažemo vam, kdo se s tem ukvarja in do kdaj.
article-report-cta-button = Prijavite ta incident
article-in-english = (v angleščini)

## Translation notices

notice-missing-translation = Ta stran v vašem jeziku še ni na voljo. Berete angleški izvirnik.
notice-stale-translation = Ta prevod morda ni ažuren: angleški izvirnik je bil pozneje posodobljen.
notice-read-original = Preberite angleški izvirnik

## Threat bulletins

bulletins-title = Aktualne grožnje
bulletins-lead = Napadi in prevare, ki potekajo zdaj, na kaj vplivajo in kaj storiti. Javne informacije (TLP:CLEAR): prosto jih delite.
bulletins-filter-legend = Filtriraj opozorila
bulletins-filter-severity = Resnost
bulletins-filter-status = Stanje
bulletins-filter-all = Vse
bulletins-filter-submit = Prikaži opozorila
bulletins-empty = Nobeno opozorilo ne ustreza tem filtrom.
bulletins-archive-heading = Arhiv
bulletins-archive-lead = Potekla opozorila, shranjena za vpogled.
bulletins-feed-atom = Vir Atom
bulletins-feed-json = JSON Feed
bulletins-feeds-label = Spremljajte nova opozorila:
severity-label = Resnost
severity-low = Nizka
severity-medium = Srednja
severity-high = Visoka
severity-critical = Kritična
status-active = Aktivno
status-resolved = Rešeno
status-archived = Arhivirano
bulletin-published = Objavljeno { $date }
bulletin-updated = Posodobljeno { $date }
bulletin-affected = Prizadeti izdelki in storitve
bulletin-cves = Oznake CVE
bulletin-tlp = TLP:CLEAR: to opozorilo lahko prosto delite.
evidence-title = Kaj shraniti kot dokaz
evidence-lead = Za vsako vrsto incidenta: kaj shraniti, kako to shraniti, da še vedno velja kot dokaz, in kako to navesti v prijavi.
evidence-empty = Vodnikov o dokazih še nismo objavili.
evidence-all = Vsi vodniki o dokazih
