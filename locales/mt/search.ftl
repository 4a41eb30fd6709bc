## Search page (/{lang}/search)

search-title = Fittex pariri u twissijiet
search-label = X'ġara? Iddeskrivih bi kliemek
search-submit = Fittex
search-hint = Pereżempju: “daħlu fl-instagram tiegħi”, “messaġġ falz dwar pakkett”, “ħallast f'ħanut falz”.
search-suggestions = Suġġerimenti
search-suggestions-count = { $count ->
    [0] L-ebda suġġeriment
    [one] Suġġeriment wieħed: uża l-vleġġa 'l isfel biex tilħqu
    [two] Żewġ suġġerimenti: uża l-vleġġa 'l isfel biex tilħaqhom
    [few] { $count } suġġerimenti: uża l-vleġġa 'l isfel biex tilħaqhom
    [many] { $count }-il suġġeriment: uża l-vleġġa 'l isfel biex tilħaqhom
   *[other] { $count } suġġeriment: uża l-vleġġa 'l isfel biex tilħaqhom
}
search-count = { $count ->
    [one] Riżultat wieħed għal “{ $query }”
    [two] Żewġ riżultati għal “{ $query }”
    [few] { $count } riżultati għal “{ $query }”
    [many] { $count }-il riżultat għal “{ $query }”
   *[other] { $count } riżultat għal “{ $query }”
}
search-filters = Irfina r-riżultati
search-filter-kind = Tip
search-filter-incident = X'ġara
search-filter-audience = Għal min
search-filter-all = Uri kollox
search-kind-advice = Parir
search-kind-bulletin = Twissija dwar theddida
search-in-english = Bl-Ingliż
search-pages = Paġni tar-riżultati
search-prev = Il-paġna ta' qabel
search-next = Il-paġna li jmiss
search-page = Paġna { $page } minn { $pages }
search-empty-title = Ma nstab xejn għal “{ $query }”
search-empty-body = Ipprova b'inqas kliem jew bi kliem aktar sempliċi, jew agħżel x'ġara mil-lista hawn taħt. Jekk għandek xi dubju, irrapporta l-inċident: ngħidulek lil min għandek tikkuntattja.
search-entry-title = Agħżel x'ġara
search-entry-all = Il-pariri kollha
search-entry-report = Irrapporta inċident
search-busy = It-tfittxija hija mgħobbija żżejjed bħalissa. Erġa’ pprova fi ftit sekondi.
