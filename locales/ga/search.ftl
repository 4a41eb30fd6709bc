## Search page (/{lang}/search)

search-title = Cuardaigh comhairle agus foláirimh
search-label = Cad a tharla? Déan cur síos air i d'fhocail féin
search-submit = Cuardaigh
search-hint = Mar shampla: “instagram haiceáilte”, “téacs bréige faoi bheartán”, “d'íoc mé le siopa bréige”.
search-suggestions = Moltaí
search-suggestions-count = { $count ->
    [0] Níl aon mholadh ann
    [one] Moladh amháin: úsáid an tsaighead síos chun é a bhaint amach
    [two] { $count } mholadh: úsáid an tsaighead síos chun iad a bhaint amach
    [few] { $count } mholadh: úsáid an tsaighead síos chun iad a bhaint amach
    [many] { $count } moladh: úsáid an tsaighead síos chun iad a bhaint amach
   *[other] { $count } moladh: úsáid an tsaighead síos chun iad a bhaint amach
}
search-count = { $count ->
    [one] Toradh amháin le haghaidh “{ $query }”
    [two] { $count } thoradh le haghaidh “{ $query }”
    [few] { $count } thoradh le haghaidh “{ $query }”
    [many] { $count } dtoradh le haghaidh “{ $query }”
   *[other] { $count } toradh le haghaidh “{ $query }”
}
search-filters = Cúngaigh na torthaí
search-filter-kind = Cineál
search-filter-incident = Cad a tharla
search-filter-audience = Cé dó
search-filter-all = Taispeáin gach rud
search-kind-advice = Comhairle
search-kind-bulletin = Foláireamh faoi bhagairt
search-in-english = I mBéarla
search-pages = Leathanaigh torthaí
search-prev = An leathanach roimhe seo
search-next = An chéad leathanach eile
search-page = Leathanach { $page } as { $pages }
search-empty-title = Níor aimsíodh aon rud le haghaidh “{ $query }”
search-empty-body = Bain triail as níos lú focal nó focail níos simplí, nó roghnaigh cad a tharla ón liosta thíos. Mura bhfuil tú cinnte, tuairiscigh an teagmhas: inseoimid duit cé leis ar cheart duit teagmháil a dhéanamh.
search-entry-title = Roghnaigh cad a tharla
search-entry-all = Gach comhairle
search-entry-report = Tuairiscigh teagmhas
search-busy = Tá an cuardach gnóthach faoi láthair. Bain triail eile as i gceann cúpla soicind.
