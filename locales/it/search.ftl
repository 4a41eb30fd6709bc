## Search page (/{lang}/search)

search-title = Cerca consigli e avvisi
search-label = Che cosa è successo? Lo descriva con parole sue
search-submit = Cerca
search-hint = Per esempio: «instagram hackerato», «sms falso pacco», «pagato un negozio falso».
search-suggestions = Suggerimenti
search-suggestions-count = { $count ->
    [0] Nessun suggerimento
    [one] Un suggerimento: usi la freccia giù per raggiungerlo
    [many] { $count } di suggerimenti: usi la freccia giù per raggiungerli
   *[other] { $count } suggerimenti: usi la freccia giù per raggiungerli
}
search-count = { $count ->
    [one] Un risultato per «{ $query }»
    [many] { $count } di risultati per «{ $query }»
   *[other] { $count } risultati per «{ $query }»
}
search-filters = Restringi la ricerca
search-filter-kind = Tipo
search-filter-incident = Cosa è successo
search-filter-audience = Per chi
search-filter-all = Mostra tutti
search-kind-advice = Consiglio
search-kind-bulletin = Avviso di minaccia
search-in-english = In inglese
search-pages = Pagine dei risultati
search-prev = Pagina precedente
search-next = Pagina successiva
search-page = Pagina { $page } di { $pages }
search-empty-title = Nessun risultato per «{ $query }»
search-empty-body = Provi con meno parole o con parole più semplici, oppure scelga cosa è successo dall’elenco qui sotto. In caso di dubbio, segnali l’incidente: le diremo a chi rivolgersi.
search-entry-title = Scelga cosa è successo
search-entry-all = Tutti i consigli
search-entry-report = Segnala un incidente
search-busy = La ricerca è sovraccarica in questo momento. Riprova tra qualche secondo.
