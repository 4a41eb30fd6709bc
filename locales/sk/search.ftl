## Search page (/{lang}/search)

search-title = Hľadať rady a varovania
search-label = Čo sa stalo? Opíšte to vlastnými slovami
search-submit = Hľadať
search-hint = Napríklad: „hacknutý instagram“, „falošná SMS o balíku“, „platba vo falošnom e-shope“.
search-suggestions = Návrhy
search-suggestions-count = { $count ->
    [0] Žiadne návrhy
    [one] Jeden návrh: prejdete naň šípkou nadol
    [few] { $count } návrhy: prejdete na ne šípkou nadol
    [many] { $count } návrhu: prejdete na ne šípkou nadol
   *[other] { $count } návrhov: prejdete na ne šípkou nadol
}
search-count = { $count ->
    [one] Jeden výsledok pre „{ $query }“
    [few] { $count } výsledky pre „{ $query }“
    [many] { $count } výsledku pre „{ $query }“
   *[other] { $count } výsledkov pre „{ $query }“
}
search-filters = Zúžiť výber
search-filter-kind = Typ
search-filter-incident = Čo sa stalo
search-filter-audience = Pre koho
search-filter-all = Zobraziť všetko
search-kind-advice = Rada
search-kind-bulletin = Varovanie pred hrozbou
search-in-english = V angličtine
search-pages = Stránky výsledkov
search-prev = Predchádzajúca stránka
search-next = Ďalšia stránka
search-page = Strana { $page } z { $pages }
search-empty-title = Pre „{ $query }“ sme nič nenašli
search-empty-body = Skúste menej slov alebo jednoduchšie slová, alebo vyberte, čo sa stalo, zo zoznamu nižšie. Ak si nie ste istí, incident nahláste: povieme vám, na koho sa obrátiť.
search-entry-title = Vyberte, čo sa stalo
search-entry-all = Všetky rady
search-entry-report = Nahlásiť incident
search-busy = Vyhľadávanie je práve preťažené. Skúste to znova o niekoľko sekúnd.
