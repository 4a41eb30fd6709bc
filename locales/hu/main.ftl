## Shell: skip link, header, navigation, footer

shell-skip-link = Ugrás a fő tartalomhoz
shell-site-name = cyberhelp
shell-tagline = Segítség kibertámadás után
shell-nav-label = Főmenü
shell-nav-home = Kezdőlap
shell-nav-advice = Tanácsok
shell-nav-bulletins = Aktuális fenyegetések
shell-nav-report = Incidens bejelentése
shell-nav-search = Keresés
shell-language-label = Nyelv
shell-language-submit = Módosítás
shell-footer-emergency = Most veszélyben van? Hívja a 112-t, a segélyhívó számot, amely minden uniós országban működik.
shell-footer-never-ask = Soha nem kérjük el a jelszavait, nem kérünk fizetést, és nem kérünk távoli hozzáférést az eszközéhez. Aki ilyet kér, az nem mi vagyunk.
shell-footer-privacy = Nincs követés, nincs harmadik félnek küldött kérés: ez az oldal semmit nem tölt be máshonnan.
shell-footer-source = Szabad szoftver, saját szerveren is futtatható.
shell-footer-licence = Szövegeink a CC BY 4.0 licenc alatt jelennek meg: szabadon felhasználhatók a cyberhelp megnevezésével.
shell-footer-feeds = Fenyegetési riasztások Atom-hírcsatornaként

## Home page

home-title = Segítség kibertámadás után
home-lead = Feltörték a fiókját, hamis webáruházban fizetett, zsarolóvírus támadta meg a cégét? Tudja meg, mit tegyen most, kit értesítsen és milyen határidőig.
home-emergency = Ha most veszélyben van, hívja a 112-t.
home-tasks-heading = Miben segíthetünk?
home-task-advice = Tanácsot kérek
home-task-advice-desc = Lépésről lépésre segítség ahhoz, ami Önnel történt.
home-task-bulletins = Aktuális fenyegetések megtekintése
home-task-bulletins-desc = Éppen zajló csalások és támadások, és hogy mit tehet ellenük.
home-task-report = Incidens bejelentése
home-task-report-desc = Értesítse egyszerre a megfelelő hatóságokat, és tudja meg, ki foglalkozik az ügyével és milyen határidővel.
home-incidents-heading = Mi történt?
home-bulletins-heading = Aktív fenyegetések
home-bulletins-people = Most terjedő csalások
home-bulletins-organisations = Szervezetek informatikusainak: aktívan kihasznált sérülékenységek
home-bulletins-empty = Jelenleg nincs aktív fenyegetési riasztás.
home-bulletins-all = Összes fenyegetési riasztás

## Errors

error-title-prefix = Hiba: { $title }

error-not-found-title = Az oldal nem található
error-not-found-body = Nem találtuk ezt az oldalt. Lehet, hogy elírta a címet, vagy az oldal máshová került.
error-not-found-home = Ugrás a kezdőlapra
error-internal-title = Hiba történt
error-internal-body = Ez a mi hibánk, nem az Öné. Kérjük, próbálja újra egy kis idő múlva.
error-bad-request-title = Nem értettük ezt a kérést
error-too-large-title = Az elküldött adat túl nagy
error-too-large-back = Használja a böngésző Vissza gombját: az űrlap megőrzi, amit beírt. Ezután rövidítse le a leírást, és küldje el újra.
error-rate-limited = Túl sok kérés érkezett a kapcsolatáról rövid idő alatt. Kérjük, várjon egy percet, és próbálja újra.

## Open statistics

stats-title = Nyilvános statisztika
stats-lead = Hány bejelentés érkezett erre a portálra, milyen ügyekben, és a címzettek milyen gyorsan igazolták vissza az átvételüket. Csak darabszámok: egyetlen bejelentés sem ismerhető fel belőlük.
stats-empty = Még nem érkezett bejelentés, így nincs mit összesíteni.
stats-unavailable = A statisztika most nem jeleníthető meg. Kérjük, néhány perc múlva próbálja újra.
stats-withheld = bizalmas
stats-chart-title = Beérkezett bejelentések havonta
stats-chart-caption = Beérkezett bejelentések havonta (UTC). Ugyanezek a számok az alábbi táblázatban is szerepelnek.
stats-per-month = Bejelentések havonta
stats-category = Kategória
stats-breakdowns = Bejelentések havonta, bontásban
stats-by-incident = Az incidens típusa szerint
stats-by-country = Ország szerint
stats-by-victim = A bejelentő típusa szerint
stats-deliveries = Kézbesítés a címzetteknek
stats-no-deliveries = Még egyetlen bejelentést sem kézbesítettünk címzettnek.
stats-deliveries-caption = Az egyes címzetttípusoknak küldött bejelentések, az összes hónapot együttvéve
stats-recipient-kind = A címzett típusa
stats-delivered = Kézbesítve
stats-acknowledged = A címzett visszaigazolta
stats-failed = Nem sikerült kézbesíteni
stats-median-ack = A visszaigazolásig eltelt idő mediánja
stats-hours = { $hours } ó
stats-method = A nullánál nagyobb, de { $threshold } alatti számok bizalmasak, ezért nem közöljük őket; ha pedig egy ilyen szám a havi összesítésből kiszámítható volna, vele együtt további számokat sem közlünk. A számok csak a hónapon, az incidens típusán, az országon, a bejelentő típusán és a címzett típusán alapulnak; ezek az adatok akkor is megmaradnak, amikor egy bejelentés személyes adatait töröljük.
stats-api = Ugyanezek a számok JSON formátumban

## Privacy notice (/privacy), generated from the running configuration
privacy-title = Adatkezelési tájékoztató
privacy-lead = Mit őriz meg Önről ez a portál, miért, meddig, ki kapja meg, és milyen jogai vannak. Ez az oldal a portál aktuális beállításai alapján készül: az alább szereplő határidők és csatornák a ténylegesen érvényesek.
privacy-controller-title = Ki a felelős
privacy-controller = A portál üzemeltetője, aki egyben a portálon tárolt személyes adatokért felelős adatkezelő: { $operator }.
privacy-controller-missing = Ez a portál még nem tüntette fel, ki üzemelteti. Amíg ez nem történik meg, ne ezen keresztül küldje el a bejelentését, hanem forduljon közvetlenül az egyes oldalakon felsorolt szervekhez.
privacy-controller-contact = Kérdések az adataival kapcsolatban:
privacy-dpo = Adatvédelmi tisztviselő:
privacy-dpo-none = Ehhez a portálhoz nincs megnevezve adatvédelmi tisztviselő.
privacy-stored-title = Mit őrzünk meg
privacy-stored-report = Amikor bejelentést küld: az űrlapon adott válaszait (ország, ki Ön, mi történt, dátumok, vesztett-e pénzt), a leírását, az elérhetőségeit, ha megadja őket (névtelenül is tehet bejelentést), valamint a megőrzött bizonyítékok listáját. A fájljai soha nem hagyják el az eszközét: csak az Ön által hozzáadott neveket, megjegyzéseket és ujjlenyomatokat tároljuk.
privacy-stored-followups = Később: a szervek által Önnek küldött tájékoztatásokat és kérdéseket, valamint az Ön válaszait.
privacy-stored-drafts = Az a bejelentés, amelyet megtekint, de nem küld el, 2 órán át lezárva marad meg, és csak a böngészőjében lévő hivatkozással olvasható; ezután törlődik.
privacy-stored-feedback = Ha az útmutatóban az „Egyik sem illik a helyzetemre” lehetőséget választja, a beírt szöveget 90 napig megőrizzük a kérdések javítására, az Ön azonosítására alkalmas adatok nélkül.
privacy-stored-tools = Az ellenőrző eszközök (az üzenet-ellenőrzés és a kapcsolat-ellenőrzés) semmit sem őriznek meg abból, amit beilleszt.
privacy-stored-logs = A szerver naplója azt rögzíti, mely oldalakat kérik le, és milyen hibák történnek, az Ön IP-címét viszont nem. A visszaélések megelőzése érdekében a portál néhány percig a memóriában számolja az IP-címenkénti kéréseket, és ezeket a címeket soha nem írja le. Nincs követés, nincsenek reklám- vagy elemzési sütik, semmi sem töltődik be más oldalakról.
privacy-basis-title = Miért és milyen jogalapon
privacy-basis-consent = Bejelentését csak az Ön által bejelölt szerveknek küldjük el, mert Ön ezt kéri tőlünk: az Ön hozzájárulása alapján (GDPR 6. cikk (1) bekezdés a) pont). Ha bejelentése az egészségére vonatkozó vagy más különleges kategóriába tartozó személyes adatot tartalmaz, az elküldést az Ön kifejezett hozzájárulása (9. cikk (2) bekezdés a) pont) teszi lehetővé.
privacy-basis-withdraw = Hozzájárulását bármikor visszavonhatja (7. cikk (3) bekezdés) azzal, hogy az állapotoldalán visszavonja a bejelentést. Ez nem érinti a korábban elküldötteket.
privacy-recipients-title = Ki kapja meg
privacy-recipients = Csak az űrlapon Ön által bejelölt szervek, például a nemzeti CSIRT, a rendőrség vagy az adatvédelmi hatóság. Mindegyikük a saját szabályai és saját adatkezelési tájékoztatója szerint felel az általa megkapott példányért.
privacy-channels = Ezen a portálon a bejelentések így jutnak el a címzettekhez:
privacy-channels-none = Ezen a portálon még nincs beállítva kézbesítési csatorna: a bejelentések tárolva várnak a küldésre, és ezt az állapotoldaluk is jelzi.
privacy-channel-email = e-mailben
privacy-channel-webhook = titkosított, aláírt kapcsolaton keresztül közvetlenül a szerv saját rendszerébe
privacy-channel-ticketing = a szerv ügykezelő rendszerébe (RT, MISP vagy TheHive)
privacy-channel-file = egy mappába, amelyet az üzemeltető átad a szervnek
privacy-notices = Ha kéri, e-mailben értesítjük, amikor egy szerv frissíti a bejelentését, vagy kérdést tesz fel Önnek. Az e-mail csak a hivatkozási számot és linkeket tartalmaz, semmit a bejelentésből.
privacy-retention-title = Meddig
privacy-retention = A leírását, az elérhetőségeit, a bizonyítéklistáját és a bejelentéssel kapcsolatos üzeneteket { $days } nappal azután töröljük, hogy minden szerv végzett vele (visszaigazolta az átvételt, lezárta az ügyét, vagy nem volt elérhető), de legkésőbb a beküldéstől számított { $max } nap elteltével.
privacy-retention-withdraw = A bejelentés visszavonásával azonnal törölheti őket:
privacy-retention-remains = Ami ezután megmarad, abból Ön nem azonosítható: az ország, az incidens típusa, a bejelentő típusa (magánszemély, vállalkozás…), a dátumok, és hogy az egyes kézbesítések sikerültek-e. A nyílt statisztika ezekből készül:
privacy-rights-title = Az Ön jogai
privacy-rights = Önnek joga van az adataihoz való hozzáféréshez (GDPR 15. cikk), azok helyesbítéséhez (16. cikk) vagy törléséhez (17. cikk), kezelésük korlátozásához (18. cikk), ahhoz, hogy géppel olvasható formátumban megkapja őket (20. cikk), valamint a tiltakozáshoz (21. cikk).
privacy-rights-how = A hivatkozási számmal és a személyes állapotkóddal az állapotoldalon maga is megtekintheti a bejelentését, letöltheti JSON formátumban, és visszavonhatja. Minden más ügyben írjon a fenti elérhetőségre.
privacy-complaint = Panaszt tehet egy adatvédelmi felügyeleti hatóságnál is (GDPR 77. cikk), különösen abban az országban, ahol él vagy dolgozik.
privacy-complaint-link = Az Európai Adatvédelmi Testület mindegyiket felsorolja.
privacy-generated = Ez a tájékoztató minden megjelenítéskor a portál beállításaiból készül. Forrás:
privacy-source-gdpr = (EU) 2016/679 rendelet (általános adatvédelmi rendelet, GDPR)

## Accessibility statement (/accessibility), on the model of Implementing Decision (EU) 2018/1523
a11y-title = Akadálymentesítési nyilatkozat
a11y-intro = A portál üzemeltetője, { $operator }, azt szeretné, hogy ezt a portált mindenki használni tudja, ahogyan azt a közszférabeli szervezetek honlapjainak és mobilalkalmazásainak akadálymentesítéséről szóló (EU) 2016/2102 irányelv előírja. Ez az akadálymentesítési nyilatkozat erre a honlapra vonatkozik.
a11y-intro-unnamed = A portál üzemeltetője azt szeretné, hogy ezt a portált mindenki használni tudja, ahogyan azt a közszférabeli szervezetek honlapjainak és mobilalkalmazásainak akadálymentesítéséről szóló (EU) 2016/2102 irányelv előírja. Ez az akadálymentesítési nyilatkozat erre a honlapra vonatkozik.
a11y-status-title = Megfelelőségi státusz
a11y-status = Ez a honlap az alább felsorolt hiányosságok miatt részben felel meg az EN 301 549 V3.2.1 európai szabványnak, amely a WCAG 2.1 AA szintjét is magában foglalja.
a11y-gaps-title = Nem akadálymentes tartalom
a11y-gaps-lead = Az alábbiak még nem teljesen akadálymentesek:
a11y-gap-unaudited = Még nem készült sem kézi audit, sem képernyőolvasót vagy más segítő technológiát használó emberekkel végzett teszt. Maradhatnak olyan problémák, amelyeket az automatikus ellenőrzések nem tudnak kimutatni.
a11y-gap-chart = A statisztikai oldalon lévő diagram feliratai keskeny képernyőn kicsik. Ugyanezek a számok a mellette lévő táblázatokban is megtalálhatók.
a11y-out-of-scope = A linkek hatóságok és más szervek honlapjaira vezetnek; ezek akadálymentességéért az adott szervek felelnek.
a11y-prep-title = Az akadálymentesítési nyilatkozat elkészítése
a11y-prep = E nyilatkozat elkészítésének és legutóbbi felülvizsgálatának időpontja: { $date }.
a11y-method = Módszer: önértékelés. Automatikus tesztek (axe-core) ellenőrzik a főbb oldalakat a WCAG 2.1 A és AA szintje szerint, világos és sötét színekkel, JavaScripttel és anélkül; minden oldalnál ellenőrizzük, hogy mind a 24 nyelven elfér-e egy 320 képpont széles képernyőn; minden oldal JavaScript nélkül is működik.
a11y-feedback-title = Visszajelzés és elérhetőségek
a11y-feedback = Ha ennek a honlapnak valamelyik részét nehezen tudja használni, vagy más formában van szüksége a tartalmára, jelezze nekünk:
a11y-feedback-none = Ez a portál még nem adott meg elérhetőséget akadálymentességi kérdésekhez.
a11y-enforcement-title = Végrehajtási eljárás
a11y-enforcement = Ha nem elégedett a visszajelzésére vagy kérésére adott válaszunkkal, ahhoz a nemzeti szervhez fordulhat, amely az (EU) 2016/2102 irányelv végrehajtását ellenőrzi:
a11y-enforcement-none = Ez a portál még nem nevezte meg a végrehajtásért felelős nemzeti szervet. Kérdezze meg az üzemeltetőt, melyik szerv az.
a11y-sources = Források:
a11y-source-wad = (EU) 2016/2102 irányelv, 7. cikk
a11y-source-model = A Bizottság (EU) 2018/1523 végrehajtási határozata (akadálymentesítési mintanyilatkozat)
