## Search page (/{lang}/search)

search-title = Căutați sfaturi și alerte
search-label = Ce s-a întâmplat? Descrieți cu propriile cuvinte
search-submit = Căutați
search-hint = De exemplu: „cont de instagram spart”, „SMS fals despre colet”, „am plătit într-un magazin fals”.
search-suggestions = Sugestii
search-suggestions-count = { $count ->
    [0] Nicio sugestie
    [one] O sugestie: folosiți săgeata în jos pentru a ajunge la ea
    [few] { $count } sugestii: folosiți săgeata în jos pentru a ajunge la ele
   *[other] { $count } de sugestii: folosiți săgeata în jos pentru a ajunge la ele
}
search-count = { $count ->
    [one] Un rezultat pentru „{ $query }”
    [few] { $count } rezultate pentru „{ $query }”
   *[other] { $count } de rezultate pentru „{ $query }”
}
search-filters = Restrângeți rezultatele
search-filter-kind = Tip
search-filter-incident = Ce s-a întâmplat
search-filter-audience = Pentru cine
search-filter-all = Afișați tot
search-kind-advice = Sfat
search-kind-bulletin = Alertă despre amenințări
search-in-english = În engleză
search-pages = Pagini de rezultate
search-prev = Pagina anterioară
search-next = Pagina următoare
search-page = Pagina { $page } din { $pages }
search-empty-title = Nu s-a găsit nimic pentru „{ $query }”
search-empty-body = Încercați cu mai puține cuvinte sau cu cuvinte mai simple ori alegeți ce s-a întâmplat din lista de mai jos. Dacă aveți îndoieli, raportați incidentul: vă spunem cui să vă adresați.
search-entry-title = Alegeți ce s-a întâmplat
search-entry-all = Toate sfaturile
search-entry-report = Raportați un incident
search-busy = Căutarea este supraîncărcată în acest moment. Încercați din nou peste câteva secunde.
