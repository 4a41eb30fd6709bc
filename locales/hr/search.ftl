## Search page (/{lang}/search)

search-title = Pretražite savjete i upozorenja
search-label = Što se dogodilo? Opišite to svojim riječima
search-submit = Pretraži
search-hint = Na primjer: „hakiran instagram”, „lažni SMS o paketu”, „plaćanje u lažnoj trgovini”.
search-suggestions = Prijedlozi
search-suggestions-count = { $count ->
    [0] Nema prijedloga
    [one] { $count } prijedlog: do njega dođite strelicom prema dolje
    [few] { $count } prijedloga: do njih dođite strelicom prema dolje
   *[other] { $count } prijedloga: do njih dođite strelicom prema dolje
}
search-count = { $count ->
    [one] { $count } rezultat za „{ $query }”
    [few] { $count } rezultata za „{ $query }”
   *[other] { $count } rezultata za „{ $query }”
}
search-filters = Suzite rezultate
search-filter-kind = Vrsta
search-filter-incident = Što se dogodilo
search-filter-audience = Za koga
search-filter-all = Prikaži sve
search-kind-advice = Savjet
search-kind-bulletin = Upozorenje o prijetnji
search-in-english = Na engleskom
search-pages = Stranice rezultata
search-prev = Prethodna stranica
search-next = Sljedeća stranica
search-page = Stranica { $page } od { $pages }
search-empty-title = Nema rezultata za „{ $query }”
search-empty-body = Pokušajte s manje riječi ili s jednostavnijim riječima ili na popisu u nastavku odaberite što se dogodilo. Ako niste sigurni, prijavite incident: reći ćemo vam kome se obratiti.
search-entry-title = Odaberite što se dogodilo
search-entry-all = Svi savjeti
search-entry-report = Prijavite incident
search-busy = Pretraživanje je trenutačno preopterećeno. Pokušajte ponovno za nekoliko sekundi.
