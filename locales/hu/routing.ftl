## Routing: why each step is recommended (ids referenced from content/routing.toml)

route-why-police-people = Ha valaki fenyegeti, zaklatja vagy kihasználja Önt, vagy gyermek is érintett, először a rendőrséghez forduljon. Ne fizessen, és ne tárgyaljon: őrizze meg az üzeneteket bizonyítékként.
route-why-helpline = Nem kell egyedül megbirkóznia ezzel: ezek a segélyvonalak meghallgatják, tanácsot adnak, és segíthetnek képek vagy tartalmak eltávolításában.
route-why-nis2-early-warning = Alapvető vagy fontos szervezetként egy jelentős incidensről való tudomásszerzéstől számított 24 órán belül korai figyelmeztetést kell küldenie a CSIRT-nek vagy az illetékes hatóságnak.
route-why-nis2-notification = 72 órán belül küldje el az incidensbejelentést is: első értékelés, súlyosság, hatás és a kompromittálódásra utaló jelek.
route-why-nis2-final = Az incidensbejelentést követő egy hónapon belül küldje el a zárójelentést: részletes leírás, kiváltó ok, megtett intézkedések és határokon átnyúló hatás.
route-why-gdpr-controller = Mások személyes adatai érintettek, így az Ön szervezete az adatkezelő: 72 órán belül jelentse be az incidenst az adatvédelmi hatóságnak, kivéve, ha valószínűleg senkire nézve sem jár kockázattal. Ha az érintettekre nézve magas a kockázat, őket is tájékoztassa.
route-why-police-money = Tegyen feljelentést a rendőrségen a csalás miatt. A bankja vagy a biztosítója kérheti a feljelentés ügyszámát.
route-why-platform = Az érintett szolgáltatás hivatalos fiók-visszaállítási és bejelentési oldalait használja (soha ne a kapott linkeket). Jelentse be a fiókot vagy a tartalmat, hogy a platform letilthassa.
route-why-phishing-report = Továbbítsa a gyanús üzenetet a nemzeti bejelentési címre: így a hamis oldalt mindenki számára le lehet tiltani.
route-why-ecc = Az eladó másik országban van: az Ön országában működő Európai Fogyasztói Központ ingyen segít a határokon átnyúló vitákban.
route-why-consumer = Jelentse be a kereskedőt a fogyasztóvédelmi hatóságnál: fel tud lépni a hamis webáruházak ellen, és figyelmeztetheti a többieket.
route-why-csirt-business = A nemzeti CSIRT segíthet a szervezetének megfékezni a támadást és helyreállni, a bejelentéséből pedig tanul, hogy másokat is figyelmeztethessen.
route-why-dpa-citizen = Az adatai egy cégtől szivárogtak ki. Önnek nem kell semmilyen határidőn belül senkit értesítenie: ez a cég kötelessége. Ha úgy gondolja, hogy az adatait nem védték megfelelően, vagy a cég nem tájékoztatta Önt, panaszt tehet az adatvédelmi hatóságnál.
route-why-police-crime = Ez minden uniós országban bűncselekmény. A rendőrségi feljelentés hivatalos nyomot hagy, és segítheti a nyomozást.
route-why-unsure = Nem biztos benne, mi történt? A rendőrség felveheti a feljelentését, és a megfelelő szervhez irányíthatja. Mindent őrizzen meg bizonyítékként.

## Money that can still be stopped

route-why-card-block = Tiltassa le most a kártyát: hívja a kártyája hátoldalán vagy a bankja alkalmazásában található számot, vagy az országos kártyaletiltó vonalat. A letiltás megakadályozza a további kártyás fizetéseket, de egy már elküldött átutalást nem hoz vissza.
route-why-payment-recall-urgent = A pénz kevesebb mint egy napja ment el: hívja most a bankja visszaélés-bejelentő vonalát (a banki alkalmazásban vagy a kártyán szereplő számot, soha ne egy üzenetben kapottat), és kérje, hogy állítsák le vagy hívják vissza a fizetést. Minden óra számít.
route-why-payment-recall = Hívja a saját bankja visszaélés-bejelentő vonalát (a banki alkalmazásban vagy a kártyán szereplő számot, soha ne egy üzenetben kapottat): kérje, hogy állítsák le vagy hívják vissza a fizetést, és védjék meg a számláját. Ha a fizetést nem Ön hagyta jóvá, írásban kérje a visszatérítését.
route-why-bank-access = Lehet, hogy valaki a telefonszámán vagy a számítógépén keresztül hozzáfér a bankszámlájához: hívja most a bankja visszaélés-bejelentő vonalát, hogy figyeljék vagy letiltsák a hozzáférést, akkor is, ha még nem ment el pénz.

## Reports

route-why-police-stolen = Ha az eszközt ellopták, tegyen feljelentést a rendőrségen: a feljelentés ügyszámára szüksége lesz a biztosítónál és a szolgáltatójánál. Egy eszköz elvesztése nem bűncselekmény, így ha egyszerűen elhagyta, nincs mit bejelentenie.
route-why-financial-regulator = A pénzügyi felügyelet listát vezet azokról a cégekről, amelyek nem kínálhatnak befektetéseket, és figyelmezteti rájuk a lakosságot. Jelentse be a céget, és nézze meg a felügyelet figyelmeztetéseit, mielőtt bármit is fizetne: a csalók gyakran visszatérnek, „pénzvisszaszerző” szolgáltatásnak kiadva magukat.
route-why-illegal-content-minor = A gyermeket szexuálisan kizsákmányoló képek vagy üzenetek mindenhol jogellenesek: jelentse be őket ennek a szolgáltatásnak, hogy eltávolítsák őket, és nyomozás induljon. Ne továbbítsa őket, és ne mentsen róluk másolatot.
route-why-ncii = Ha Önről készült intim képeket osztottak meg, vagy azzal fenyegetik, hogy megosztják őket, ez a szolgáltatás segíthet letiltani vagy eltávolítani őket, anélkül hogy a képeket bárkinek el kellene küldenie.
route-why-assistance = Ez a szolgáltatás ingyen segít az Önhöz hasonló áldozatoknak: elmagyarázza, mit tegyen, megbízható segítőkhöz irányítja a közelben, és megmondja, hol tehet bejelentést.
route-why-victim-support = Nehéz, ha becsapják vagy megfenyegetik. Ez az ingyenes, bizalmas szolgáltatás a bűncselekmények áldozatainak segít, akár tesz feljelentést a rendőrségen, akár nem.
route-why-outside-police = Ennek az országnak a szerveiről nincsenek adataink. Tegyen feljelentést a helyi rendőrségen, és kérjen írásban ügyszámot: a bankja és a biztosítója kérheti.
route-why-outside-national = Ebben az országban országos szolgáltatás működik az internetes bűncselekmények bejelentésére.

## Why a step is optional

route-optional-complaint = Nem kötelező: ha nem veszített semmit, Ön dönti el, tesz-e feljelentést; a rendőrségnek ez segít felismerni a sok embert célzó csalásokat.
route-optional-stolen = Csak ha az eszközt ellopták.
route-optional-consumer = Nem kötelező: a pénzét nem kapja vissza általa, de segít megállítani a webáruházat és figyelmeztetni másokat.
route-optional-ncii = Nem kötelező: akkor forduljon hozzájuk, ha szeretné, hogy a képeket eltávolítsák vagy letiltsák.
route-optional-csirt = A szervezete számára nem kötelező: jogi kötelezettség csak akkor terheli, ha a NIS2 hatálya alá tartozik, de a CSIRT segíthet, és másokat is figyelmeztethet.
route-optional-gdpr-complaint = Nem kötelező: panaszt tehet, és ehhez nincs határidő.
route-optional-victim-support = Nem kötelező: forduljon hozzájuk bármikor, ha szeretne valakivel beszélni.

## Legal duties (content/laws/)

route-why-nis2-trust = Bizalmi szolgáltatóként az incidensbejelentést nem 72, hanem 24 órán belül kell megtennie attól számítva, hogy tudomást szerzett a bizalmi szolgáltatásait érintő jelentős incidensről.
route-why-gdpr-processor = Ezeket az adatokat egy másik szervezet megbízásából dolgozza fel (Ön annak adatfeldolgozója): indokolatlan késedelem nélkül tájékoztassa az adatkezelőt. Az adatkezelő dönti el, nem Ön, hogy bejelenti-e az incidenst az adatvédelmi hatóságnak.
route-why-gdpr-record = A lemez erős titkosítással volt védve, és a kulcs biztonságban van, így az incidens valószínűleg senkire nézve nem jár kockázattal, és nem kell bejelenteni. Rögzítse a saját incidensnyilvántartásában: a tényeket, a hatásait és a megtett intézkedéseket. Ha a kulcs is elveszett, vagy a titkosítás gyenge volt, 72 órán belül jelentse be.
route-why-dora-initial = A DORA hatálya alá tartozó pénzügyi szervezetként a jelentős IKT-vonatkozású incidensről szóló első értesítést attól számított 4 órán belül küldje meg a felügyeleti hatóságnak, hogy jelentősnek minősítette, de legkésőbb 24 órával azután, hogy tudomást szerzett róla.
route-why-dora-intermediate = A köztes jelentést az első értesítéstől számított 72 órán belül küldje meg.
route-why-dora-final = A zárójelentést a legutóbbi köztes jelentéstől számított egy hónapon belül küldje meg.
route-why-ch-isa = A kritikus infrastruktúrák üzemeltetőinek a kibertámadást a felfedezésétől számított 24 órán belül be kell jelenteniük a Nemzeti Kiberbiztonsági Központnak.
route-why-ch-isa-completion = Ha az első bejelentése hiányos volt, 14 napon belül egészítse ki.
route-why-ch-fadp-breach = Ha az incidens valószínűleg magas kockázattal jár az érintettekre nézve, a lehető leghamarabb jelentse be a Szövetségi Adatvédelmi és Információs Biztosnak.
route-why-gb-ukgdpr = Mások személyes adatai érintettek: az incidenst a tudomásszerzéstől számított 72 órán belül jelentse be a brit adatvédelmi hatóságnak, az Information Commissioner's Office-nak, kivéve, ha valószínűleg senkire nézve sem jár kockázattal.
route-why-gb-nis = Alapvető szolgáltatást nyújtó szereplőként a szolgáltatására jelentős hatással járó incidenst a tudomásszerzéstől számított 72 órán belül jelentse be az illetékes hatóságnak.
route-why-is-nis = Alapvető szolgáltatást nyújtó szereplőként a jelentős incidenst indokolatlan késedelem nélkül jelentse be a CERT-IS-nek.
route-why-no-dsa = Alapvető szolgáltatás nyújtójaként a jelentős incidenst 24 órán belül jelentse be a norvég Nemzetbiztonsági Hatóságnak (NSM).
route-why-csirt-citizen = A nemzeti CSIRT magánszemélyek bejelentéseit is fogadja: eléri a hamis oldalak eltávolítását, figyelmezteti a többieket, és tanácsot ad az eszköz megtisztításához.
route-optional-csirt-citizen = Nem kötelező: segít másokat megvédeni, de nem helyettesíti a rendőrségi feljelentést.

## Legal bases: Union acts are cited by type and number (EUR-Lex form); national citations keep the national act's own wording

law-regulation = (EU) { $number } rendelet
law-directive = (EU) { $number } irányelv
law-delegated-regulation = (EU) { $number } felhatalmazáson alapuló bizottsági rendelet
law-article = { $article }. cikk
law-transposing = { $national }, amely az { $eu } átültetését szolgálja
law-not-transposed = { $eu }. { $country } esetében nem tudtuk megerősíteni, hogy hatályban van-e az átültetését szolgáló nemzeti jogszabály: a nemzeti szabályok eltérhetnek.
