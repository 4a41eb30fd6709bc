## Routing: why each step is recommended (ids referenced from content/routing.toml)

route-why-police-people = Nuair a bhíonn duine ag bagairt ort, do do chiapadh nó do do shaothrú, nó má bhaineann sé le leanbh, téigh chuig na póilíní ar dtús. Ná híoc agus ná déan idirbheartaíocht: coinnigh na teachtaireachtaí mar fhianaise.
route-why-helpline = Ní gá duit é seo a fhulaingt i d'aonar: éisteann na línte cabhrach seo leat, tugann siad comhairle duit agus is féidir leo cabhrú leat íomhánna nó ábhar a bhaint.
route-why-nis2-early-warning = Mar eintiteas bunriachtanach nó tábhachtach, ní mór duit luathrabhadh a chur chuig do CSIRT nó chuig an údarás inniúil laistigh de 24 uair an chloig ón uair a fuair tú amach faoi theagmhas suntasach.
route-why-nis2-notification = Laistigh de 72 uair an chloig, seol an fógra faoin teagmhas: measúnú tosaigh, déine, tionchar agus comharthaí gur cuireadh na córais i mbaol.
route-why-nis2-final = Laistigh de mhí ón bhfógra faoin teagmhas, seol an tuarascáil deiridh: cur síos mionsonraithe, an bunchúis, na bearta a rinneadh agus an tionchar trasteorann.
route-why-gdpr-controller = Baineann sé le sonraí pearsanta daoine eile, mar sin is í d'eagraíocht an rialaitheoir: tabhair fógra don údarás cosanta sonraí faoin sárú laistigh de 72 uair an chloig, ach amháin más beag an seans go gcuirfidh sé duine ar bith i mbaol. Má tá an baol do na daoine lena mbaineann ard, inis dóibh siúd freisin.
route-why-police-money = Tuairiscigh an chalaois do na póilíní. B'fhéidir go n-iarrfaidh do bhanc nó d'árachóir uimhir thuairisce na bpóilíní ort.
route-why-platform = Úsáid leathanaigh oifigiúla aisghabhála agus tuairiscithe na seirbhíse lena mbaineann (ná húsáid riamh naisc a seoladh chugat). Tuairiscigh an cuntas nó an t-ábhar ionas gur féidir leis an ardán é a bhlocáil.
route-why-phishing-report = Cuir an teachtaireacht amhrasach ar aghaidh chuig an seoladh náisiúnta tuairiscithe: cabhraíonn sé sin leis an suíomh bréige a bhlocáil do chách.
route-why-ecc = Tá an díoltóir i dtír eile: cabhraíonn an Lárionad Eorpach do Thomhaltóirí i do thír féin le haighnis trasteorann, saor in aisce.
route-why-consumer = Tuairiscigh an trádálaí don údarás cosanta tomhaltóirí: is féidir leis beart a dhéanamh in aghaidh siopaí bréige agus daoine eile a chur ar an airdeall.
route-why-csirt-business = Is féidir leis an CSIRT náisiúnta cabhrú le d'eagraíocht an t-ionsaí a shrianadh agus teacht chuici féin, agus foghlaimíonn sé ó do thuairisc chun rabhadh a thabhairt do dhaoine eile.
route-why-dpa-citizen = Sceitheadh do shonraí ag comhlacht. Ní gá duit fógra a thabhairt do dhuine ar bith laistigh de spriocdháta: is é an comhlacht atá faoin dualgas sin. Má cheapann tú nár cosnaíodh do shonraí nó nár chuir an comhlacht ar an eolas thú, is féidir leat gearán a dhéanamh leis an údarás cosanta sonraí.
route-why-police-crime = Is coir é seo i ngach tír den AE. Cruthaíonn tuairisc do na póilíní taifead oifigiúil agus is féidir léi cabhrú le himscrúdú.
route-why-unsure = Níl tú cinnte cad a tharla? Is féidir leis na póilíní do thuairisc a ghlacadh agus tú a threorú chuig an tseirbhís cheart. Coinnigh gach rud mar fhianaise.

## Airgead is féidir a stopadh fós

route-why-card-block = Blocáil an cárta anois: glaoigh ar an uimhir ar chúl do chárta nó in aip do bhainc, nó ar an líne náisiúnta chun cártaí a bhlocáil. Stopann blocáil íocaíochtaí eile leis an gcárta, ach ní féidir léi aistriú bainc a thabhairt ar ais.
route-why-payment-recall-urgent = D'imigh an t-airgead níos lú ná lá ó shin: glaoigh anois ar líne calaoise do bhainc (an uimhir in aip do bhainc nó ar do chárta, ná húsáid riamh uimhir ó theachtaireacht) agus iarr orthu an íocaíocht a stopadh nó a aisghairm. Tá gach uair an chloig tábhachtach.
route-why-payment-recall = Glaoigh ar líne calaoise do bhainc féin (an uimhir in aip do bhainc nó ar do chárta, ná húsáid riamh uimhir ó theachtaireacht): iarr orthu an íocaíocht a stopadh nó a aisghairm agus do chuntas a dhaingniú. Murar údaraigh tú an íocaíocht, iarr aisíocaíocht i scríbhinn.
route-why-bank-access = B'fhéidir go bhféadfadh duine teacht ar do chuntas bainc trí d'uimhir fóin nó trí do ríomhaire: glaoigh anois ar líne calaoise do bhainc ionas gur féidir leo súil a choinneáil ar an rochtain nó í a bhlocáil, fiú mura bhfuil aon airgead imithe fós.

## Tuairiscí

route-why-police-stolen = Má goideadh an gléas, tuairiscigh an goid do na póilíní: beidh uimhir na tuairisce ag teastáil uait don árachóir agus don oibreoir. Ní coir é gléas a chailleadh, mar sin mura ndearna tú ach é a chailleadh, níl aon rud le tuairisciú.
route-why-financial-regulator = Coinníonn an rialálaí airgeadais liosta de ghnólachtaí nach bhfuil cead acu infheistíochtaí a thairiscint, agus tugann sé rabhadh don phobal fúthu. Tuairiscigh an gnólacht agus léigh a chuid rabhadh sula n-íocann tú aon rud eile: is minic a thagann caimiléirí ar ais ag ligean orthu gur seirbhísí “aisghabhála” airgid iad.
route-why-illegal-content-minor = Tá íomhánna nó teachtaireachtaí a shaothraíonn leanbh go gnéasach mídhleathach i ngach áit: tuairiscigh don tseirbhís seo iad ionas go mbainfear iad agus go ndéanfar imscrúdú orthu. Ná cuir ar aghaidh iad agus ná sábháil cóipeanna díobh tú féin.
route-why-ncii = Má roinneadh íomhánna pearsanta gnéasacha díot, nó má tá duine ag bagairt iad a roinnt, is féidir leis an tseirbhís seo cabhrú leat iad a bhlocáil nó a bhaint gan na híomhánna a sheoladh chuig duine ar bith.
route-why-assistance = Cabhraíonn an tseirbhís seo le híospartaigh cosúil leatsa saor in aisce: míníonn sí cad ba cheart duit a dhéanamh, cuireann sí i dteagmháil thú le cabhair iontaofa in aice láimhe agus insíonn sí duit cá háit le tuairisc a dhéanamh.
route-why-victim-support = Is deacair é nuair a dhéantar calaois ort nó nuair a bhagraítear ort. Tugann an tseirbhís rúnda seo tacaíocht saor in aisce d'íospartaigh coireachta, cibé acu a dhéanann tú tuairisc do na póilíní nó nach ndéanann.
route-why-outside-police = Níl seirbhísí na tíre seo againn. Tuairiscigh é do na póilíní áitiúla agus iarr uimhir thuairisce i scríbhinn, mar b'fhéidir go n-iarrfaidh do bhanc agus d'árachóir í.
route-why-outside-national = Tá seirbhís náisiúnta ag an tír seo chun coireacht ar líne a thuairisciú.

## Cén fáth a bhfuil céim roghnach

route-optional-complaint = Roghnach: mura bhfuil aon rud caillte agat, is fútsa atá sé tuairisc a dhéanamh do na póilíní; cabhraíonn sé leo calaoisí a dhíríonn ar go leor daoine a aithint.
route-optional-stolen = Ach amháin má goideadh an gléas.
route-optional-consumer = Roghnach: ní bhfaighidh tú d'airgead ar ais leis, ach cabhraíonn sé leis an siopa a stopadh agus rabhadh a thabhairt do dhaoine eile.
route-optional-ncii = Roghnach: bain úsáid as más mian leat íomhánna a bhaint nó a bhlocáil.
route-optional-csirt = Roghnach do d'eagraíocht: níl aon dualgas dlíthiúil ann mura eintiteas faoi NIS2 í, ach is féidir leis an CSIRT cabhrú agus rabhadh a thabhairt do dhaoine eile.
route-optional-gdpr-complaint = Roghnach: is féidir leat gearán a dhéanamh, agus níl aon spriocdháta ort.
route-optional-victim-support = Roghnach: déan teagmháil leo aon uair is gá duit labhairt le duine.

## Dualgais dhlíthiúla (content/laws/)

route-why-nis2-trust = Mar sholáthraí seirbhísí iontaoibhe, tá d'fhógra faoin teagmhas dlite laistigh de 24 uair an chloig (ní 72) ón uair a fuair tú amach faoi theagmhas suntasach a théann i bhfeidhm ar do sheirbhísí iontaoibhe.
route-why-gdpr-processor = Próiseálann tú na sonraí seo d'eagraíocht eile (is tú a próiseálaí): cuir an rialaitheoir sin ar an eolas gan moill mhíchuí. Is é an rialaitheoir, ní tusa, a shocraíonn an dtabharfar fógra don údarás cosanta sonraí.
route-why-gdpr-record = Bhí an diosca criptithe go láidir agus tá an eochair slán, mar sin ní dócha go gcuirfidh an sárú duine ar bith i mbaol agus ní gá fógra a thabhairt faoi. Taifead é i do chlár sáruithe féin: na fíricí, na héifeachtaí agus an méid a rinne tú. Má cailleadh an eochair freisin, nó má bhí an criptiú lag, tabhair fógra laistigh de 72 uair an chloig.
route-why-dora-initial = Mar eintiteas airgeadais faoi DORA, seol an fógra tosaigh faoi mhórtheagmhas a bhaineann le TFC chuig d'údarás maoirseachta laistigh de 4 uair an chloig ón uair a rangaigh tú é mar mhórtheagmhas, agus 24 uair an chloig ar a dhéanaí ón uair a fuair tú amach faoi.
route-why-dora-intermediate = Seol an tuarascáil idirmheánach laistigh de 72 uair an chloig ón bhfógra tosaigh.
route-why-dora-final = Seol an tuarascáil deiridh laistigh de mhí ón tuarascáil idirmheánach is déanaí.
route-why-ch-isa = Ní mór d'oibreoirí bonneagair chriticiúil cibearionsaí a thuairisciú don Lárionad Náisiúnta Cibearshlándála laistigh de 24 uair an chloig ón uair a aimsítear é.
route-why-ch-isa-completion = Mura raibh do chéad tuairisc iomlán, críochnaigh í laistigh de 14 lá.
route-why-ch-fadp-breach = Más dócha go mbeidh ardriosca do na daoine lena mbaineann mar thoradh ar an sárú, tuairiscigh é don Choimisinéir Cónaidhme um Chosaint Sonraí agus Faisnéis a luaithe is féidir.
route-why-gb-ukgdpr = Baineann sé le sonraí pearsanta daoine eile: tuairiscigh an sárú d'Oifig an Choimisinéara Faisnéise (ICO) laistigh de 72 uair an chloig ón uair a fuair tú amach faoi, ach amháin más beag an seans go gcuirfidh sé duine ar bith i mbaol.
route-why-gb-nis = Mar oibreoir seirbhíse riachtanaí, tabhair fógra don údarás inniúil faoi theagmhas a bhfuil tionchar suntasach aige ar do sheirbhís laistigh de 72 uair an chloig ón uair a fuair tú amach faoi.
route-why-is-nis = Mar oibreoir seirbhíse riachtanaí, tabhair fógra do CERT-IS faoi theagmhas suntasach gan moill mhíchuí.
route-why-no-dsa = Mar sholáthraí seirbhíse riachtanaí, tabhair fógra don Údarás Náisiúnta Slándála (NSM) faoi theagmhas suntasach laistigh de 24 uair an chloig.
route-why-csirt-citizen = Glacann an CSIRT náisiúnta le tuairiscí ó dhaoine aonair freisin: is féidir leis suíomhanna bréige a bhaint anuas, daoine eile a chur ar an airdeall agus comhairle a thabhairt duit faoi do ghléas a ghlanadh.
route-optional-csirt-citizen = Roghnach: cabhraíonn sé le daoine eile a chosaint, ach ní ionann é agus tuairisc do na Gardaí nó do na póilíní.

## Legal bases: Union acts are cited by type and number (EUR-Lex form); national citations keep the national act's own wording

law-regulation = Rialachán (AE) { $number }
law-directive = Treoir (AE) { $number }
law-delegated-regulation = Rialachán Tarmligthe (AE) { $number } ón gCoimisiún
law-article = Airteagal { $article }
law-transposing = { $national }, lena dtrasuítear { $eu }
law-not-transposed = { $eu }. { $country }: níor deimhníodh aon acht náisiúnta i bhfeidhm lena dtrasuítear í; d'fhéadfadh na rialacha náisiúnta a bheith difriúil.
