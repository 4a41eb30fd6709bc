## Schránka hlásení kontaktného miesta (/inbox): pre zamestnancov inštitúcie (CSIRT, polícia, úrad na ochranu
## osobných údajov…), ktorá číta svoje hlásenia na portáli. Jednoduché formuláre, bez JavaScriptu.
inbox-title = Schránka hlásení
inbox-lead = Hlásenia zaslané vašej organizácii, od najnovších. Keď hlásenie otvoríte, oznamovateľ dostane potvrdenie, že ste ho prijali.
inbox-nav-label = Váš účet
inbox-signed-in-as = Ste prihlásení ako
inbox-signout = Odhlásiť sa
inbox-back = Späť do schránky hlásení
inbox-error-title = Nepodarilo sa to
inbox-error-csrf = Platnosť tohto formulára vypršala alebo formulár nepochádza z tejto stránky. Vráťte sa späť, znova načítajte stránku a skúste to znova.
inbox-error-filter = Filter „{ $field }“ má hodnotu, ktorú táto schránka neponúka. Vyberte ju vo formulári znova.
inbox-signin-title = Prihlásenie do schránky hlásení
inbox-signin-lead = Pre zamestnancov inštitúcií, ktoré prostredníctvom tohto portálu dostávajú hlásenia. Účty zakladá prevádzkovateľ portálu.
inbox-field-email = E-mailová adresa
inbox-field-password = Heslo
inbox-field-code = 6-miestny kód z overovacej aplikácie
inbox-signin-button = Prihlásiť sa
inbox-session-ended = Vaša relácia skončila. Prihláste sa znova.
inbox-signed-out = Boli ste odhlásení.
inbox-link-title = Alebo si nechajte poslať jednorazový prihlasovací odkaz e-mailom
inbox-link-button = Poslať mi prihlasovací odkaz e-mailom
inbox-link-no-smtp = Prihlasovacie odkazy e-mailom nie sú na tomto portáli k dispozícii: portál nemôže odosielať e-maily.
inbox-link-sent = Ak k tejto adrese existuje účet, prihlasovací odkaz je na ceste. Dá sa použiť raz, počas 15 minút.
inbox-link-lead = Týmto jednorazovým odkazom sa prihlásite do schránky hlásení. Dá sa použiť len raz.
inbox-link-invalid = Tento prihlasovací odkaz už nefunguje: buď už bol použitý, alebo vypršala jeho platnosť, alebo bol nesprávne skopírovaný. Vyžiadajte si nový.
inbox-link-email-subject = Váš prihlasovací odkaz do schránky hlásení cyberhelp
inbox-link-email-body =
    Niekto (dúfame, že vy) požiadal o prihlasovací odkaz do schránky hlásení cyberhelp.

    { $url }

    Odkaz sa dá použiť raz, počas { $minutes } min. Ak ste oň nežiadali, tento e-mail ignorujte: bez odkazu sa nič nestane.
inbox-invite-email-subject = Pozvánka do schránky hlásení cyberhelp
inbox-invite-email-body =
    Prevádzkovateľ portálu cyberhelp vám založil účet v schránke hlásení, aby ste mohli čítať hlásenia zaslané vašej organizácii a odpovedať na ne.

    Otvorením tohto odkazu sa prvýkrát prihlásite; dá sa použiť raz, do { $hours } hod.:

    { $url }

    Potom si nastavte heslo a overovaciu aplikáciu na ďalšie prihlasovanie.
inbox-setup-title = Heslo a overovacia aplikácia
inbox-setup-link = Heslo a overovacia aplikácia
inbox-setup-lead = Nastavte si heslo a overovaciu aplikáciu, aby ste sa mohli prihlasovať bez odkazu zaslaného e-mailom. Pri každom prihlásení budete potrebovať oboje.
inbox-setup-authenticator = Vaša overovacia aplikácia
inbox-setup-authenticator-lead = V overovacej aplikácii pridajte nový účet (TOTP: 6 číslic, každých 30 sekúnd) a zadajte tento kľúč:
inbox-setup-authenticator-hint = Tento kľúč uchovajte v tajnosti. Zobrazuje sa len na tejto stránke; ak sa sem vrátite neskôr, vytvorí sa nový.
inbox-field-new-password = Nové heslo (12 až 128 znakov)
inbox-field-repeat-password = Zopakujte heslo
inbox-setup-button = Uložiť
inbox-setup-error-length = Heslo musí mať 12 až 128 znakov.
inbox-setup-error-mismatch = Heslá sa nezhodujú.
inbox-setup-error-code = Kód nezodpovedá kľúču. Skontrolujte čas v telefóne a zadajte aktuálny kód.
inbox-setup-done = Vaše heslo a overovacia aplikácia sú nastavené.
inbox-setup-suggest = Prihlásili ste sa jednorazovým odkazom. Ak sa chcete prihlasovať bez neho, nastavte si heslo a overovaciu aplikáciu:
inbox-filter-state = Stav u vás
inbox-filter-incident = Druh incidentu
inbox-filter-from = Prijaté od
inbox-filter-to = Prijaté do
inbox-filter-button = Filtrovať
inbox-filter-all = Všetky
inbox-state-new = Nové: zatiaľ nič nezaznamenané
inbox-state-received = Prijaté príjemcom
inbox-state-in-progress = Príjemca ho rieši
inbox-state-closed = Uzavreté príjemcom
inbox-export = Exportovať tieto hlásenia:
inbox-empty = Vašej organizácii zatiaľ nebolo zaslané žiadne hlásenie.
inbox-empty-filtered = Týmto filtrom nezodpovedá žiadne hlásenie.
inbox-new = neotvorené
inbox-withdrawn = Oznamovateľ ho vzal späť
inbox-caption = Hlásenia pre { $contact }, strana { $page }
inbox-col-reference = Referenčné číslo
inbox-col-received = Prijaté
inbox-col-incident = Druh incidentu
inbox-col-victim = Oznamovateľ
inbox-col-state = Stav u vás
inbox-col-deadline = Zákonná lehota
inbox-previous = Predchádzajúca strana
inbox-next = Ďalšia strana
inbox-report-title = Hlásenie { $reference }
inbox-deadline = zákonná lehota do { $date }
inbox-purged = Osobné údaje tohto hlásenia boli vymazané { $date } (uplynutím lehoty uchovávania na portáli alebo po späťvzatí oznamovateľom).
inbox-withdrawn-note = Oznamovateľ toto hlásenie vzal späť: nič ďalšie sa k nemu už nedá zaznamenať ani oznamovateľovi poslať. Na údaje, ktoré máte, uplatnite vlastné pravidlá pre hlásenia vzaté späť.
inbox-timeline = Čo ste zaznamenali
inbox-no-updates = Zatiaľ nič nezaznamenané.
inbox-questions = Otázky pre oznamovateľa
inbox-answer = Odpoveď:
inbox-no-answer = Zatiaľ bez odpovede.
inbox-done-status = Vaša aktualizácia bola zaznamenaná; oznamovateľ ju uvidí na svojej stránke stavu.
inbox-done-question = Vaša otázka bola odoslaná; oznamovateľ ju uvidí na svojej stránke stavu.
privacy-channel-inbox = zostávajú na tomto portáli, kde ich inštitúcia číta vo vlastnej schránke
