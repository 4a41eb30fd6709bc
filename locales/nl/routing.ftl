## Routing: why each step is recommended (ids referenced from content/routing.toml)

route-why-police-people = Als iemand u bedreigt, lastigvalt of uitbuit, of als er een kind bij betrokken is, gaat de politie voor. Betaal niet en onderhandel niet: bewaar de berichten als bewijs.
route-why-helpline = U hoeft dit niet alleen te doen: deze hulplijnen luisteren, geven advies en kunnen u helpen beelden of inhoud te laten verwijderen.
route-why-nis2-early-warning = Als essentiële of belangrijke entiteit moet u binnen 24 uur nadat u kennis heeft gekregen van een significant incident een vroegtijdige waarschuwing sturen aan uw CSIRT of de bevoegde autoriteit.
route-why-nis2-notification = Stuur binnen 72 uur de incidentmelding: eerste beoordeling, ernst, gevolgen en indicatoren van aantasting.
route-why-nis2-final = Stuur uiterlijk een maand na de incidentmelding het eindverslag: gedetailleerde beschrijving, hoofdoorzaak, genomen maatregelen en grensoverschrijdende gevolgen.
route-why-gdpr-controller = Het gaat om persoonsgegevens van anderen, dus uw organisatie is de verwerkingsverantwoordelijke: meld het datalek binnen 72 uur bij de privacytoezichthouder, tenzij het waarschijnlijk voor niemand een risico oplevert. Is het risico voor de betrokkenen hoog, informeer hen dan ook.
route-why-police-money = Doe aangifte van de fraude bij de politie. Uw bank of verzekeraar kan naar het nummer van de aangifte vragen.
route-why-platform = Gebruik de officiële herstel- en meldpagina's van de betreffende dienst (nooit links die u zijn toegestuurd). Meld het account of de inhoud, zodat het platform het kan blokkeren.
route-why-phishing-report = Stuur het verdachte bericht door naar het nationale meldadres: zo kan de nepsite voor iedereen worden geblokkeerd.
route-why-ecc = De verkoper zit in een ander land: het Europees Consumentencentrum in uw land helpt gratis bij grensoverschrijdende geschillen.
route-why-consumer = Meld de verkoper bij de toezichthouder voor consumentenbescherming: die kan optreden tegen nepwinkels en anderen waarschuwen.
route-why-csirt-business = Het nationale CSIRT kan uw organisatie helpen de aanval in te dammen en te herstellen, en leert van uw melding om anderen te waarschuwen.
route-why-dpa-citizen = Uw gegevens zijn bij een bedrijf gelekt. U hoeft niemand binnen een termijn in te lichten: die plicht ligt bij het bedrijf. Denkt u dat uw gegevens niet goed beschermd waren of dat het bedrijf u niet heeft geïnformeerd, dan kunt u een klacht indienen bij de privacytoezichthouder.
route-why-police-crime = Dit is in elk EU-land een misdrijf. Een aangifte bij de politie legt het officieel vast en kan een onderzoek helpen.
route-why-unsure = Weet u niet precies wat er is gebeurd? De politie kan uw aangifte opnemen en u naar de juiste instantie verwijzen. Bewaar alles als bewijs.

## Geld dat nog tegen te houden is

route-why-card-block = Laat uw pas nu blokkeren: bel het nummer op de achterkant van uw pas of in de app van uw bank, of het landelijke blokkeernummer voor passen. Blokkeren voorkomt nieuwe betalingen met de pas, maar haalt een overboeking niet terug.
route-why-payment-recall-urgent = Het geld is minder dan een dag geleden van uw rekening gegaan: bel nu de fraudelijn van uw bank (het nummer in uw bankapp of op uw pas, nooit een nummer uit een bericht) en vraag de bank de betaling tegen te houden of terug te halen. Elk uur telt.
route-why-payment-recall = Bel de fraudelijn van uw eigen bank (het nummer in uw bankapp of op uw pas, nooit een nummer uit een bericht): vraag de bank de betaling tegen te houden of terug te halen en uw rekening te beveiligen. Heeft u de betaling niet zelf goedgekeurd, vraag dan schriftelijk om terugbetaling.
route-why-bank-access = Iemand kan misschien via uw telefoonnummer of uw computer bij uw bankrekening komen: bel nu de fraudelijn van uw bank, zodat die de toegang in de gaten kan houden of blokkeren, ook als er nog geen geld weg is.

## Aangifte en meldingen

route-why-police-stolen = Is het apparaat gestolen, doe dan aangifte van diefstal bij de politie: het nummer van de aangifte heeft u nodig voor uw verzekeraar en uw provider. Een apparaat verliezen is geen strafbaar feit: bent u het alleen kwijt, dan valt er niets aan te geven.
route-why-financial-regulator = De financiële toezichthouder houdt een lijst bij van bedrijven die geen beleggingen mogen aanbieden en waarschuwt het publiek voor hen. Meld het bedrijf en bekijk de waarschuwingen voordat u nog iets betaalt: oplichters komen vaak terug als zogenaamde ‘herstelbureaus’ die uw geld zouden terughalen.
route-why-illegal-content-minor = Beelden of berichten waarin een kind seksueel wordt uitgebuit zijn overal verboden: meld ze bij deze organisatie, zodat ze worden verwijderd en onderzocht. Stuur ze niet door en bewaar zelf geen kopieën.
route-why-ncii = Zijn er intieme beelden van u gedeeld, of dreigt iemand dat te doen? Deze organisatie kan helpen ze te blokkeren of te laten verwijderen, zonder dat u de beelden naar iemand hoeft te sturen.
route-why-assistance = Deze organisatie helpt slachtoffers zoals u gratis: ze legt uit wat u kunt doen, brengt u in contact met betrouwbare hulp bij u in de buurt en vertelt u waar u melding of aangifte kunt doen.
route-why-victim-support = Opgelicht of bedreigd worden is zwaar. Deze gratis en vertrouwelijke organisatie steunt slachtoffers van misdrijven, of u nu aangifte doet of niet.
route-why-outside-police = We kennen de instanties van dit land niet. Doe aangifte bij de plaatselijke politie en vraag om een schriftelijk aangiftenummer: uw bank en verzekeraar kunnen daarom vragen.
route-why-outside-national = Dit land heeft een landelijk meldpunt voor online criminaliteit.

## Waarom een stap optioneel is

route-optional-complaint = Optioneel: heeft u niets verloren, dan beslist u zelf of u aangifte doet; het helpt de politie oplichting te zien die veel mensen treft.
route-optional-stolen = Alleen als het apparaat is gestolen.
route-optional-consumer = Optioneel: u krijgt er uw geld niet mee terug, maar het helpt de webwinkel te stoppen en anderen te waarschuwen.
route-optional-ncii = Optioneel: gebruik dit als u beelden wilt laten verwijderen of blokkeren.
route-optional-csirt = Optioneel voor uw organisatie: er is geen wettelijke plicht tenzij u een NIS2-entiteit bent, maar het CSIRT kan helpen en anderen waarschuwen.
route-optional-gdpr-complaint = Optioneel: u kunt een klacht indienen, voor u geldt geen termijn.
route-optional-victim-support = Optioneel: neem contact op wanneer u met iemand wilt praten.

## Wettelijke plichten (content/laws/)

route-why-nis2-trust = Als verlener van vertrouwensdiensten moet u een significant incident dat uw vertrouwensdiensten raakt binnen 24 uur melden nadat u er kennis van heeft gekregen, niet binnen 72.
route-why-gdpr-processor = U verwerkt deze gegevens voor een andere organisatie (u bent haar verwerker): informeer die verwerkingsverantwoordelijke zonder onredelijke vertraging. De verwerkingsverantwoordelijke beslist, niet u, of het datalek bij de privacytoezichthouder wordt gemeld.
route-why-gdpr-record = De schijf was sterk versleuteld en de sleutel is veilig, dus het datalek levert waarschijnlijk voor niemand een risico op en hoeft niet te worden gemeld. Leg het vast in uw eigen register van datalekken: feiten, gevolgen en genomen maatregelen. Is de sleutel ook kwijt, of was de versleuteling zwak, meld het dan binnen 72 uur.
route-why-dora-initial = Als financiële entiteit onder DORA stuurt u de eerste melding van een ernstig ICT-gerelateerd incident naar uw toezichthouder binnen 4 uur nadat u het als ernstig heeft geclassificeerd en uiterlijk 24 uur nadat u er kennis van heeft gekregen.
route-why-dora-intermediate = Stuur het tussentijds verslag binnen 72 uur na de eerste melding.
route-why-dora-final = Stuur het eindverslag binnen een maand na het laatste tussentijds verslag.
route-why-ch-isa = Exploitanten van kritieke infrastructuur moeten een cyberaanval binnen 24 uur na ontdekking melden bij het Zwitserse Federaal Bureau voor Cyberbeveiliging (BACS).
route-why-ch-isa-completion = Was uw eerste melding onvolledig, vul die dan binnen 14 dagen aan.
route-why-ch-fadp-breach = Leidt het datalek waarschijnlijk tot een hoog risico voor de betrokkenen, meld het dan zo snel mogelijk bij de Federale Commissaris voor gegevensbescherming en transparantie (FDPIC).
route-why-gb-ukgdpr = Het gaat om persoonsgegevens van anderen: meld het datalek binnen 72 uur nadat u er kennis van heeft gekregen bij het Information Commissioner's Office (ICO), tenzij het waarschijnlijk voor niemand een risico oplevert.
route-why-gb-nis = Als aanbieder van een essentiële dienst meldt u een incident met aanzienlijke gevolgen voor uw dienst binnen 72 uur nadat u er kennis van heeft gekregen bij uw bevoegde autoriteit.
route-why-is-nis = Als aanbieder van een essentiële dienst meldt u een significant incident zonder onredelijke vertraging bij CERT-IS.
route-why-no-dsa = Als aanbieder van een essentiële dienst meldt u een significant incident binnen 24 uur bij de Noorse Nationale Veiligheidsautoriteit (NSM).
route-why-csirt-citizen = Het nationale CSIRT neemt ook meldingen van particulieren aan: het kan nepsites laten offline halen, anderen waarschuwen en je advies geven om je apparaat op te schonen.
route-optional-csirt-citizen = Optioneel: het helpt anderen beschermen, maar vervangt geen aangifte bij de politie.

## Legal bases: Union acts are cited by type and number (EUR-Lex form); national citations keep the national act's own wording

law-regulation = Verordening (EU) { $number }
law-directive = Richtlijn (EU) { $number }
law-delegated-regulation = Gedelegeerde Verordening (EU) { $number } van de Commissie
law-article = art. { $article }
law-transposing = { $national }, tot omzetting van { $eu }
law-not-transposed = { $eu }. Het is niet bevestigd dat er in { $country } nationale omzettingswetgeving van kracht is: de nationale regels kunnen afwijken.
