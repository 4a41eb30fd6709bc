## Search page (/{lang}/search)

search-title = Otsi nõuandeid ja ohuteateid
search-label = Mis juhtus? Kirjelda seda oma sõnadega
search-submit = Otsi
search-hint = Näiteks: „instagram häkiti“, „võlts SMS paki kohta“, „maksin võltspoes“.
search-suggestions = Soovitused
search-suggestions-count = { $count ->
    [0] Soovitusi pole
    [one] Üks soovitus: selleni jõuad allanoolega
   *[other] { $count } soovitust: nendeni jõuad allanoolega
}
search-count = { $count ->
    [one] Üks tulemus päringule „{ $query }“
   *[other] { $count } tulemust päringule „{ $query }“
}
search-filters = Kitsenda otsingut
search-filter-kind = Liik
search-filter-incident = Mis juhtus
search-filter-audience = Kellele
search-filter-all = Näita kõiki
search-kind-advice = Nõuanne
search-kind-bulletin = Ohuteade
search-in-english = Inglise keeles
search-pages = Tulemuste lehed
search-prev = Eelmine leht
search-next = Järgmine leht
search-page = Leht { $page } / { $pages }
search-empty-title = Päringule „{ $query }“ ei leitud midagi
search-empty-body = Proovi vähemate või lihtsamate sõnadega või vali allolevast loendist, mis juhtus. Kui sa pole kindel, teata intsidendist: ütleme sulle, kelle poole pöörduda.
search-entry-title = Vali, mis juhtus
search-entry-all = Kõik nõuanded
search-entry-report = Teata intsidendist
search-busy = Otsing on praegu ülekoormatud. Palun proovige mõne sekundi pärast uuesti.
