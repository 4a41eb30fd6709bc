## Shell: skip link, header, navigation, footer

shell-skip-link = Prejsť na hlavný obsah
shell-site-name = cyberhelp
shell-tagline = Pomoc po kybernetickom útoku
shell-nav-label = Hlavné menu
shell-nav-home = Úvod
shell-nav-advice = Rady
shell-nav-bulletins = Aktuálne hrozby
shell-nav-report = Nahlásiť incident
shell-nav-search = Hľadať
shell-language-label = Jazyk
shell-language-submit = Zmeniť
shell-footer-emergency = Ste práve v ohrození? Volajte 112, číslo tiesňového volania vo všetkých krajinách EÚ.
shell-footer-never-ask = Nikdy od vás nežiadame heslá, platby ani vzdialený prístup k vášmu zariadeniu. Kto to od vás chce, nie sme my.
shell-footer-privacy = Žiadne sledovanie, žiadne požiadavky na tretie strany: táto stránka nenačítava nič odinakiaľ.
shell-footer-source = Slobodný softvér, ktorý môžete prevádzkovať aj na vlastnom serveri.
shell-footer-licence = Naše texty sú zverejnené pod licenciou CC BY 4.0: môžete ich voľne použiť, ak uvediete cyberhelp.
shell-footer-feeds = Varovania pred hrozbami ako kanál Atom

## Home page

home-title = Pomoc po kybernetickom útoku
home-lead = Niekto sa vám nabúral do účtu, zaplatili ste vo falošnom e-shope, vašu firmu zasiahol ransomvér? Zistite, čo robiť teraz, komu to oznámiť a do kedy.
home-emergency = Ak ste práve v ohrození, volajte 112.
home-tasks-heading = Čo potrebujete?
home-task-advice = Získať radu
home-task-advice-desc = Pomoc krok za krokom podľa toho, čo sa vám stalo.
home-task-bulletins = Pozrieť aktuálne hrozby
home-task-bulletins-desc = Podvody a útoky, ktoré práve prebiehajú, a čo s nimi robiť.
home-task-report = Nahlásiť incident
home-task-report-desc = Oznámte to raz tým správnym úradom a zistite, kto to rieši a do kedy.
home-incidents-heading = Čo sa stalo?
home-bulletins-heading = Aktívne hrozby
home-bulletins-people = Aktuálne podvody
home-bulletins-organisations = Pre správcov IT v organizáciách: aktívne zneužívané zraniteľnosti
home-bulletins-empty = Momentálne nie sú vydané žiadne aktívne varovania.
home-bulletins-all = Všetky varovania pred hrozbami

## Errors

error-title-prefix = Chyba: { $title }

error-not-found-title = Stránka sa nenašla
error-not-found-body = Túto stránku sme nenašli. Adresa môže obsahovať preklep alebo sa stránka presunula.
error-not-found-home = Prejsť na úvodnú stránku
error-internal-title = Niečo sa pokazilo
error-internal-body = Chyba je na našej strane, nie na vašej. Skúste to, prosím, o chvíľu znova.
error-bad-request-title = Tejto požiadavke sme nerozumeli
error-too-large-title = Odoslané údaje sú príliš veľké
error-too-large-back = Použite tlačidlo Späť v prehliadači: formulár si napísaný text zachová. Potom popis skráťte a odošlite ho znova.
error-rate-limited = Príliš veľa požiadaviek z vášho pripojenia v krátkom čase. Počkajte minútu a skúste to znova.

## Open statistics

stats-title = Otvorené štatistiky
stats-lead = Koľko hlásení tento portál prijal, čoho sa týkali a ako rýchlo ich príjemcovia potvrdili. Len počty: nedá sa z nich rozpoznať žiadne hlásenie.
stats-empty = Zatiaľ sme neprijali žiadne hlásenia, takže nie je čo počítať.
stats-unavailable = Štatistiky teraz nemožno zobraziť. Skúste to, prosím, o niekoľko minút znova.
stats-withheld = dôverný údaj
stats-chart-title = Prijaté hlásenia podľa mesiacov
stats-chart-caption = Prijaté hlásenia podľa mesiacov (UTC). Rovnaké počty nájdete v tabuľke nižšie.
stats-per-month = Hlásenia podľa mesiacov
stats-category = Kategória
stats-breakdowns = Hlásenia podľa mesiacov a druhu
stats-by-incident = Podľa druhu incidentu
stats-by-country = Podľa krajiny
stats-by-victim = Podľa toho, kto hlásenie podal
stats-deliveries = Doručenie príjemcom
stats-no-deliveries = Zatiaľ nebolo žiadne hlásenie doručené príjemcovi.
stats-deliveries-caption = Hlásenia odoslané jednotlivým druhom príjemcov, za všetky mesiace spolu
stats-recipient-kind = Druh príjemcu
stats-delivered = Doručené
stats-acknowledged = Potvrdené príjemcom
stats-failed = Nepodarilo sa doručiť
stats-median-ack = Medián času do potvrdenia
stats-hours = { $hours } h
stats-method = Počty nižšie ako { $threshold } (okrem nuly) sú dôverné údaje a nezverejňujeme ich. Ak by sa taký údaj dal dopočítať z celkového počtu za mesiac, nezverejňujeme spolu s ním ani ďalšie počty. Počty vychádzajú len z mesiaca, druhu incidentu, krajiny, toho, kto hlásenie podal, a druhu príjemcu; tieto údaje zostávajú zachované aj po vymazaní osobných údajov z hlásenia.
stats-api = Rovnaké počty vo formáte JSON
