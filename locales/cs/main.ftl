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

## Privacy notice (/privacy), generated from the running configuration
privacy-title = Zásady ochrany osobních údajů
privacy-lead = Co o vás tento portál uchovává, proč, jak dlouho, kdo to dostává a jaká máte práva. Tato stránka se vytváří z aktuálního nastavení portálu: níže uvedené lhůty a kanály jsou ty, které skutečně platí.
privacy-controller-title = Kdo za údaje odpovídá
privacy-controller = { $operator } provozuje tento portál a odpovídá za osobní údaje, které jsou v něm uloženy (je jejich správcem).
privacy-controller-missing = Tato instalace neuvádí, kdo ji provozuje. Dokud to neuvede, obracejte se přímo na instituce uvedené na jednotlivých stránkách a hlášení přes tento portál neposílejte.
privacy-controller-contact = Dotazy k vašim údajům:
privacy-dpo = Pověřenec pro ochranu osobních údajů:
privacy-dpo-none = Pro tuto instalaci není jmenován žádný pověřenec pro ochranu osobních údajů.
privacy-stored-title = Co uchováváme
privacy-stored-report = Když odešlete hlášení: vaše odpovědi ve formuláři (země, kdo jste, co se stalo, data, zda došlo ke ztrátě peněz), váš popis, vaše kontaktní údaje, pokud je uvedete (hlásit můžete i anonymně), a seznam důkazů, které si uchováváte. Vaše soubory nikdy neopustí vaše zařízení: uchováváme jen názvy, poznámky a digitální otisky, které přidáte.
privacy-stored-followups = Později: aktualizace a otázky, které vám instituce pošlou, a vaše odpovědi.
privacy-stored-drafts = Hlášení, u kterého si zobrazíte příjemce, ale neodešlete ho, se 2 hodiny uchovává zašifrované, čitelné jen pomocí odkazu ve vašem prohlížeči, a pak se smaže.
privacy-stored-feedback = Pokud v průvodci otázkami zvolíte „Nic z toho neodpovídá“, uchováváme to, co napíšete, 90 dní, abychom mohli otázky zlepšit, a to bez čehokoli, podle čeho by vás šlo identifikovat.
privacy-stored-tools = Kontrolní nástroje (kontrola zprávy, ověření kontaktu) neuchovávají nic z toho, co do nich vložíte.
privacy-stored-logs = Protokol serveru zaznamenává, které stránky se načítají, a případné chyby, ne však vaši IP adresu. Aby se zabránilo zneužití, portál několik minut počítá v paměti požadavky z jednotlivých IP adres a tyto adresy nikam nezapisuje. Žádné sledovací nástroje, žádné reklamní ani analytické soubory cookie, nic se nenačítá z jiných webů.
privacy-basis-title = Proč a na jakém právním základě
privacy-basis-consent = Vaše hlášení posíláme jen institucím, které zaškrtnete, protože nás o to žádáte: právním základem je váš souhlas (čl. 6 odst. 1 písm. a) GDPR). Pokud hlášení obsahuje údaje o vašem zdraví nebo jiné zvláštní kategorie osobních údajů, vztahuje se na jeho odeslání váš výslovný souhlas (čl. 9 odst. 2 písm. a) GDPR).
privacy-basis-withdraw = Svůj souhlas můžete kdykoli odvolat (čl. 7 odst. 3 GDPR) tím, že hlášení odvoláte na jeho stránce stavu. Na tom, co už bylo odesláno dříve, to nic nemění.
privacy-recipients-title = Kdo údaje dostává
privacy-recipients = Jen instituce, které ve formuláři zaškrtnete, například váš národní CSIRT, policie nebo úřad pro ochranu osobních údajů. Každá z nich odpovídá za kopii, kterou dostane, podle vlastních pravidel a vlastních zásad ochrany osobních údajů.
privacy-channels = V této instalaci se hlášení předávají:
privacy-channels-none = V této instalaci zatím není nastaven žádný kanál pro doručování: hlášení se ukládají a čekají, což uvádí i jejich stránka stavu.
privacy-channel-email = e-mailem
privacy-channel-webhook = šifrovaným a podepsaným spojením přímo do systému instituce
privacy-channel-ticketing = do systému instituce pro správu případů (RT, MISP nebo TheHive)
privacy-channel-file = do složky, kterou provozovatel předává instituci
privacy-notices = Pokud o to požádáte, pošleme vám e-mail, když instituce aktualizuje stav vašeho hlášení nebo vám položí otázku. E-mail obsahuje jen referenční číslo a odkazy, nic z hlášení.
privacy-retention-title = Jak dlouho
privacy-retention = Váš popis, kontaktní údaje, seznam důkazů a zprávy k vašemu hlášení se smažou po uplynutí { $days } dní od chvíle, kdy s ním všechny instituce skončí (potvrdí přijetí, uzavřou případ nebo se ukážou jako nedosažitelné), a v každém případě nejpozději po uplynutí { $max } dní od odeslání hlášení.
privacy-retention-withdraw = Můžete je nechat smazat okamžitě tím, že hlášení odvoláte:
privacy-retention-remains = To, co potom zůstane, vás nemůže identifikovat: země, druh incidentu, kdo hlášení podal (soukromá osoba, firma…), data a to, zda se jednotlivá doručení podařila. Z těchto údajů se počítají otevřené statistiky:
privacy-rights-title = Vaše práva
privacy-rights = Máte právo na přístup ke svým údajům (čl. 15 GDPR), na jejich opravu (čl. 16) nebo výmaz (čl. 17), na omezení jejich zpracování (čl. 18), na jejich získání ve strojově čitelném formátu (čl. 20) a právo vznést námitku (čl. 21).
privacy-rights-how = S referenčním číslem a soukromým kódem stavu můžete na stránce stavu sami zobrazit své hlášení, stáhnout ho ve formátu JSON a odvolat ho. Se vším ostatním se obraťte na kontakt uvedený výše.
privacy-complaint = Můžete také podat stížnost u dozorového úřadu pro ochranu osobních údajů (čl. 77 GDPR), zejména v zemi, kde žijete nebo pracujete.
privacy-complaint-link = Seznam všech těchto úřadů zveřejňuje Evropský sbor pro ochranu osobních údajů.
privacy-generated = Tyto zásady se vytvářejí z nastavení portálu při každém zobrazení. Zdroj:
privacy-source-gdpr = Nařízení (EU) 2016/679 (obecné nařízení o ochraně osobních údajů, GDPR)

## Accessibility statement (/accessibility), on the model of Implementing Decision (EU) 2018/1523
a11y-title = Prohlášení o přístupnosti
a11y-intro = { $operator } chce, aby tento portál mohl používat každý, jak to vyžaduje směrnice (EU) 2016/2102 o přístupnosti webových stránek a mobilních aplikací subjektů veřejného sektoru. Toto prohlášení o přístupnosti se vztahuje na tyto webové stránky.
a11y-intro-unnamed = Provozovatel tohoto portálu chce, aby ho mohl používat každý, jak to vyžaduje směrnice (EU) 2016/2102 o přístupnosti webových stránek a mobilních aplikací subjektů veřejného sektoru. Toto prohlášení o přístupnosti se vztahuje na tyto webové stránky.
a11y-status-title = Stav souladu
a11y-status = Tyto webové stránky jsou částečně v souladu s normou EN 301 549 V3.2.1, evropskou normou, která zahrnuje WCAG 2.1 na úrovni AA, a to z důvodu níže uvedených nesouladů.
a11y-gaps-title = Nepřístupný obsah
a11y-gaps-lead = Následující obsah zatím není plně přístupný:
a11y-gap-unaudited = Dosud neproběhl žádný ruční audit ani test s lidmi, kteří používají odečítače obrazovky nebo jiné asistivní technologie. Mohou tedy přetrvávat problémy, které automatické kontroly neodhalí.
a11y-gap-chart = Graf na stránce se statistikami má na úzkých obrazovkách malé popisky. Stejné počty najdete v tabulkách vedle něj.
a11y-out-of-scope = Odkazy vedou na weby úřadů a dalších institucí; za jejich přístupnost odpovídají ony samy.
a11y-prep-title = Vypracování tohoto prohlášení o přístupnosti
a11y-prep = Toto prohlášení bylo vypracováno a naposledy přezkoumáno dne { $date }.
a11y-method = Metoda: vlastní posouzení. Automatické testy (axe-core) kontrolují hlavní stránky podle úrovní A a AA WCAG 2.1, ve světlých i tmavých barvách, s JavaScriptem i bez něj; u každé stránky se ve všech 24 jazycích kontroluje, že se vejde na obrazovku širokou 320 pixelů; každá stránka funguje bez JavaScriptu.
a11y-feedback-title = Zpětná vazba a kontaktní údaje
a11y-feedback = Pokud je pro vás něco na těchto stránkách obtížně použitelné nebo potřebujete jejich obsah v jiné podobě, dejte nám vědět:
a11y-feedback-none = Tato instalace zatím neuvedla kontakt pro otázky přístupnosti.
a11y-enforcement-title = Postup pro vymáhání práva
a11y-enforcement = Pokud vás naše odpověď na vaši zpětnou vazbu nebo žádost neuspokojí, můžete se obrátit na vnitrostátní orgán, který vymáhá dodržování směrnice o přístupnosti webových stránek:
a11y-enforcement-none = Tato instalace zatím neuvedla svůj vnitrostátní orgán pro vymáhání. Zeptejte se provozovatele, o jaký orgán jde.
a11y-sources = Zdroje:
a11y-source-wad = Směrnice (EU) 2016/2102, článek 7
a11y-source-model = Prováděcí rozhodnutí (EU) 2018/1523 (vzorové prohlášení o přístupnosti)
