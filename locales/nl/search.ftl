## Search page (/{lang}/search)

search-title = Zoeken in advies en dreigingsberichten
search-label = Wat is er gebeurd? Beschrijf het in uw eigen woorden
search-submit = Zoeken
search-hint = Bijvoorbeeld: ‘instagram gehackt’, ‘nep-sms pakketje’, ‘betaald bij nepwebwinkel’.
search-suggestions = Suggesties
search-suggestions-count = { $count ->
    [0] Geen suggesties
    [one] Eén suggestie: gebruik de pijl omlaag om die te bereiken
   *[other] { $count } suggesties: gebruik de pijl omlaag om ze te bereiken
}
search-count = { $count ->
    [one] Eén resultaat voor ‘{ $query }’
   *[other] { $count } resultaten voor ‘{ $query }’
}
search-filters = Verfijnen
search-filter-kind = Soort
search-filter-incident = Wat er is gebeurd
search-filter-audience = Voor wie
search-filter-all = Alles tonen
search-kind-advice = Advies
search-kind-bulletin = Dreigingsbericht
search-in-english = In het Engels
search-pages = Resultaatpagina’s
search-prev = Vorige pagina
search-next = Volgende pagina
search-page = Pagina { $page } van { $pages }
search-empty-title = Niets gevonden voor ‘{ $query }’
search-empty-body = Probeer minder of eenvoudigere woorden, of kies in de lijst hieronder wat er is gebeurd. Weet u het niet zeker? Meld dan het incident: we vertellen u bij wie u terechtkunt.
search-entry-title = Kies wat er is gebeurd
search-entry-all = Alle adviezen
search-entry-report = Incident melden
search-busy = Zoeken is op dit moment overbelast. Probeer het over een paar seconden opnieuw.
