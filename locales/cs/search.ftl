## Search page (/{lang}/search)

search-title = Hledat rady a varování
search-label = Co se stalo? Popište to vlastními slovy
search-submit = Hledat
search-hint = Například: „hacknutý instagram“, „falešná SMS o balíku“, „platba na falešném e-shopu“.
search-suggestions = Návrhy
search-suggestions-count = { $count ->
    [0] Žádné návrhy
    [one] Jeden návrh: přejdete na něj šipkou dolů
    [few] { $count } návrhy: přejdete na ně šipkou dolů
    [many] { $count } návrhu: přejdete na ně šipkou dolů
   *[other] { $count } návrhů: přejdete na ně šipkou dolů
}
search-count = { $count ->
    [one] Jeden výsledek pro „{ $query }“
    [few] { $count } výsledky pro „{ $query }“
    [many] { $count } výsledku pro „{ $query }“
   *[other] { $count } výsledků pro „{ $query }“
}
search-filters = Zúžit výběr
search-filter-kind = Typ
search-filter-incident = Co se stalo
search-filter-audience = Pro koho
search-filter-all = Zobrazit vše
search-kind-advice = Rada
search-kind-bulletin = Varování před hrozbou
search-in-english = V angličtině
search-pages = Stránky výsledků
search-prev = Předchozí stránka
search-next = Další stránka
search-page = Stránka { $page } z { $pages }
search-empty-title = Pro „{ $query }“ jsme nic nenašli
search-empty-body = Zkuste méně slov nebo jednodušší slova, nebo vyberte, co se stalo, ze seznamu níže. Pokud si nejste jistí, incident nahlaste: řekneme vám, na koho se obrátit.
search-entry-title = Vyberte, co se stalo
search-entry-all = Všechny rady
search-entry-report = Nahlásit incident
search-busy = Vyhledávání je právě přetížené. Zkuste to prosím znovu za několik sekund.
