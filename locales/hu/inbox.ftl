## A kapcsolattartó pont postafiókja (/inbox): azoknak a szerveknek (CSIRT, rendőrség, adatvédelmi hatóság…)
## a munkatársai számára, amelyek a portálon olvassák a bejelentéseiket. Egyszerű űrlapok, JavaScript nélkül.
inbox-title = Beérkezett bejelentések
inbox-lead = A szervezetének küldött bejelentések, a legújabbal kezdve. Ha megnyit egy bejelentést, a bejelentő visszaigazolást kap arról, hogy megkapták.
inbox-nav-label = Az Ön fiókja
inbox-signed-in-as = Bejelentkezve:
inbox-signout = Kijelentkezés
inbox-back = Vissza a beérkezett bejelentésekhez
inbox-error-title = Ez nem sikerült
inbox-error-csrf = Ez az űrlap lejárt, vagy nem erről a webhelyről származik. Lépjen vissza, töltse be újra az oldalt, és próbálja újra.
inbox-error-filter = A(z) „{ $field }” szűrő olyan értéket tartalmaz, amelyet ez a postafiók nem kínál. Válassza ki újra az űrlapon.
inbox-signin-title = Bejelentkezés a postafiókba
inbox-signin-lead = Azoknak a szerveknek a munkatársai számára, amelyek ezen a portálon keresztül kapnak bejelentéseket. A fiókokat a portál üzemeltetője hozza létre.
inbox-field-email = E-mail-cím
inbox-field-password = Jelszó
inbox-field-code = 6 jegyű kód a hitelesítő alkalmazásból
inbox-signin-button = Bejelentkezés
inbox-session-ended = A munkamenete lejárt. Jelentkezzen be újra.
inbox-signed-out = Kijelentkezett.
inbox-link-title = Vagy kérjen egyszer használható bejelentkezési linket e-mailben
inbox-link-button = Bejelentkezési link küldése e-mailben
inbox-link-no-smtp = Ezen a portálon nem kérhető bejelentkezési link e-mailben, mert a portál nem tud e-mailt küldeni.
inbox-link-sent = Ha ehhez a címhez tartozik fiók, a bejelentkezési link már úton van. Egyszer használható, 15 percig.
inbox-link-lead = Ezzel az egyszer használható linkkel bejelentkezhet a postafiókba. Csak egyszer működik.
inbox-link-invalid = Ez a bejelentkezési link már nem működik: vagy már felhasználták, vagy lejárt, vagy hibásan másolták ki. Kérjen újat.
inbox-link-email-subject = Bejelentkezési link a cyberhelp postafiókjához
inbox-link-email-body =
    Valaki (reméljük, Ön) bejelentkezési linket kért a cyberhelp postafiókjához.

    { $url }

    A link egyszer használható, { $minutes } percig. Ha nem Ön kérte, hagyja figyelmen kívül ezt az e-mailt: a link nélkül semmi sem történik.
inbox-invite-email-subject = Meghívó a cyberhelp postafiókjához
inbox-invite-email-body =
    A cyberhelp portál üzemeltetője hozzáférést hozott létre Önnek a postafiókhoz, hogy elolvashassa a szervezetének küldött bejelentéseket, és válaszolhasson rájuk.

    Az első bejelentkezéshez nyissa meg ezt a linket; egyszer használható, { $hours } órán belül:

    { $url }

    Ezután állítson be jelszót és hitelesítő alkalmazást a későbbi bejelentkezésekhez.
inbox-setup-title = Jelszó és hitelesítő alkalmazás
inbox-setup-link = Jelszó és hitelesítő alkalmazás
inbox-setup-lead = Állítson be jelszót és hitelesítő alkalmazást, hogy e-mailben küldött link nélkül is bejelentkezhessen. Minden alkalommal mindkettőre szüksége lesz.
inbox-setup-authenticator = Az Ön hitelesítő alkalmazása
inbox-setup-authenticator-lead = Adjon hozzá egy új fiókot a hitelesítő alkalmazásában (TOTP: 6 számjegy, 30 másodpercenként), és írja be ezt a kulcsot:
inbox-setup-authenticator-hint = Ezt a kulcsot tartsa titokban. Csak ezen az oldalon jelenik meg; ha később visszatér, új kulcs készül.
inbox-field-new-password = Új jelszó (12–128 karakter)
inbox-field-repeat-password = Az új jelszó még egyszer
inbox-setup-button = Mentés
inbox-setup-error-length = A jelszónak 12–128 karakterből kell állnia.
inbox-setup-error-mismatch = A két jelszó nem egyezik.
inbox-setup-error-code = A kód nem egyezik a kulccsal. Ellenőrizze a telefonján az időt, és írja be az aktuális kódot.
inbox-setup-done = A jelszava és a hitelesítő alkalmazása be van állítva.
inbox-setup-suggest = Egyszer használható linkkel jelentkezett be. Ha link nélkül szeretne bejelentkezni, állítson be jelszót és hitelesítő alkalmazást:
inbox-filter-state = Az Ön által rögzített állapot
inbox-filter-incident = Az incidens típusa
inbox-filter-from = Beérkezés ettől
inbox-filter-to = Beérkezés eddig
inbox-filter-button = Szűrés
inbox-filter-all = Mind
inbox-state-new = Új: még nincs rögzítve semmi
inbox-state-received = A címzett megkapta
inbox-state-in-progress = A címzett foglalkozik vele
inbox-state-closed = A címzett lezárta
inbox-export = A listázott bejelentések exportálása:
inbox-empty = A szervezetének még nem küldtek bejelentést.
inbox-empty-filtered = Egyetlen bejelentés sem felel meg ezeknek a szűrőknek.
inbox-new = nincs megnyitva
inbox-withdrawn = A bejelentő visszavonta
inbox-caption = Bejelentések – { $contact }, { $page }. oldal
inbox-col-reference = Hivatkozási szám
inbox-col-received = Beérkezett
inbox-col-incident = Az incidens típusa
inbox-col-victim = Bejelentő
inbox-col-state = Az Ön által rögzített állapot
inbox-col-deadline = Törvényes határidő
inbox-previous = Előző oldal
inbox-next = Következő oldal
inbox-report-title = Bejelentés: { $reference }
inbox-deadline = törvényes határidő: { $date }
inbox-purged = A bejelentés személyes adatait töröltük (lejárt a portál megőrzési ideje, vagy a bejelentő visszavonta a bejelentést); a törlés időpontja: { $date }.
inbox-withdrawn-note = A bejelentő visszavonta ezt a bejelentést: ezzel kapcsolatban már semmit sem lehet rögzíteni, és neki sem lehet semmit küldeni. Az Önnél lévő adatokra a visszavont bejelentésekre vonatkozó saját szabályait alkalmazza.
inbox-timeline = Amit rögzített
inbox-no-updates = Még nincs rögzítve semmi.
inbox-questions = Kérdések a bejelentőnek
inbox-answer = Válasz:
inbox-no-answer = Még nincs válasz.
inbox-done-status = A tájékoztatását rögzítettük; a bejelentő az állapotoldalán látja.
inbox-done-question = A kérdését elküldtük; a bejelentő az állapotoldalán látja.
privacy-channel-inbox = a portálon belül: a szerv a saját postafiókjában olvassa őket
