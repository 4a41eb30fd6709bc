## Routing: why each step is recommended (ids referenced from content/routing.toml)

route-why-police-people = Kui keegi sind ähvardab, ahistab või ära kasutab või kui asi puudutab last, pöördu kõigepealt politseisse. Ära maksa ega pea läbirääkimisi: hoia sõnumid tõendina alles.
route-why-helpline = Sa ei pea sellega üksi toime tulema: need abitelefonid kuulavad sind, annavad nõu ja aitavad pilte või sisu eemaldada.
route-why-nis2-early-warning = Olulise või tähtsa üksusena pead saatma oma CSIRT-ile või pädevale asutusele varajase hoiatuse 24 tunni jooksul alates hetkest, kui said olulisest intsidendist teada.
route-why-nis2-notification = 72 tunni jooksul saada ka intsidenditeade: esialgne hinnang, raskusaste, mõju ja kompromiteerimise indikaatorid.
route-why-nis2-final = Hiljemalt ühe kuu jooksul pärast intsidenditeadet saada lõpparuanne: üksikasjalik kirjeldus, algpõhjus, võetud meetmed ja piiriülene mõju.
route-why-gdpr-controller = Tegemist on teiste inimeste isikuandmetega, seega on sinu organisatsioon vastutav töötleja: teavita rikkumisest andmekaitseasutust 72 tunni jooksul, välja arvatud juhul, kui see tõenäoliselt ei ohusta kedagi. Kui oht mõjutatud inimestele on suur, teavita ka neid.
route-why-police-money = Teata pettusest politseile. Sinu pank või kindlustusandja võib küsida kuriteoteate numbrit.
route-why-platform = Kasuta asjaomase teenuse ametlikke taastamis- ja teatamislehti (mitte kunagi sulle saadetud linke). Teata kontost või sisust, et platvorm saaks selle blokeerida.
route-why-phishing-report = Saada kahtlane sõnum edasi riiklikule teavitusaadressile: see aitab võltssaidi kõigi jaoks blokeerida.
route-why-ecc = Müüja asub teises riigis: sinu riigi Euroopa Tarbijakeskus aitab piiriüleste vaidluste korral tasuta.
route-why-consumer = Teata kauplejast tarbijakaitseasutusele: see saab võltspoodide vastu sekkuda ja teisi hoiatada.
route-why-csirt-business = Riiklik CSIRT aitab sinu organisatsioonil rünnakut ohjeldada ja taastuda ning õpib sinu teatest, et teisi hoiatada.
route-why-dpa-citizen = Sinu andmed lekkisid ühest ettevõttest. Sa ei pea kedagi mingi tähtaja jooksul teavitama: see on ettevõtte kohustus. Kui arvad, et sinu andmed ei olnud kaitstud või ettevõte ei teavitanud sind, võid esitada kaebuse andmekaitseasutusele.
route-why-police-crime = See on kuritegu igas ELi riigis. Politseile tehtud kuriteoteade jätab ametliku jälje ja võib aidata uurimist.
route-why-unsure = Ei ole kindel, mis juhtus? Politsei saab su teate vastu võtta ja suunata sind õigesse kohta. Hoia kõik tõendina alles.

## Raha, mida saab veel peatada

route-why-card-block = Sulge kaart kohe: helista kaardi tagaküljel või panga äpis olevale numbrile või riiklikule kaartide sulgemise numbrile. Kaardi sulgemine peatab uued kaardimaksed, kuid juba tehtud ülekannet see tagasi ei too.
route-why-payment-recall-urgent = Raha läks välja vähem kui ööpäeva eest: helista kohe oma panga pettuste numbrile (number on panga äpis või kaardil, mitte kunagi sõnumis) ja palu makse peatada või tagasi kutsuda. Iga tund loeb.
route-why-payment-recall = Helista oma panga pettuste numbrile (number on panga äpis või kaardil, mitte kunagi sõnumis): palu makse peatada või tagasi kutsuda ja konto turvata. Kui sa makseks nõusolekut ei andnud, nõua raha tagastamist kirjalikult.
route-why-bank-access = Keegi võib sinu telefoninumbri või arvuti kaudu pääseda ligi sinu pangakontole: helista kohe oma panga pettuste numbrile, et pank saaks ligipääsu jälgida või blokeerida, isegi kui raha pole veel läinud.

## Teated

route-why-police-stolen = Kui seade varastati, teata vargusest politseile: kuriteoteate numbrit on vaja kindlustusandjale ja sideoperaatorile. Seadme kaotamine ei ole kuritegu, nii et kui sa selle lihtsalt kaotasid, ei ole millestki teatada.
route-why-financial-regulator = Finantsjärelevalve asutus peab nimekirja ettevõtetest, kellel ei ole lubatud investeeringuid pakkuda, ja hoiatab avalikkust nende eest. Teata ettevõttest ja vaata asutuse hoiatusi enne, kui midagi juurde maksad: petturid tulevad tihti tagasi ja esinevad raha „tagasinõudmise“ teenusena.
route-why-illegal-content-minor = Pildid või sõnumid, mis last seksuaalselt ära kasutavad, on kõikjal ebaseaduslikud: teata neist sellele teenusele, et need eemaldataks ja neid uuritaks. Ära saada neid ise edasi ega salvesta koopiaid.
route-why-ncii = Kui sinu intiimseid pilte on jagatud või ähvardatakse jagada, saab see teenus aidata neid blokeerida või eemaldada, ilma et peaksid pilte kellelegi saatma.
route-why-assistance = See teenus aitab sinusuguseid ohvreid tasuta: selgitab, mida teha, viib sind kokku usaldusväärse abiga sinu lähedal ja ütleb, kuhu teatada.
route-why-victim-support = Pettuse või ähvarduste ohvriks langemine on raske. See tasuta ja konfidentsiaalne teenus toetab kuriteoohvreid, olenemata sellest, kas teatad politseile või mitte.
route-why-outside-police = Meil ei ole selle riigi teenuste andmeid. Teata juhtunust kohalikule politseile ja küsi kirjalikku teate numbrit, mida sinu pank ja kindlustusandja võivad küsida.
route-why-outside-national = Selles riigis on riiklik teenus internetikuritegudest teatamiseks.

## Miks samm on vabatahtlik

route-optional-complaint = Vabatahtlik: kui sa midagi ei kaotanud, otsustad ise, kas teatad politseile; see aitab politseil märgata pettusi, mis on suunatud paljudele inimestele.
route-optional-stolen = Ainult siis, kui seade varastati.
route-optional-consumer = Vabatahtlik: raha see tagasi ei too, kuid aitab poe tegevuse peatada ja teisi hoiatada.
route-optional-ncii = Vabatahtlik: kasuta seda, kui soovid pilte eemaldada või blokeerida.
route-optional-csirt = Sinu organisatsioonile vabatahtlik: seadusest tulenevat kohustust ei ole, kui te pole NIS2 üksus, kuid CSIRT saab aidata ja teisi hoiatada.
route-optional-gdpr-complaint = Vabatahtlik: võid esitada kaebuse, sinu jaoks tähtaega ei ole.
route-optional-victim-support = Vabatahtlik: võta ühendust alati, kui vajad kellegagi rääkimist.

## Seadusest tulenevad kohustused (content/laws/)

route-why-nis2-trust = Usaldusteenuse osutajana pead esitama intsidenditeate 24 tunni jooksul (mitte 72) alates hetkest, kui said teada olulisest intsidendist, mis mõjutab sinu usaldusteenuseid.
route-why-gdpr-processor = Sa töötled neid andmeid teise organisatsiooni eest (selle volitatud töötlejana): teavita seda vastutavat töötlejat põhjendamatu viivituseta. Vastutav töötleja, mitte sina, otsustab, kas andmekaitseasutust teavitada.
route-why-gdpr-record = Ketas oli tugevalt krüpteeritud ja võti on turvaliselt alles, nii et rikkumine tõenäoliselt kedagi ei ohusta ja sellest ei pea teavitama. Kanna see oma rikkumiste registrisse: asjaolud, mõju ja võetud meetmed. Kui kadus ka võti või krüpteering oli nõrk, teavita 72 tunni jooksul.
route-why-dora-initial = DORA alla kuuluva finantsüksusena saada oma järelevalveasutusele esmane teade suurest IKTga seotud intsidendist 4 tunni jooksul pärast selle liigitamist suureks intsidendiks ja hiljemalt 24 tundi pärast seda, kui said sellest teada.
route-why-dora-intermediate = Saada vahearuanne 72 tunni jooksul pärast esmast teadet.
route-why-dora-final = Saada lõpparuanne ühe kuu jooksul pärast viimast vahearuannet.
route-why-ch-isa = Elutähtsa taristu käitajad peavad teatama küberrünnakust riiklikule küberturbekeskusele 24 tunni jooksul pärast selle avastamist.
route-why-ch-isa-completion = Kui su esimene teade oli puudulik, täienda seda 14 päeva jooksul.
route-why-ch-fadp-breach = Kui rikkumine toob tõenäoliselt kaasa suure ohu asjaomastele inimestele, teata sellest võimalikult kiiresti föderaalsele andmekaitse- ja teabevolinikule.
route-why-gb-ukgdpr = Tegemist on teiste inimeste isikuandmetega: teata rikkumisest Information Commissioner's Office'ile (ICO) 72 tunni jooksul alates hetkest, kui said sellest teada, välja arvatud juhul, kui see tõenäoliselt kedagi ei ohusta.
route-why-gb-nis = Olulise teenuse osutajana teavita oma pädevat asutust intsidendist, millel on sinu teenusele märkimisväärne mõju, 72 tunni jooksul alates hetkest, kui said sellest teada.
route-why-is-nis = Olulise teenuse osutajana teavita CERT-IS-i olulisest intsidendist põhjendamatu viivituseta.
route-why-no-dsa = Olulise teenuse osutajana teavita riiklikku julgeolekuasutust (NSM) olulisest intsidendist 24 tunni jooksul.
route-why-csirt-citizen = Riiklik CSIRT võtab teateid vastu ka eraisikutelt: ta saab lasta võltslehed sulgeda, hoiatada teisi ja anda nõu, kuidas seade puhtaks teha.
route-optional-csirt-citizen = Vabatahtlik: see aitab teisi kaitsta, kuid ei asenda politseile tehtavat avaldust.

## Legal bases: Union acts are cited by type and number (EUR-Lex form); national citations keep the national act's own wording

law-regulation = määrus (EL) { $number }
law-directive = direktiiv (EL) { $number }
law-delegated-regulation = komisjoni delegeeritud määrus (EL) { $number }
law-article = artikkel { $article }
law-transposing = { $national }, millega võetakse üle { $eu }
law-not-transposed = { $eu }. Ei ole kinnitust, et selles riigis ({ $country }) kehtiks direktiivi ülevõttev siseriiklik õigusakt: siseriiklikud reeglid võivad erineda.
