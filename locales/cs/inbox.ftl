## Schránka kontaktních míst (/inbox): pro pracovníky instituce (CSIRT, policie, úřad pro ochranu osobních údajů…), která
## čte svá hlášení v portálu. Jednoduché formuláře, bez JavaScriptu.
inbox-title = Schránka hlášení
inbox-lead = Hlášení zaslaná vaší organizaci, od nejnovějších. Otevřením hlášení oznamovateli potvrdíte, že jste ho obdrželi.
inbox-nav-label = Váš účet
inbox-signed-in-as = Přihlášeno jako
inbox-signout = Odhlásit se
inbox-back = Zpět do schránky
inbox-error-title = Nepodařilo se to
inbox-error-csrf = Platnost tohoto formuláře vypršela, nebo formulář nepochází z tohoto webu. Vraťte se zpět, obnovte stránku a zkuste to znovu.
inbox-error-filter = Filtr „{ $field }“ má hodnotu, kterou tato schránka nenabízí. Vyberte ji ve formuláři znovu.
inbox-signin-title = Přihlášení do schránky
inbox-signin-lead = Pro pracovníky institucí, které prostřednictvím tohoto portálu dostávají hlášení. Účty zakládá provozovatel portálu.
inbox-field-email = E-mailová adresa
inbox-field-password = Heslo
inbox-field-code = Šestimístný kód z ověřovací aplikace
inbox-signin-button = Přihlásit se
inbox-session-ended = Vaše relace skončila. Přihlaste se znovu.
inbox-signed-out = Byli jste odhlášeni.
inbox-link-title = Nebo si nechte e-mailem poslat jednorázový přihlašovací odkaz
inbox-link-button = Poslat mi přihlašovací odkaz e-mailem
inbox-link-no-smtp = Přihlašovací odkazy e-mailem nejsou v této instalaci k dispozici: nemůže odesílat e-maily.
inbox-link-sent = Pokud k této adrese existuje účet, přihlašovací odkaz je na cestě. Funguje jednou, po dobu 15 minut.
inbox-link-lead = Tento jednorázový odkaz vás přihlásí do schránky. Funguje jen jednou.
inbox-link-invalid = Tento přihlašovací odkaz už nefunguje: byl již použit, vypršela jeho platnost, nebo byl špatně zkopírován. Vyžádejte si nový.
inbox-link-email-subject = Váš přihlašovací odkaz do schránky cyberhelp
inbox-link-email-body =
    Někdo (doufáme, že vy) si vyžádal přihlašovací odkaz do schránky cyberhelp.

    { $url }

    Odkaz funguje jednou, po dobu { $minutes } minut. Pokud jste o něj nežádali, tento e-mail ignorujte: bez odkazu se nic nestane.
inbox-invite-email-subject = Pozvánka do schránky cyberhelp
inbox-invite-email-body =
    Provozovatel portálu cyberhelp pro vás založil účet ve schránce, abyste mohli číst hlášení zaslaná vaší organizaci a odpovídat na ně.

    Otevřete tento odkaz a poprvé se přihlaste; funguje jednou a je platný { $hours } hodin:

    { $url }

    Potom si nastavte heslo a ověřovací aplikaci pro další přihlašování.
inbox-setup-title = Heslo a ověřovací aplikace
inbox-setup-link = Heslo a ověřovací aplikace
inbox-setup-lead = Nastavte si heslo a ověřovací aplikaci, abyste se mohli přihlašovat bez odkazu z e-mailu. Při každém přihlášení budete potřebovat obojí.
inbox-setup-authenticator = Vaše ověřovací aplikace
inbox-setup-authenticator-lead = Přidejte v ověřovací aplikaci nový účet (TOTP: 6 číslic, každých 30 sekund) a zadejte tento klíč:
inbox-setup-authenticator-hint = Tento klíč uchovejte v tajnosti. Zobrazuje se jen na této stránce; pokud se sem vrátíte později, vytvoří se nový.
inbox-field-new-password = Nové heslo (12 až 128 znaků)
inbox-field-repeat-password = Heslo znovu
inbox-setup-button = Uložit
inbox-setup-error-length = Heslo musí mít 12 až 128 znaků.
inbox-setup-error-mismatch = Zadaná hesla se neshodují.
inbox-setup-error-code = Kód neodpovídá klíči. Zkontrolujte čas v telefonu a zadejte aktuální kód.
inbox-setup-done = Heslo a ověřovací aplikace jsou nastaveny.
inbox-setup-suggest = Přihlásili jste se jednorázovým odkazem. Chcete-li se přihlašovat bez něj, nastavte si heslo a ověřovací aplikaci:
inbox-filter-state = Váš stav
inbox-filter-incident = Druh incidentu
inbox-filter-from = Přijato od
inbox-filter-to = Přijato do
inbox-filter-button = Filtrovat
inbox-filter-all = Vše
inbox-state-new = Nové: zatím nic nezaznamenáno
inbox-state-received = Přijato příjemcem
inbox-state-in-progress = Příjemce na věci pracuje
inbox-state-closed = Uzavřeno příjemcem
inbox-export = Exportovat tato hlášení:
inbox-empty = Vaší organizaci zatím nebylo zasláno žádné hlášení.
inbox-empty-filtered = Těmto filtrům neodpovídá žádné hlášení.
inbox-new = neotevřeno
inbox-withdrawn = Odvoláno oznamovatelem
inbox-caption = Hlášení pro: { $contact }, strana { $page }
inbox-col-reference = Referenční číslo
inbox-col-received = Přijato
inbox-col-incident = Druh incidentu
inbox-col-victim = Oznamovatel
inbox-col-state = Váš stav
inbox-col-deadline = Zákonná lhůta
inbox-previous = Předchozí strana
inbox-next = Další strana
inbox-report-title = Hlášení { $reference }
inbox-deadline = zákonná lhůta: nejpozději { $date }
inbox-purged = Osobní údaje z tohoto hlášení byly dne { $date } smazány (uplynula doba uchovávání v portálu, nebo oznamovatel hlášení odvolal).
inbox-withdrawn-note = Oznamovatel toto hlášení odvolal: nelze k němu už nic zaznamenat ani oznamovateli nic poslat. Na to, co máte k dispozici, uplatněte vlastní pravidla pro odvolaná hlášení.
inbox-timeline = Co jste zaznamenali
inbox-no-updates = Zatím nic nezaznamenáno.
inbox-questions = Otázky pro oznamovatele
inbox-answer = Odpověď:
inbox-no-answer = Zatím bez odpovědi.
inbox-done-status = Vaše aktualizace byla zaznamenána; oznamovatel ji uvidí na stránce stavu.
inbox-done-question = Vaše otázka byla odeslána; oznamovatel ji uvidí na stránce stavu.
privacy-channel-inbox = přímo v tomto portálu: zůstávají v něm uložena a instituce je čte ve své vlastní schránce
