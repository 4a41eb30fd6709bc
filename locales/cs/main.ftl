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

## Open statistics

stats-title = Otevřené statistiky
stats-lead = Kolik hlášení tento portál přijal, čeho se týkala a jak rychle je příjemci potvrdili. Jen počty: žádné hlášení se z nich nedá poznat.
stats-empty = Zatím jsme nepřijali žádná hlášení, takže není co počítat.
stats-unavailable = Statistiky teď nelze zobrazit. Zkuste to prosím za několik minut znovu.
stats-withheld = důvěrný údaj
stats-chart-title = Přijatá hlášení podle měsíců
stats-chart-caption = Přijatá hlášení podle měsíců (UTC). Stejné počty najdete v tabulce níže.
stats-per-month = Hlášení podle měsíců
stats-category = Kategorie
stats-breakdowns = Hlášení podle měsíců a druhu
stats-by-incident = Podle druhu incidentu
stats-by-country = Podle země
stats-by-victim = Podle toho, kdo hlášení podal
stats-deliveries = Doručení příjemcům
stats-no-deliveries = Zatím nebylo žádné hlášení doručeno příjemci.
stats-deliveries-caption = Hlášení odeslaná jednotlivým druhům příjemců, za všechny měsíce dohromady
stats-recipient-kind = Druh příjemce
stats-delivered = Doručeno
stats-acknowledged = Potvrzeno příjemcem
stats-failed = Nepodařilo se doručit
stats-median-ack = Medián doby do potvrzení
stats-hours = { $hours } h
stats-method = Počty nižší než { $threshold } (kromě nuly) jsou důvěrné údaje a nezveřejňujeme je. Pokud by se takový údaj dal dopočítat z celkového počtu za měsíc, nezveřejňujeme spolu s ním ani další počty. Počty vycházejí jen z měsíce, druhu incidentu, země, toho, kdo hlášení podal, a druhu příjemce; tyto údaje zůstávají zachovány i po smazání osobních údajů z hlášení.
stats-api = Stejné počty ve formátu JSON
