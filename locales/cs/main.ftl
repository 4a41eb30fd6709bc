## Shell: skip link, header, navigation, footer

shell-skip-link = Přejít na hlavní obsah
shell-site-name = cyberhelp
shell-tagline = Pomoc po kybernetickém útoku
shell-nav-label = Hlavní menu
shell-nav-home = Úvod
shell-nav-advice = Rady
shell-nav-bulletins = Aktuální hrozby
shell-nav-report = Nahlásit incident
shell-nav-search = Hledat
shell-language-label = Jazyk
shell-language-submit = Změnit
shell-footer-emergency = Jste právě v ohrožení? Volejte 112, tísňovou linku ve všech zemích EU.
shell-footer-never-ask = Nikdy po vás nechceme hesla, platby ani vzdálený přístup k vašemu zařízení. Kdo to po vás chce, nejsme my.
shell-footer-privacy = Žádné sledování, žádné požadavky na třetí strany: tento web nic nenačítá odjinud.
shell-footer-source = Svobodný software, který můžete provozovat i na vlastním serveru.
shell-footer-licence = Naše texty jsou zveřejněny pod licencí CC BY 4.0: můžete je volně použít, když uvedete cyberhelp.
shell-footer-feeds = Varování před hrozbami jako kanál Atom

## Home page

home-title = Pomoc po kybernetickém útoku
home-lead = Někdo se vám nabořil do účtu, zaplatili jste na falešném e-shopu, vaši firmu zasáhl ransomware? Zjistěte, co dělat teď, komu to oznámit a do kdy.
home-emergency = Pokud jste právě v ohrožení, volejte 112.
home-tasks-heading = Co potřebujete?
home-task-advice = Získat radu
home-task-advice-desc = Pomoc krok za krokem podle toho, co se vám stalo.
home-task-bulletins = Zobrazit aktuální hrozby
home-task-bulletins-desc = Podvody a útoky, které právě probíhají, a co s nimi dělat.
home-task-report = Nahlásit incident
home-task-report-desc = Oznamte to jednou těm správným úřadům a zjistěte, kdo to řeší a do kdy.
home-incidents-heading = Co se stalo?
home-bulletins-heading = Aktivní hrozby
home-bulletins-people = Aktuální podvody
home-bulletins-organisations = Pro správce IT v organizacích: aktivně zneužívané zranitelnosti
home-bulletins-empty = Momentálně nejsou vydána žádná aktivní varování.
home-bulletins-all = Všechna varování před hrozbami

## Errors

error-title-prefix = Chyba: { $title }

error-not-found-title = Stránka nenalezena
error-not-found-body = Tuto stránku jsme nenašli. Adresa může obsahovat překlep, nebo se stránka přesunula.
error-not-found-home = Přejít na úvodní stránku
error-internal-title = Něco se pokazilo
error-internal-body = Chyba je na naší straně, ne na vaší. Zkuste to prosím za chvíli znovu.
error-bad-request-title = Tomuto požadavku jsme nerozuměli
error-too-large-title = Odeslaná data jsou příliš velká
error-too-large-back = Použijte tlačítko Zpět v prohlížeči: formulář si napsaný text zachová. Pak popis zkraťte a odešlete znovu.
error-rate-limited = Příliš mnoho požadavků z vašeho připojení v krátké době. Počkejte prosím minutu a zkuste to znovu.
