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
