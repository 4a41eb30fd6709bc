## Routing: why each step is recommended (ids referenced from content/routing.toml)

route-why-police-people = Jos joku uhkailee, ahdistelee tai hyväksikäyttää sinua tai asia koskee lasta, ota ensin yhteys poliisiin. Älä maksa äläkä neuvottele: säilytä viestit todisteina.
route-why-helpline = Sinun ei tarvitse selvitä tästä yksin: nämä auttavat puhelimet kuuntelevat, neuvovat ja voivat auttaa kuvien tai sisällön poistamisessa.
route-why-nis2-early-warning = Keskeisenä tai tärkeänä toimijana sinun on lähetettävä varhainen varoitus CSIRT-yksikölle tai toimivaltaiselle viranomaiselle 24 tunnin kuluessa siitä, kun sait tietää merkittävästä poikkeamasta.
route-why-nis2-notification = Lähetä 72 tunnin kuluessa poikkeamailmoitus: alustava arvio, vakavuus, vaikutukset ja vaarantumisindikaattorit.
route-why-nis2-final = Lähetä viimeistään kuukauden kuluttua poikkeamailmoituksesta loppuraportti: yksityiskohtainen kuvaus, perimmäinen syy, toteutetut toimenpiteet ja rajat ylittävät vaikutukset.
route-why-gdpr-controller = Asia koskee muiden ihmisten henkilötietoja, joten organisaatiosi on rekisterinpitäjä: ilmoita tietoturvaloukkauksesta tietosuojaviranomaiselle 72 tunnin kuluessa, paitsi jos on epätodennäköistä, että siitä aiheutuu riskiä kenellekään. Jos riski asianomaisille ihmisille on suuri, kerro myös heille.
route-why-police-money = Tee petoksesta rikosilmoitus poliisille. Pankkisi tai vakuutusyhtiösi voi kysyä rikosilmoituksen numeroa.
route-why-platform = Käytä kyseisen palvelun virallisia palautus- ja ilmoitussivuja (älä koskaan sinulle lähetettyjä linkkejä). Ilmoita tilistä tai sisällöstä, jotta alusta voi estää sen.
route-why-phishing-report = Välitä epäilyttävä viesti kansalliseen ilmoitusosoitteeseen: se auttaa estämään valesivuston kaikilta.
route-why-ecc = Myyjä on toisessa maassa: oman maasi Euroopan kuluttajakeskus auttaa maksutta rajat ylittävissä riidoissa.
route-why-consumer = Ilmoita kauppiaasta kuluttajaviranomaiselle: se voi puuttua valekauppoihin ja varoittaa muita.
route-why-csirt-business = Kansallinen CSIRT-yksikkö voi auttaa organisaatiotasi rajaamaan hyökkäyksen ja toipumaan siitä, ja se oppii ilmoituksestasi voidakseen varoittaa muita.
route-why-dpa-citizen = Tietojasi on vuotanut yrityksestä. Sinun ei tarvitse ilmoittaa kenellekään minkään määräajan kuluessa: se velvollisuus on yrityksellä. Jos mielestäsi tietojasi ei suojattu tai yritys ei kertonut sinulle, voit tehdä valituksen tietosuojaviranomaiselle.
route-why-police-crime = Tämä on rikos kaikissa EU-maissa. Rikosilmoitus poliisille luo virallisen merkinnän ja voi auttaa tutkinnassa.
route-why-unsure = Etkö ole varma, mitä tapahtui? Poliisi voi ottaa ilmoituksesi vastaan ja ohjata sinut oikeaan paikkaan. Säilytä kaikki todisteina.

## Rahat, jotka voi vielä pysäyttää

route-why-card-block = Sulje kortti heti: soita kortin kääntöpuolella tai pankkisi sovelluksessa olevaan numeroon tai kansalliseen korttien sulkupalveluun. Sulkeminen estää uudet korttimaksut, mutta jo tehtyä tilisiirtoa se ei tuo takaisin.
route-why-payment-recall-urgent = Rahat lähtivät alle vuorokausi sitten: soita heti pankkisi petosasioiden numeroon (numero löytyy pankkisovelluksesta tai kortista, ei koskaan viestistä) ja pyydä pysäyttämään tai palauttamaan maksu. Jokainen tunti on tärkeä.
route-why-payment-recall = Soita oman pankkisi petosasioiden numeroon (numero löytyy pankkisovelluksesta tai kortista, ei koskaan viestistä): pyydä pysäyttämään tai palauttamaan maksu ja suojaamaan tilisi. Jos et itse hyväksynyt maksua, vaadi rahoja takaisin kirjallisesti.
route-why-bank-access = Joku saattaa päästä pankkitilillesi puhelinnumerosi tai tietokoneesi kautta: soita heti pankkisi petosasioiden numeroon, jotta pankki voi valvoa tai estää pääsyn, vaikka rahaa ei olisi vielä lähtenyt.

## Ilmoitukset

route-why-police-stolen = Jos laite varastettiin, tee varkaudesta rikosilmoitus poliisille: tarvitset ilmoituksen numeron vakuutusyhtiötä ja operaattoria varten. Laitteen kadottaminen ei ole rikos, joten jos vain hukkasit sen, ilmoitettavaa ei ole.
route-why-financial-regulator = Finanssivalvontaviranomainen pitää listaa yrityksistä, jotka eivät saa tarjota sijoituksia, ja varoittaa yleisöä niistä. Ilmoita yrityksestä ja tarkista viranomaisen varoitukset ennen kuin maksat mitään lisää: huijarit palaavat usein ja esiintyvät rahojen ”takaisinperintäpalveluina”.
route-why-illegal-content-minor = Lasta seksuaalisesti hyväksikäyttävät kuvat tai viestit ovat laittomia kaikkialla: ilmoita niistä tälle palvelulle, jotta ne poistetaan ja tutkitaan. Älä välitä niitä eteenpäin äläkä tallenna kopioita itse.
route-why-ncii = Jos intiimejä kuviasi on jaettu tai niiden jakamisella uhataan, tämä palvelu voi auttaa estämään tai poistamaan ne ilman, että sinun tarvitsee lähettää kuvia kenellekään.
route-why-assistance = Tämä palvelu auttaa kaltaisiasi uhreja maksutta: se kertoo, mitä tehdä, ohjaa sinut luotettavan avun luo lähelläsi ja neuvoo, minne ilmoittaa.
route-why-victim-support = Huijatuksi tai uhatuksi joutuminen on raskasta. Tämä maksuton ja luottamuksellinen palvelu tukee rikosten uhreja, teitpä rikosilmoituksen tai et.
route-why-outside-police = Meillä ei ole tietoja tämän maan palveluista. Tee ilmoitus paikalliselle poliisille ja pyydä kirjallinen ilmoitusnumero, jota pankkisi ja vakuutusyhtiösi voivat kysyä.
route-why-outside-national = Tässä maassa on kansallinen palvelu verkkorikoksista ilmoittamiseen.

## Miksi vaihe on vapaaehtoinen

route-optional-complaint = Vapaaehtoinen: jos et menettänyt mitään, saat itse päättää, teetkö rikosilmoituksen; se auttaa poliisia havaitsemaan huijaukset, jotka kohdistuvat moniin ihmisiin.
route-optional-stolen = Vain jos laite varastettiin.
route-optional-consumer = Vapaaehtoinen: et saa sillä rahojasi takaisin, mutta se auttaa pysäyttämään kaupan ja varoittamaan muita.
route-optional-ncii = Vapaaehtoinen: käytä tätä, jos haluat, että kuvat poistetaan tai estetään.
route-optional-csirt = Organisaatiollesi vapaaehtoinen: lakisääteistä velvollisuutta ei ole, ellei organisaatiosi ole NIS2-toimija, mutta CSIRT-yksikkö voi auttaa ja varoittaa muita.
route-optional-gdpr-complaint = Vapaaehtoinen: voit tehdä valituksen, eikä sinulla ole määräaikaa.
route-optional-victim-support = Vapaaehtoinen: ota yhteyttä aina, kun tarvitset jonkun, jolle puhua.

## Lakisääteiset velvollisuudet (content/laws/)

route-why-nis2-trust = Luottamuspalvelun tarjoajana sinun on tehtävä poikkeamailmoitus 24 tunnin kuluessa (ei 72) siitä, kun sait tietää merkittävästä poikkeamasta, joka vaikuttaa luottamuspalveluihisi.
route-why-gdpr-processor = Käsittelet näitä tietoja toisen organisaation puolesta (sen henkilötietojen käsittelijänä): ilmoita asiasta rekisterinpitäjälle ilman aiheetonta viivytystä. Rekisterinpitäjä, et sinä, päättää, ilmoitetaanko asiasta tietosuojaviranomaiselle.
route-why-gdpr-record = Levy oli vahvasti salattu ja avain on tallessa, joten tietoturvaloukkauksesta ei todennäköisesti aiheudu riskiä kenellekään eikä siitä tarvitse ilmoittaa. Kirjaa se omaan tietoturvaloukkausrekisteriisi: tosiseikat, vaikutukset ja tehdyt toimet. Jos myös avain katosi tai salaus oli heikko, ilmoita 72 tunnin kuluessa.
route-why-dora-initial = DORA-asetuksen soveltamisalaan kuuluvana finanssialan yhteisönä lähetä valvojallesi ensimmäinen ilmoitus merkittävästä tieto- ja viestintätekniikkaan liittyvästä poikkeamasta 4 tunnin kuluessa siitä, kun luokittelit sen merkittäväksi, ja viimeistään 24 tunnin kuluttua siitä, kun sait tietää siitä.
route-why-dora-intermediate = Lähetä väliraportti 72 tunnin kuluessa ensimmäisestä ilmoituksesta.
route-why-dora-final = Lähetä loppuraportti kuukauden kuluessa viimeisimmästä väliraportista.
route-why-ch-isa = Kriittisen infrastruktuurin ylläpitäjien on ilmoitettava kyberhyökkäyksestä kansalliselle kyberturvallisuuskeskukselle 24 tunnin kuluessa sen havaitsemisesta.
route-why-ch-isa-completion = Jos ensimmäinen ilmoituksesi oli puutteellinen, täydennä sitä 14 päivän kuluessa.
route-why-ch-fadp-breach = Jos tietoturvaloukkaus todennäköisesti aiheuttaa suuren riskin asianomaisille ihmisille, ilmoita siitä mahdollisimman pian liittovaltion tietosuoja- ja tiedonsaantivaltuutetulle.
route-why-gb-ukgdpr = Asia koskee muiden ihmisten henkilötietoja: ilmoita tietoturvaloukkauksesta Information Commissioner's Officelle (ICO) 72 tunnin kuluessa siitä, kun sait tietää siitä, paitsi jos on epätodennäköistä, että siitä aiheutuu riskiä kenellekään.
route-why-gb-nis = Keskeisen palvelun tarjoajana ilmoita toimivaltaiselle viranomaisellesi poikkeamasta, jolla on merkittävä vaikutus palveluusi, 72 tunnin kuluessa siitä, kun sait tietää siitä.
route-why-is-nis = Keskeisen palvelun tarjoajana ilmoita merkittävästä poikkeamasta CERT-IS:lle ilman aiheetonta viivytystä.
route-why-no-dsa = Keskeisen palvelun tarjoajana ilmoita merkittävästä poikkeamasta kansalliselle turvallisuusviranomaiselle (NSM) 24 tunnin kuluessa.
route-why-csirt-citizen = Kansallinen CSIRT ottaa vastaan ilmoituksia myös yksityishenkilöiltä: se voi saada valesivustot suljetuiksi, varoittaa muita ja neuvoa laitteesi puhdistamisessa.
route-optional-csirt-citizen = Vapaaehtoinen: ilmoitus auttaa suojaamaan muita, mutta ei korvaa rikosilmoitusta.

## Legal bases: Union acts are cited by type and number (EUR-Lex form); national citations keep the national act's own wording

law-regulation = asetus (EU) { $number }
law-directive = direktiivi (EU) { $number }
law-delegated-regulation = komission delegoitu asetus (EU) { $number }
law-article = { $article } artikla
law-transposing = { $national }, jolla pannaan täytäntöön { $eu }
law-not-transposed = { $eu }. Tämän maan ({ $country }) osalta ei ole vahvistettu, että direktiivin täytäntöön paneva kansallinen säädös olisi voimassa: kansalliset säännöt voivat poiketa.
