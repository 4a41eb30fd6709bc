## Search page (/{lang}/search)

search-title = Tanácsok és riasztások keresése
search-label = Mi történt? Írja le a saját szavaival
search-submit = Keresés
search-hint = Például: „feltörték az instagramot”, „hamis csomagértesítő SMS”, „hamis webáruházban fizettem”.
search-suggestions = Javaslatok
search-suggestions-count = { $count ->
    [0] Nincs javaslat
    [one] Egy javaslat: a lefelé nyíllal érheti el
   *[other] { $count } javaslat: a lefelé nyíllal érheti el őket
}
search-count = { $count ->
    [one] Egy találat erre: „{ $query }”
   *[other] { $count } találat erre: „{ $query }”
}
search-filters = Szűkítés
search-filter-kind = Típus
search-filter-incident = Mi történt
search-filter-audience = Kinek szól
search-filter-all = Összes megjelenítése
search-kind-advice = Tanács
search-kind-bulletin = Fenyegetési riasztás
search-in-english = Angolul
search-pages = Találati oldalak
search-prev = Előző oldal
search-next = Következő oldal
search-page = { $page }. oldal (összesen { $pages })
search-empty-title = Nincs találat erre: „{ $query }”
search-empty-body = Próbálja kevesebb vagy egyszerűbb szóval, vagy válassza ki az alábbi listából, mi történt. Ha nem biztos benne, jelentse be az incidenst: megmondjuk, kihez fordulhat.
search-entry-title = Válassza ki, mi történt
search-entry-all = Összes tanács
search-entry-report = Incidens bejelentése
search-busy = A keresés jelenleg túlterhelt. Kérjük, próbálja újra néhány másodperc múlva.
