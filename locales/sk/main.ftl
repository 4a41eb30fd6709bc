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

## Privacy notice (/privacy), generated from the running configuration
privacy-title = Informácie o ochrane osobných údajov
privacy-lead = Čo o vás tento portál uchováva, prečo, ako dlho, kto to dostane a aké máte práva. Táto stránka vychádza z aktuálnych nastavení portálu: lehoty a kanály uvedené nižšie sú tie, ktoré práve platia.
privacy-controller-title = Kto zodpovedá
privacy-controller = Tento portál prevádzkuje { $operator } a zodpovedá za osobné údaje, ktoré sa v ňom uchovávajú (je ich prevádzkovateľom).
privacy-controller-missing = Tento portál zatiaľ neuvádza, kto ho prevádzkuje. Kým to neuvedie, neposielajte cez neho hlásenie, ale obráťte sa priamo na inštitúcie uvedené na jednotlivých stránkach.
privacy-controller-contact = Otázky týkajúce sa vašich údajov:
privacy-dpo = Zodpovedná osoba pre ochranu osobných údajov:
privacy-dpo-none = Pre tento portál nie je určená žiadna zodpovedná osoba.
privacy-stored-title = Čo uchovávame
privacy-stored-report = Keď odošlete hlásenie: vaše odpovede vo formulári (krajina, kto ste, čo sa stalo, dátumy, či ste prišli o peniaze), váš opis, vaše kontaktné údaje, ak ich uvediete (hlásenie môžete podať aj anonymne), a zoznam dôkazov, ktoré si uschovávate. Vaše súbory nikdy neopustia vaše zariadenie: uchovávame len názvy, poznámky a digitálne odtlačky, ktoré pridáte.
privacy-stored-followups = Neskôr: aktualizácie a otázky, ktoré vám inštitúcie pošlú, a vaše odpovede.
privacy-stored-drafts = Hlásenie, ktoré si zobrazíte, ale neodošlete, sa 2 hodiny uchováva zapečatené – prečítať sa dá len cez odkaz vo vašom prehliadači – a potom sa vymaže.
privacy-stored-feedback = Ak v sprievodcovi zvolíte „Nič z toho nesedí“, to, čo napíšete, sa 90 dní uchováva na zlepšenie otázok, bez čohokoľvek, čo by vás identifikovalo.
privacy-stored-tools = Kontrolné nástroje (kontrola správy, kontrola kontaktu) neuchovávajú nič z toho, čo do nich vložíte.
privacy-stored-logs = Protokol servera zaznamenáva, ktoré stránky sa načítavajú, a prípadné chyby, nie vašu IP adresu. Na ochranu pred zneužitím portál niekoľko minút v pamäti počíta požiadavky z jednotlivých IP adries a tieto adresy nikdy nezapisuje. Žiadne sledovanie, žiadne reklamné ani analytické súbory cookie, nič sa nenačítava z iných stránok.
privacy-basis-title = Prečo a na akom právnom základe
privacy-basis-consent = Vaše hlásenie posielame len inštitúciám, ktoré označíte, pretože nás o to žiadate: na základe vášho súhlasu (čl. 6 ods. 1 písm. a) GDPR). Ak hlásenie uvádza vaše zdravie alebo iné osobitné kategórie osobných údajov, jeho odoslanie sa zakladá na vašom výslovnom súhlase (čl. 9 ods. 2 písm. a)).
privacy-basis-withdraw = Súhlas môžete kedykoľvek odvolať (čl. 7 ods. 3) tak, že hlásenie vezmete späť na jeho stránke so stavom. To sa nedotkne toho, čo už bolo odoslané predtým.
privacy-recipients-title = Kto ho dostane
privacy-recipients = Len inštitúcie, ktoré vo formulári označíte, napríklad váš národný CSIRT, polícia alebo úrad na ochranu osobných údajov. Každá z nich zodpovedá za kópiu, ktorú dostane, podľa vlastných pravidiel a vlastných informácií o ochrane osobných údajov.
privacy-channels = Na tomto portáli sa hlásenia posielajú:
privacy-channels-none = Na tomto portáli zatiaľ nie je nastavený žiadny kanál doručovania: hlásenia sa uložia a čakajú, čo uvádza aj ich stránka so stavom.
privacy-channel-email = e-mailom
privacy-channel-webhook = šifrovaným a podpísaným spojením priamo do systému inštitúcie
privacy-channel-ticketing = do systému inštitúcie na správu prípadov (RT, MISP alebo TheHive)
privacy-channel-file = do priečinka, ktorý prevádzkovateľ odovzdá inštitúcii
privacy-notices = Ak o to požiadate, pošleme vám e-mail, keď inštitúcia aktualizuje vaše hlásenie alebo vám položí otázku. E-mail obsahuje len referenčné číslo a odkazy, nič z hlásenia.
privacy-retention-title = Ako dlho
privacy-retention = Váš opis, kontaktné údaje, zoznam dôkazov a správy týkajúce sa hlásenia vymažeme { $days ->
        [one] { $days } deň
        [few] { $days } dni
       *[other] { $days } dní
    } po tom, ako ho všetky inštitúcie vybavia (potvrdia prijatie, uzavrú prípad alebo sa ich nepodarí zastihnúť), a v každom prípade { $max ->
        [one] { $max } deň
        [few] { $max } dni
       *[other] { $max } dní
    } po jeho odoslaní.
privacy-retention-withdraw = Okamžite ich môžete dať vymazať tak, že hlásenie vezmete späť:
privacy-retention-remains = Čo zostane potom, vás nemôže identifikovať: krajina, druh incidentu, kto hlásenie podal (osoba, firma…), dátumy a či jednotlivé doručenia prebehli úspešne. Z týchto údajov sa počíta otvorená štatistika:
privacy-rights-title = Vaše práva
privacy-rights = Máte právo na prístup k svojim údajom (čl. 15 GDPR), na ich opravu (čl. 16) alebo vymazanie (čl. 17), na obmedzenie ich spracúvania (čl. 18), na ich získanie v strojovo čitateľnom formáte (čl. 20) a právo namietať (čl. 21).
privacy-rights-how = S referenčným číslom a súkromným kódom stavu si na stránke so stavom môžete sami pozrieť svoje hlásenie, stiahnuť ho vo formáte JSON a vziať ho späť. So všetkým ostatným sa obráťte na kontakt uvedený vyššie.
privacy-complaint = Môžete tiež podať sťažnosť dozornému orgánu pre ochranu osobných údajov (čl. 77 GDPR), najmä v krajine, kde žijete alebo pracujete.
privacy-complaint-link = Ich zoznam zverejňuje Európsky výbor pre ochranu údajov.
privacy-generated = Tieto informácie sa pri každom zobrazení generujú z nastavení portálu. Zdroj:
privacy-source-gdpr = nariadenie (EÚ) 2016/679 (všeobecné nariadenie o ochrane údajov, GDPR)

## Accessibility statement (/accessibility), on the model of Implementing Decision (EU) 2018/1523
a11y-title = Vyhlásenie o prístupnosti
a11y-intro = { $operator } chce, aby tento portál mohol používať každý, ako to vyžaduje smernica (EÚ) 2016/2102 o prístupnosti webových sídel a mobilných aplikácií subjektov verejného sektora. Toto vyhlásenie o prístupnosti sa vzťahuje na toto webové sídlo.
a11y-intro-unnamed = Prevádzkovateľ tohto portálu chce, aby ho mohol používať každý, ako to vyžaduje smernica (EÚ) 2016/2102 o prístupnosti webových sídel a mobilných aplikácií subjektov verejného sektora. Toto vyhlásenie o prístupnosti sa vzťahuje na toto webové sídlo.
a11y-status-title = Stav súladu
a11y-status = Toto webové sídlo je v čiastočnom súlade s normou EN 301 549 V3.2.1, európskou normou, ktorá zahŕňa WCAG 2.1 na úrovni AA, vzhľadom na nedostatky uvedené nižšie.
a11y-gaps-title = Neprístupný obsah
a11y-gaps-lead = Nasledujúci obsah zatiaľ nie je úplne prístupný:
a11y-gap-unaudited = Zatiaľ sa neuskutočnil žiadny manuálny audit ani test s ľuďmi, ktorí používajú čítačky obrazovky alebo iné asistenčné technológie. Môžu pretrvávať problémy, ktoré automatické kontroly nedokážu odhaliť.
a11y-gap-chart = Graf na stránke so štatistikou má na úzkych obrazovkách malé popisy. Rovnaké čísla sú v tabuľkách vedľa neho.
a11y-out-of-scope = Odkazy vedú na webové sídla úradov a iných inštitúcií; za ich prístupnosť zodpovedajú ony samy.
a11y-prep-title = Vypracovanie tohto vyhlásenia o prístupnosti
a11y-prep = Toto vyhlásenie bolo vypracované a naposledy preskúmané { $date }.
a11y-method = Metóda: samohodnotenie. Automatické testy (axe-core) kontrolujú hlavné stránky podľa WCAG 2.1 na úrovniach A a AA, vo svetlých aj tmavých farbách, so zapnutým aj vypnutým JavaScriptom; pri každej stránke sa kontroluje, či sa vo všetkých 24 jazykoch zmestí na obrazovku širokú 320 pixelov; každá stránka funguje aj bez JavaScriptu.
a11y-feedback-title = Spätná väzba a kontaktné informácie
a11y-feedback = Ak sa vám niečo na tomto webovom sídle používa ťažko alebo potrebujete jeho obsah v inej podobe, dajte nám vedieť:
a11y-feedback-none = Tento portál zatiaľ neuvádza kontakt pre otázky prístupnosti.
a11y-enforcement-title = Postup presadzovania
a11y-enforcement = Ak nie ste spokojní s našou odpoveďou na vašu spätnú väzbu alebo žiadosť, môžete sa obrátiť na vnútroštátny orgán, ktorý presadzuje dodržiavanie smernice o prístupnosti webových sídel:
a11y-enforcement-none = Tento portál zatiaľ neuvádza svoj vnútroštátny orgán presadzovania. Opýtajte sa prevádzkovateľa, o ktorý orgán ide.
a11y-sources = Zdroje:
a11y-source-wad = smernica (EÚ) 2016/2102, článok 7
a11y-source-model = vykonávacie rozhodnutie Komisie (EÚ) 2018/1523 (vzorové vyhlásenie o prístupnosti)
