## Audiences (NIS2 terms for organisations)

audience-citizen = Duine príobháideach
audience-business = Gnó nó eagraíocht
audience-essential-entity = Eintiteas bunriachtanach (NIS2)
audience-important-entity = Eintiteas tábhachtach (NIS2)

## Advice list and articles

advice-title = Comhairle
advice-lead = Roghnaigh cad a tharla agus cé thú féin chun na céimeanna a oireann duit a fheiceáil.
advice-filter-legend = Scag an chomhairle
advice-filter-incident = Cad a tharla
advice-filter-audience = Cé thú féin
advice-filter-all = Gach rud
advice-filter-submit = Taispeáin comhairle
advice-count = { $count ->
    [one] Alt amháin
    [two] { $count } alt
    [few] { $count } alt
    [many] { $count } n-alt
   *[other] { $count } alt
}
advice-empty = Níl aon chomhairle ann fós do na scagairí seo. Bain triail as “Gach rud”, nó tuairiscigh an teagmhas: inseoimid duit fós cé leis ar cheart duit teagmháil a dhéanamh.
article-updated = Nuashonraithe: { $date }
article-reviewed = Athbhreithnithe go deireanach: { $date }
article-sources = Foinsí
article-related = Comhairle ghaolmhar
article-report-cta-title = Tuairiscigh an teagmhas seo
article-report-cta-body = Inis do na húdaráis chearta uair amháin. Taispeánfaimid duit cé a bheidh ag plé leis agus faoi cén t-am.
article-report-cta-button = Tuairiscigh an teagmhas seo
article-in-english = (i mBéarla)

## Translation notices

notice-missing-translation = Níl an leathanach seo ar fáil i do theanga fós. Tá an bunleagan Béarla á léamh agat.
notice-stale-translation = D'fhéadfadh an t-aistriúchán seo a bheith as dáta: nuashonraíodh an bunleagan Béarla níos déanaí.
notice-read-original = Léigh an bunleagan Béarla

## Threat bulletins

bulletins-title = Bagairtí reatha
bulletins-lead = Ionsaithe agus caimiléireachtaí atá ar siúl anois, cad a théann siad i bhfeidhm air, agus cad ba cheart a dhéanamh. Faisnéis phoiblí (TLP:CLEAR): roinn go saor í.
bulletins-filter-legend = Scag na foláirimh
bulletins-filter-severity = Déine
bulletins-filter-status = Stádas
bulletins-filter-all = Gach ceann
bulletins-filter-submit = Taispeáin foláirimh
bulletins-empty = Níl aon fholáireamh ag teacht leis na scagairí seo.
bulletins-archive-heading = Cartlann
bulletins-archive-lead = Foláirimh atá imithe in éag, coinnithe le haghaidh tagartha.
bulletins-feed-atom = Fotha Atom
bulletins-feed-json = JSON Feed
bulletins-feeds-label = Lean foláirimh nua:
severity-label = Déine
severity-low = Íseal
severity-medium = Meánach
severity-high = Ard
severity-critical = Criticiúil
status-active = Gníomhach
status-resolved = Réitithe
status-archived = Cartlannaithe
bulletin-published = Foilsithe: { $date }
bulletin-updated = Nuashonraithe: { $date }
bulletin-affected = Táirgí agus seirbhísí lena mbaineann
bulletin-cves = Aitheantóirí CVE
bulletin-tlp = TLP:CLEAR: is féidir leat an foláireamh seo a roinnt go saor.
evidence-title = Cad ba cheart a choinneáil mar fhianaise
evidence-lead = I gcás gach cineál teagmhais: cad ba cheart a choinneáil, conas é a choinneáil ionas go mbeidh sé bailí fós mar fhianaise, agus conas é a liostú i do thuairisc.
evidence-empty = Níl aon treoir fianaise foilsithe fós.
evidence-all = Gach treoir fianaise
