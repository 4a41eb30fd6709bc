## Shell: skip link, header, navigation, footer

shell-skip-link = Léim go dtí an príomhábhar
shell-site-name = cyberhelp
shell-tagline = Cabhair tar éis cibirionsaí
shell-nav-label = Príomh-roghchlár
shell-nav-home = Baile
shell-nav-advice = Comhairle
shell-nav-bulletins = Bagairtí reatha
shell-nav-report = Tuairiscigh teagmhas
shell-nav-search = Cuardach
shell-language-label = Teanga
shell-language-submit = Athraigh
shell-footer-emergency = I mbaol anois? Glaoigh ar 112, an uimhir éigeandála i ngach tír den AE.
shell-footer-never-ask = Ní iarraimid riamh do phasfhocail, íocaíocht ná cianrochtain ar do ghléas. Má iarrann duine ar bith é sin ort, ní sinne atá ann.
shell-footer-privacy = Gan rianaitheoirí, gan iarratais chuig tríú páirtithe: ní lódálann an suíomh seo aon rud ó áit ar bith eile.
shell-footer-source = Bogearraí saora, ar féidir leat iad a óstáil thú féin.
shell-footer-licence = Foilsítear ár dtéacsanna faoin gceadúnas CC BY 4.0: is féidir leat iad a athúsáid go saor ach cyberhelp a lua.
shell-footer-feeds = Foláirimh faoi bhagairtí mar fhotha Atom

## Home page

home-title = Cabhair tar éis cibirionsaí
home-lead = Ar haiceáladh do chuntas, ar íoc tú le siopa bréige, ar bhuail ransomware do ghnó? Faigh amach cad ba cheart duit a dhéanamh anois, cé ba cheart a chur ar an eolas, agus faoi cén t-am.
home-emergency = Má tá tú i mbaol anois, glaoigh ar 112.
home-tasks-heading = Cad atá uait?
home-task-advice = Faigh comhairle
home-task-advice-desc = Cabhair céim ar chéim don rud a tharla duit.
home-task-bulletins = Féach ar na bagairtí reatha
home-task-bulletins-desc = Caimiléireachtaí agus ionsaithe atá ar siúl faoi láthair, agus cad is féidir leat a dhéanamh.
home-task-report = Tuairiscigh teagmhas
home-task-report-desc = Inis do na húdaráis chearta uair amháin, agus faigh amach cé a bheidh ag plé leis agus faoi cén t-am.
home-incidents-heading = Cad a tharla?
home-bulletins-heading = Bagairtí gníomhacha
home-bulletins-people = Caimiléireachtaí atá ar siúl anois
home-bulletins-organisations = Do lucht TF in eagraíochtaí: leochaileachtaí atá á n-úsáid in ionsaithe
home-bulletins-empty = Níl aon fholáirimh ghníomhacha faoi bhagairtí ann faoi láthair.
home-bulletins-all = Gach foláireamh faoi bhagairtí

## Errors

error-title-prefix = Earráid: { $title }

error-not-found-title = Níor aimsíodh an leathanach
error-not-found-body = Níorbh fhéidir linn an leathanach seo a aimsiú. B'fhéidir go bhfuil botún sa seoladh, nó gur bogadh an leathanach.
error-not-found-home = Téigh go dtí an leathanach baile
error-internal-title = Tharla earráid
error-internal-body = Is orainne atá an locht, ní ortsa. Bain triail eile as i gceann nóiméid.
error-bad-request-title = Níor thuigeamar an t-iarratas seo
error-too-large-title = Tá an méid a sheol tú rómhór
error-too-large-back = Úsáid an cnaipe Siar i do bhrabhsálaí: coinníonn an fhoirm an méid a chlóscríobh tú. Ansin giorraigh an cur síos agus seol arís é.
error-rate-limited = An iomarca iarratas ó do nasc i mbeagán ama. Fan nóiméad agus bain triail eile as.
stats-title = Staitisticí oscailte
stats-lead = Cé mhéad tuairisc a fuair an tairseach seo, cad a bhí i gceist leo, agus cé chomh tapa a dheimhnigh na faighteoirí iad. Níl anseo ach figiúirí: ní féidir aon tuairisc a aithint uathu.
stats-empty = Níor tháinig aon tuairisc isteach fós, mar sin níl aon rud le comhaireamh.
stats-unavailable = Ní féidir na staitisticí a thaispeáint faoi láthair. Bain triail eile as i gceann cúpla nóiméad.
stats-withheld = rúnda
stats-chart-title = Tuairiscí a fuarthas in aghaidh na míosa
stats-chart-caption = Tuairiscí a fuarthas in aghaidh na míosa (UTC). Tá na figiúirí céanna sa tábla thíos.
stats-per-month = Tuairiscí in aghaidh na míosa
stats-category = Catagóir
stats-breakdowns = Tuairiscí in aghaidh na míosa, de réir catagóire
stats-by-incident = De réir cineáil teagmhais
stats-by-country = De réir tíre
stats-by-victim = De réir cé a rinne an tuairisc
stats-deliveries = Seachadadh chuig faighteoirí
stats-no-deliveries = Níor seachadadh aon tuairisc chuig faighteoir fós.
stats-deliveries-caption = Tuairiscí a seoladh chuig gach cineál faighteora, na míonna go léir le chéile
stats-recipient-kind = Cineál faighteora
stats-delivered = Seachadta
stats-acknowledged = Dearbhaithe ag an bhfaighteoir
stats-failed = Níorbh fhéidir iad a sheachadadh
stats-median-ack = Am airmheánach go dtí an dearbhú
stats-hours = { $hours } h
stats-method = Tá figiúirí faoi bhun { $threshold } (seachas nialas) rúnda agus ní fhoilsítear iad. Más féidir figiúr rúnda a oibriú amach ó iomlán na míosa, cuirtear figiúirí eile faoi rún in éineacht leis. Ní úsáideann na figiúirí ach an mhí, cineál an teagmhais, an tír, cé a rinne an tuairisc agus cineál an fhaighteora; coinnítear na sonraí sin nuair a scriostar sonraí pearsanta tuairisce.
stats-api = Na figiúirí céanna i bhformáid JSON
