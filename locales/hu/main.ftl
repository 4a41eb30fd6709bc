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
