## Search page (/{lang}/search)

search-title = Søg i råd og trusselsvarsler
search-label = Hvad er der sket? Beskriv det med dine egne ord
search-submit = Søg
search-hint = For eksempel: »instagram hacket«, »falsk sms om pakke«, »betalt i falsk webshop«.
search-suggestions = Forslag
search-suggestions-count = { $count ->
    [0] Ingen forslag
    [one] Ét forslag: brug pil ned for at komme til det
   *[other] { $count } forslag: brug pil ned for at komme til dem
}
search-count = { $count ->
    [one] Ét resultat for »{ $query }«
   *[other] { $count } resultater for »{ $query }«
}
search-filters = Indsnævr søgningen
search-filter-kind = Type
search-filter-incident = Hvad der er sket
search-filter-audience = For hvem
search-filter-all = Vis alle
search-kind-advice = Råd
search-kind-bulletin = Trusselsvarsel
search-in-english = På engelsk
search-pages = Resultatsider
search-prev = Forrige side
search-next = Næste side
search-page = Side { $page } af { $pages }
search-empty-title = Ingen resultater for »{ $query }«
search-empty-body = Prøv med færre eller enklere ord, eller vælg, hvad der er sket, på listen nedenfor. Er du i tvivl, så indberet hændelsen: vi fortæller dig, hvem du skal kontakte.
search-entry-title = Vælg, hvad der er sket
search-entry-all = Alle råd
search-entry-report = Indberet en hændelse
search-busy = Søgningen er overbelastet lige nu. Prøv igen om et par sekunder.
