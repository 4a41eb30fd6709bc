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
