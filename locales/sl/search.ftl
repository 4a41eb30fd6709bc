## Search page (/{lang}/search)

search-title = Iskanje nasvetov in opozoril
search-label = Kaj se je zgodilo? Opišite s svojimi besedami
search-submit = Išči
search-hint = Na primer: »vdor v instagram«, »lažni SMS o paketu«, »plačilo v lažni spletni trgovini«.
search-suggestions = Predlogi
search-suggestions-count = { $count ->
    [0] Ni predlogov
    [one] { $count } predlog: do njega se pomaknete s puščico navzdol
    [two] { $count } predloga: do njiju se pomaknete s puščico navzdol
    [few] { $count } predlogi: do njih se pomaknete s puščico navzdol
   *[other] { $count } predlogov: do njih se pomaknete s puščico navzdol
}
search-count = { $count ->
    [one] { $count } zadetek za »{ $query }«
    [two] { $count } zadetka za »{ $query }«
    [few] { $count } zadetki za »{ $query }«
   *[other] { $count } zadetkov za »{ $query }«
}
search-filters = Zožite iskanje
search-filter-kind = Vrsta
search-filter-incident = Kaj se je zgodilo
search-filter-audience = Za koga
search-filter-all = Prikaži vse
search-kind-advice = Nasvet
search-kind-bulletin = Opozorilo o grožnji
search-in-english = V angleščini
search-pages = Strani z zadetki
search-prev = Prejšnja stran
search-next = Naslednja stran
search-page = Stran { $page } od { $pages }
search-empty-title = Za »{ $query }« ni zadetkov
search-empty-body = Poskusite z manj besedami ali s preprostejšimi besedami ali na seznamu spodaj izberite, kaj se je zgodilo. Če niste prepričani, prijavite incident: povedali vam bomo, na koga se obrniti.
search-entry-title = Izberite, kaj se je zgodilo
search-entry-all = Vsi nasveti
search-entry-report = Prijavite incident
search-busy = Iskanje je trenutno preobremenjeno. Poskusite znova čez nekaj sekund.
