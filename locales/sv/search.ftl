## Search page (/{lang}/search)

search-title = Sök bland råd och hotvarningar
search-label = Vad har hänt? Beskriv det med egna ord
search-submit = Sök
search-hint = Till exempel: ”instagram hackat”, ”falskt sms om paket”, ”betalat i bluffbutik”.
search-suggestions = Förslag
search-suggestions-count = { $count ->
    [0] Inga förslag
    [one] Ett förslag: använd nedåtpilen för att komma till det
   *[other] { $count } förslag: använd nedåtpilen för att komma till dem
}
search-count = { $count ->
    [one] Ett resultat för ”{ $query }”
   *[other] { $count } resultat för ”{ $query }”
}
search-filters = Avgränsa
search-filter-kind = Typ
search-filter-incident = Vad som har hänt
search-filter-audience = För vem
search-filter-all = Visa alla
search-kind-advice = Råd
search-kind-bulletin = Hotvarning
search-in-english = På engelska
search-pages = Resultatsidor
search-prev = Föregående sida
search-next = Nästa sida
search-page = Sida { $page } av { $pages }
search-empty-title = Inga träffar för ”{ $query }”
search-empty-body = Försök med färre eller enklare ord, eller välj vad som har hänt i listan nedan. Om du är osäker kan du rapportera incidenten: vi berättar vem du ska kontakta.
search-entry-title = Välj vad som har hänt
search-entry-all = Alla råd
search-entry-report = Rapportera en incident
search-busy = Sökningen är överbelastad just nu. Försök igen om några sekunder.
