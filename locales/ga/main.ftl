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
