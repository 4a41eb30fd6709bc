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
