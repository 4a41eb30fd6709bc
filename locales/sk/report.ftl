## Report form

report-title = Nahlásiť incident
report-lead = Povinné sú štyri otázky, všetko ostatné je nepovinné. Skôr ako čokoľvek odošleme, ukážeme vám, kto vaše hlásenie dostane, a rozhodnete sa sami.
report-never-ask = Nikdy od vás nebudeme chcieť heslá, platbu ani prístup k vášmu zariadeniu. Nepíšte do tohto formulára žiadne heslá.
report-required-note = Polia označené * sú povinné.
report-section-who = O vás
report-section-what = Čo sa stalo
report-section-money = Peniaze a údaje
report-section-contact = Ako vás zastihnúť
report-field-country = Krajina, kde žijete alebo kde sídli vaša organizácia *
report-field-country-choose = Vyberte krajinu
report-field-country-other = Iná krajina
report-field-victim = Kto ste? *
report-victim-citizen = Súkromná osoba
report-victim-business = Firma alebo organizácia
report-victim-essential-entity = Základný subjekt podľa NIS2 (napr. energetika, doprava, zdravotníctvo, pitná voda, digitálna infraštruktúra)
report-victim-important-entity = Dôležitý subjekt podľa NIS2 (napr. poštové služby, odpady, chemické látky, potraviny, výroba, poskytovatelia digitálnych služieb)
report-field-incident = Čo sa stalo? *
report-field-incident-choose = Vyberte, čo sa stalo
report-incident-unknown = Neviem
report-field-description = Opíšte vlastnými slovami, čo sa stalo *
report-field-description-hint = Čo ste videli, čo ste urobili a čo sa stalo potom. Aspoň 10 znakov.
report-field-started = Kedy sa to začalo? (nepovinné)
report-field-aware = Kedy ste si to všimli? (nepovinné; zákonné lehoty plynú od tohto okamihu)
report-field-dates-hint = Miestny čas v krajine, ktorú ste vybrali vyššie. Ak to neviete, nechajte pole prázdne.
report-field-ongoing = Stále to pokračuje
report-field-money-lost = Došlo k strate peňazí alebo k prezradeniu údajov o karte či bankovom účte
report-field-amount = Stratená suma (nepovinné)
report-field-currency = Mena
report-field-personal-data = Ide o osobné údaje iných ľudí (zákazníkov, zamestnancov, pacientov)
report-field-minor = Týka sa to dieťaťa alebo dospievajúceho
report-field-cross-border = Predajca alebo druhá osoba je v inej krajine
report-field-email = E-mail (nepovinné)
report-field-phone = Telefón (nepovinné)
report-field-anonymous = Nahlásiť anonymne (bez kontaktných údajov)
report-contact-hint = Kontakt uveďte, len ak súhlasíte, že vás zvolené úrady môžu kontaktovať.
report-evidence-title = Dôkazy, ktoré si uschovávate (nepovinné)
report-evidence-body = Uveďte, čo si uschovávate: snímky obrazovky, správy, e-maily uložené ako súbory, bankové výpisy, listy. Súbory sa nikam nenahrávajú: zostávajú u vás, kým si ich nevyžiada polícia alebo CSIRT. Nikdy neuvádzajte heslá ani kódy.
report-evidence-guide = Čo si pri tomto druhu incidentu uschovať a ako
report-evidence-name = Názov súboru alebo čo to je
report-evidence-note = Vaša poznámka (kde to je, čo to ukazuje)
report-evidence-pick = Pridať súbory z tohto zariadenia
report-evidence-pick-hint = Do zoznamu sa pridá názov, veľkosť, dátum a digitálny odtlačok SHA-256 každého súboru. Súbory sa čítajú len vo vašom zariadení a nikdy sa nikam nenahrávajú. Vďaka odtlačku môže ktokoľvek neskôr overiť, či je súbor presne ten, ktorý ste uviedli v zozname.
report-evidence-working = Počíta sa odtlačok súboru { $name }…
report-evidence-done = Súbor { $name } bol pridaný aj s odtlačkom. Súbor zostáva vo vašom zariadení.
report-evidence-too-large = Súbor { $name } je väčší ako { $size }, preto bol pridaný bez odtlačku. Odtlačok si môžete vypočítať na počítači: sha256sum v Linuxe, shasum -a 256 v macOS, certutil -hashfile s parametrom SHA256 vo Windows.
report-evidence-unavailable = Tento prehliadač nemôže na tejto stránke vypočítať odtlačky; súbor bol pridaný len s názvom, veľkosťou a dátumom.
report-evidence-full = Zoznam je plný ({ $max } položiek).
report-honeypot = Toto pole nechajte prázdne
report-preview-button = Ukázať, kto dostane moje hlásenie
report-send-button = Odoslať hlásenie
report-edit-hint = Svoje odpovede vyššie môžete ešte zmeniť a príjemcov si znova zobraziť.
report-preview-title = Kto by mal dostať vaše hlásenie
report-preview-lead = V tomto poradí. Označte inštitúcie, ktorým máme vaše hlásenie poslať; ostatné kroky sa oplatí urobiť sami.
report-preview-uncovered = Pre túto krajinu zatiaľ nemáme kontaktné miesta.
report-consent = Poslať moje hlásenie teraz: { $name }
report-consent-unavailable = Nemôžeme ho poslať za vás: obráťte sa na nich priamo.
report-deadline = Zákonná lehota: do { $hours } hodín
report-deadline-at = najneskôr { $date }
report-legal-basis = Právny základ: { $basis }
report-contact-website = Web
report-contact-form = Online formulár
report-contact-email = E-mail
report-contact-phone = Telefón
report-contact-source = Zdroj
report-contact-unverified = Overte si tento kanál na webe úradu: nepodarilo sa nám ho potvrdiť z oficiálneho zdroja.
report-step-bank = Vaša banka alebo linka na blokovanie kariet
report-step-police = Polícia
report-step-csirt = CSIRT (národný tím pre riešenie počítačových bezpečnostných incidentov)
report-step-dpa = Úrad na ochranu osobných údajov
report-step-consumer = Spotrebiteľské centrum alebo úrad na ochranu spotrebiteľa
report-step-regulator = Príslušný orgán
report-step-helpline = Linka pomoci
report-step-platform = Dotknutá služba alebo platforma
report-no-contact = Použite číslo na zadnej strane karty alebo oficiálnu aplikáciu či web svojej banky.
report-errors-title = Skontrolujte, prosím, tieto odpovede
report-error-country-required = Vyberte krajinu.
report-error-country-invalid = Vyberte krajinu zo zoznamu.
report-error-victim-required = Povedzte nám, kto ste.
report-error-incident-required = Povedzte nám, čo sa stalo, alebo zvoľte „Neviem“.
report-error-invalid-choice = Zvoľte jednu z možností.
report-error-description-required = Opíšte, čo sa stalo.
report-error-description-short = Napíšte, prosím, trochu viac (aspoň 10 znakov).
report-error-description-long = Skráťte, prosím, opis na 5000 znakov.
report-error-control-chars = Odstráňte z tohto poľa neviditeľné riadiace znaky.
report-error-evidence-too-many = Uveďte najviac 50 dôkazov.
report-error-evidence-too-long = Názov alebo poznámka v zozname dôkazov je príliš dlhá: názov môže mať najviac 255 znakov a poznámka 500.
report-error-evidence-invalid = Jedna položka v zozname dôkazov má neplatnú veľkosť, dátum alebo odtlačok. Odstráňte ju a pridajte súbor znova.
report-error-date-invalid = Zadajte dátum v tvare 2026-11-29 alebo nechajte pole prázdne.
report-error-date-future = Tento dátum je v budúcnosti.
report-error-aware-before-start = Nemohli ste si to všimnúť skôr, ako sa to začalo.
report-error-amount-invalid = Zadajte sumu v tvare 250 alebo 250,50.
report-error-currency-invalid = Vyberte menu.
report-error-email-invalid = Zadajte e-mailovú adresu v tvare meno@example.org alebo nechajte pole prázdne.
report-error-phone-invalid = Zadajte telefónne číslo so 6 až 20 číslicami alebo nechajte pole prázdne.
report-error-anonymous-with-contact = Zvolili ste anonymné hlásenie: vymažte kontaktné údaje alebo zrušte označenie „Nahlásiť anonymne“.
report-error-bad-request = Odoslané údaje sa nám nepodarilo prečítať. Vráťte sa, prosím, späť a skúste to znova.
report-error-no-recipient = Nič sa neodoslalo: neoznačili ste žiadneho príjemcu. Označte nižšie aspoň jedného alebo si hlásenie ponechajte len pre vlastnú potrebu.
report-record-button = Ponechať len pre vlastnú potrebu (nič neodoslať)
report-draft-sent = Toto hlásenie už bolo odoslané. Jeho referenčné číslo je { $reference }.
report-draft-receipt = Zobraziť potvrdenie
report-draft-new = Začať nové hlásenie
report-draft-expired = Platnosť tejto stránky vypršala: v záujme ochrany vášho súkromia uchovávame to, čo ste vyplnili, najviac 2 hodiny od posledného zobrazenia príjemcov. Vyplňte, prosím, formulár znova.
report-step-later-duty = Až neskôr: toto hlásenie pošlete sami, keď bude na rade, a uvediete svoje referenčné číslo. My ho teraz neodosielame.
report-step-clocks = Zákonné lehoty pre tohto príjemcu
report-error-rate-limited = Z vášho pripojenia prišlo v krátkom čase priveľa hlásení. Počkajte, prosím, minútu a skúste to znova.

## Receipt and status

receipt-title = Vaše hlásenie sme prijali
receipt-title-record = Ponechané len pre vašu potrebu: nič sa neodoslalo
receipt-record-lead = Toto hlásenie nikto nedostal. Ak chcete incident nahlásiť, obráťte sa sami na inštitúcie uvedené nižšie a využite to, čo ste napísali na tejto stránke.
receipt-reference = Vaše referenčné číslo
receipt-reference-hint = Zapíšte si ho alebo si túto stránku vytlačte. Uveďte ho, keď sa vás úrad na hlásenie opýta.
receipt-token = Váš súkromný kód stavu
receipt-token-hint = Spolu s referenčným číslom vám tento kód umožní zistiť stav hlásenia. Nikomu ho neprezrádzajte.
receipt-received = Prijaté { $date }
receipt-steps = Čo bude ďalej
receipt-state-queued = Čaká na odoslanie
receipt-state-sent = Odoslané
receipt-state-acknowledged = Potvrdené príjemcom
receipt-state-failed = Nepodarilo sa doručiť
receipt-state-not-sent = Neodoslali sme ho: obráťte sa na nich sami
receipt-download-json = Stiahnuť kópiu (JSON)
receipt-print = Vytlačiť túto stránku
receipt-status-link = Stránka so stavom
receipt-your-report = Čo ste nahlásili
receipt-manual-title = Nedoručené automaticky
receipt-manual-deadline = Aby ste dodržali zákonnú lehotu, nahláste im to sami najneskôr { $date } niektorým z kanálov uvedených nižšie a uveďte svoje referenčné číslo.
receipt-manual-act = Obráťte sa na nich sami niektorým z kanálov uvedených nižšie a uveďte svoje referenčné číslo.
receipt-manual-deadline-find = Aby ste dodržali zákonnú lehotu, nahláste im to sami najneskôr { $date }. Pre túto inštitúciu nemáme potvrdený kanál: nájdite ho na jej oficiálnom webe a uveďte svoje referenčné číslo.
receipt-manual-find = Pre túto inštitúciu nemáme potvrdený kanál: nájdite ho na jej oficiálnom webe, obráťte sa na ňu sami a uveďte svoje referenčné číslo.
receipt-manual-not-chosen = Nepožiadali ste nás, aby sme im ho poslali.
receipt-manual-no-channel = Nemáme žiadny spôsob, ako im ho za vás poslať.
receipt-private-title = Uchovajte v tajnosti
receipt-print-hint = Na vytlačenej stránke sa váš súkromný kód stavu nezobrazí.
receipt-flags = Ďalej ste uviedli
receipt-evidence = Dôkazy, ktoré si uschovávate
receipt-evidence-hint = Súbory sa neodoslali; uschovajte si ich bez zmien. Súbor, ktorého odtlačok SHA-256 sa stále zhoduje, je presne ten, ktorý ste uviedli v zozname.
receipt-evidence-modified = posledná zmena: { $date }
receipt-zone-hint = Časy sú uvedené v časovom pásme { $zone }; v UTC: { $utc }.
status-title = Stav vášho hlásenia
status-lead = Zadajte referenčné číslo a súkromný kód stavu z potvrdenia. Účet nepotrebujete.
status-field-reference = Referenčné číslo
status-field-token = Súkromný kód stavu
status-submit = Zobraziť stav
status-not-found = Hlásenie s týmto referenčným číslom a kódom sme nenašli. Skontrolujte oboje a skúste to znova.

## Delivery: status notes on the receipt, and the recipients' confirmation page
receipt-note-waiting-setup = Tento portál ešte nie je nastavený na odosielanie hlásení tomuto príjemcovi. Vaše hlásenie je uložené a bude odoslané, keď to bude možné; môžete ich kontaktovať aj sami.
receipt-note-retrying = Odoslanie sa zatiaľ nepodarilo. Skúšame to automaticky znova.
receipt-note-failed = Kontaktujte ich, prosím, sami a uveďte svoje číslo hlásenia.
delivery-ack-title = Potvrdenie prijatia
delivery-ack-intro = Potvrďte, prosím, že vaša organizácia prijala hlásenie { $reference }. Oznamovateľ to uvidí na svojej stránke stavu.
delivery-ack-button = Potvrdiť prijatie
delivery-ack-done = Ďakujeme. Prijatie hlásenia { $reference } je potvrdené.
delivery-ack-invalid = Tento potvrdzovací odkaz nie je platný. Použite odkaz z e-mailu presne tak, ako bol odoslaný.
delivery-status-title = Informujte oznamovateľa o stave hlásenia
delivery-status-lead = Oznamovateľ uvidí vašu aktualizáciu na svojej stránke stavu spolu s vaším číslom prípadu a správou. Píšte obyčajný text; neuvádzajte osobné údaje iných osôb.
delivery-status-state = Stav
delivery-status-reference = Vaše číslo prípadu (nepovinné)
delivery-status-outcome = Výsledok (nepovinné)
delivery-status-message = Správa pre oznamovateľa (nepovinné, najviac 2000 znakov)
delivery-status-button = Odoslať aktualizáciu
delivery-status-done = Ďakujeme. Vaša aktualizácia k hláseniu { $reference } je zaznamenaná; oznamovateľ ju uvidí na svojej stránke stavu.
delivery-status-back = Späť na formulár
delivery-status-error-unknown-state = Vyberte jeden zo stavov v zozname.
delivery-status-error-unknown-outcome = Vyberte jeden z výsledkov v zozname alebo žiadny.
delivery-status-error-message-too-long = Správa je príliš dlhá: najviac 2000 znakov.
delivery-status-error-field-too-long = Číslo prípadu je príliš dlhé: najviac 100 znakov.
delivery-status-error-control-characters = Odstráňte neviditeľné riadiace znaky z čísla prípadu alebo zo správy.
delivery-status-error-state-backwards = Toto hlásenie je už v neskoršom stave; stav sa nedá vrátiť späť.
delivery-status-error-not-delivered = Toto hlásenie vám nebolo doručené, takže nie je čo aktualizovať.
delivery-status-error-unknown-delivery = Tento odkaz nie je platný. Použite odkaz z e-mailu presne tak, ako bol odoslaný.
recipient-state-received = Prijaté príjemcom
recipient-state-in-progress = Príjemca ho rieši
recipient-state-closed = Uzavreté príjemcom
recipient-outcome-advice-given = Poskytnuté poradenstvo
recipient-outcome-case-opened = Bol otvorený prípad
recipient-outcome-referred-elsewhere = Postúpené inej inštitúcii
recipient-outcome-no-action-possible = Nie je možné prijať žiadne opatrenia
recipient-their-reference = ich číslo prípadu { $reference }
recipient-updates = Čo vám príjemca oznámil

## Questions that decide whom to tell (shown after the preview when they change the answer)

report-victim-public-body = Verejná inštitúcia (napríklad obec alebo škola)
report-section-more = Ešte niekoľko otázok: od vašich odpovedí závisí, koho musíte informovať
report-field-region = Región
report-field-region-choose = Vyberte svoj región
report-field-sector = Odvetvie vašej organizácie
report-field-sector-hint = Subjekty podľa NIS2 musia odvetvie vybrať; banky a iné finančné subjekty podávajú hlásenia podľa DORA.
report-field-sector-none = Moje odvetvie tu nie je / neviem
report-sector-energy = Energetika
report-sector-transport = Doprava
report-sector-banking = Bankovníctvo
report-sector-financial-market-infrastructure = Infraštruktúry finančného trhu
report-sector-health = Zdravotníctvo
report-sector-drinking-water = Pitná voda
report-sector-waste-water = Odpadová voda
report-sector-digital-infrastructure = Digitálna infraštruktúra
report-sector-ict-service-management = Riadenie služieb IKT (riadené služby)
report-sector-public-administration = Verejná správa
report-sector-space = Vesmír
report-sector-postal-courier = Poštové a kuriérske služby
report-sector-waste-management = Odpadové hospodárstvo
report-sector-chemicals = Chemické látky
report-sector-food = Potraviny
report-sector-manufacturing = Výroba
report-sector-digital-providers = Poskytovatelia digitálnych služieb (online trhoviská, internetové vyhľadávače, sociálne siete)
report-sector-research = Výskum
report-sector-trust-services = Dôveryhodné služby (elektronické podpisy, pečate, časové pečiatky)
report-field-role = Vo vzťahu k dotknutým osobným údajom je vaša organizácia
report-role-controller = prevádzkovateľ: rozhoduje, prečo a ako sa údaje používajú
report-role-processor = sprostredkovateľ: spracúva údaje pre inú organizáciu
report-role-unsure = neviem
report-field-device-encrypted = Disk strateného zariadenia bol silno šifrovaný a heslo alebo kľúč sú v bezpečí
report-field-payment = Ako peniaze odišli?
report-payment-card = Kartou
report-payment-transfer = Bankovým prevodom
report-payment-instant = Okamžitou platbou alebo cez platobnú aplikáciu
report-payment-crypto = V kryptomenách
report-payment-cash = V hotovosti, poukážkami alebo darčekovými kartami
report-payment-none = Žiadne peniaze neodišli
report-field-payment-recent = Pred menej ako 24 hodinami
report-field-self-approved = Platbu som schválil(a) ja (napríklad počas hovoru s falošným pracovníkom banky)
report-error-region-invalid = Vyberte región krajiny, ktorú ste zvolili.
report-error-sector-required = Vyberte odvetvie svojej organizácie: závisia od neho povinnosti podľa NIS2.
report-error-role-citizen = Súkromná osoba nemôže byť sprostredkovateľom: zvoľte „neviem“.
report-step-controller = Organizácia, pre ktorú údaje spracúvate (prevádzkovateľ)
report-step-optional = Nepovinné
report-deadline-after-hours = Zákonná lehota: do { $hours ->
    [one] { $hours } hodiny
    [few] { $hours } hodín
    [many] { $hours } hodiny
   *[other] { $hours } hodín
} od vášho predchádzajúceho oznámenia
report-deadline-after-months = Zákonná lehota: do { $months ->
    [one] jedného mesiaca
    [few] { $months } mesiacov
    [many] { $months } mesiaca
   *[other] { $months } mesiacov
} od vášho predchádzajúceho oznámenia
report-deadline-undue-delay = Zákonná povinnosť: bez zbytočného odkladu
report-needs-region = Závisí to od vášho regiónu: vyberte ho vyššie a znova si zobrazte príjemcov. Ide o tieto inštitúcie:
report-alternatives = Obrátiť sa môžete aj na:
report-field-notify = Upozorniť ma e-mailom, keď príjemca aktualizuje stav môjho hlásenia alebo mi položí otázku
report-notify-hint = E-mail vám len oznámi, že je niečo nové, a uvedie vaše referenčné číslo a odkaz na vašu stránku stavu; nikdy neobsahuje vaše hlásenie ani správu od príjemcu. Na ich prečítanie potrebujete svoj súkromný kód stavu.
report-error-notify-without-email = Ak chcete dostávať e-maily o novinkách, uveďte svoju e-mailovú adresu (a nepodávajte hlásenie anonymne) alebo zrušte označenie tohto políčka.
delivery-question-title = Položte otázku oznamovateľovi
delivery-question-lead = Oznamovateľ uvidí vašu otázku na svojej stránke stavu a môže na ňu tam odpovedať; odpoveď vám príde rovnakou cestou ako toto hlásenie. Píšte obyčajný text; pýtajte sa len na to, čo k prípadu potrebujete.
delivery-question-label = Vaša otázka (najviac 2000 znakov)
delivery-question-button = Odoslať otázku
delivery-question-done = Ďakujeme. Vaša otázka k hláseniu { $reference } je zaznamenaná; oznamovateľ ju uvidí na svojej stránke stavu.
followup-error-empty = Najprv napíšte text: pole je prázdne.
followup-error-too-long = Text je príliš dlhý: otázka môže mať najviac 2000 znakov a odpoveď 4000.
followup-error-field-too-long = Identifikátor otázky je príliš dlhý: najviac 100 znakov.
followup-error-control-characters = Odstráňte z textu neviditeľné riadiace znaky.
followup-error-thread-closed = Príjemca tento prípad uzavrel, takže k nemu už nemožno posielať otázky ani odpovede. Ak ešte niečo zostáva nevyriešené, obráťte sa priamo na príjemcu.
followup-error-already-answered = Na túto otázku už existuje iná odpoveď. Váš text je zobrazený nižšie, aby ste oň neprišli.
followup-error-not-delivered = Toto hlásenie vám nebolo doručené, takže sa zatiaľ nemáte koho opýtať.
followup-error-unknown = K tomuto referenčnému číslu a súkromnému kódu stavu sme túto otázku nenašli. Skontrolujte oboje a znova otvorte svoju stránku stavu.
status-questions-title = Otázky pre vás
status-questions-lead = Príjemca vášho hlásenia sa vás na niečo pýta. Vaša odpoveď pôjde len príjemcovi, ktorý sa pýtal, a to rovnakým kanálom ako vaše hlásenie.
status-questions-from = Pýta sa: { $name }
status-question-asked = Položené { $date }
status-answer-label = Vaša odpoveď
status-answer-hint = Obyčajný text, najviac 4000 znakov. Na každú otázku môžete odpovedať len raz.
status-answer-hint-anonymous = Hlásenie ste podali anonymne: vaša odpoveď sa odošle bez vášho mena a kontaktných údajov. Nepíšte ich do nej, ak nechcete, aby ich príjemca poznal.
status-answer-button = Odoslať moju odpoveď
status-answer-yours = Vaša odpoveď z { $date }
status-answer-state-queued = Čaká na odoslanie
status-answer-state-sent = Odoslané príjemcovi
status-answer-state-failed = Nepodarilo sa odoslať. Obráťte sa priamo na príjemcu a uveďte svoje referenčné číslo.
status-answered-notice = Vašu odpoveď sme prijali. Pôjde príjemcovi, ktorý sa pýtal; jej stav je uvedený pod otázkou.
status-thread-closed = Príjemca svoj prípad uzavrel: odpovede sa už neprijímajú.
status-answer-error-title = Vaša odpoveď nebola odoslaná
status-answer-back = Späť na vašu stránku stavu
notice-email-subject = Nové informácie k vášmu hláseniu { $reference }
notice-email-body = Dobrý deň,

    príjemca vášho hlásenia { $reference } poslal aktualizáciu alebo otázku.

    Ak si ju chcete prečítať, otvorte svoju stránku stavu a zadajte súkromný kód stavu z potvrdenia:
    { $status_url }

    Z bezpečnostných dôvodov tento e-mail neobsahuje nič z vášho hlásenia. Nikdy od vás nežiadame heslá, kódy ani platby. Ak si chcete overiť, že tento e-mail naozaj pochádza od nás, zadajte tu svoje referenčné číslo:
    { $verify_url }

    Tento e-mail dostávate, pretože ste požiadali o upozornenia na novinky k svojmu hláseniu.

## Withdrawal and retention (issue 19)
receipt-state-withdrawn = Vzaté späť pred odoslaním
delivery-status-error-withdrawn = Oznamovateľ toto hlásenie vzal späť. Nič ďalšie sa k nemu už nedá zaznamenať; na kópiu, ktorú ste dostali, uplatnite vlastné pravidlá pre hlásenia vzaté späť.
status-withdraw-title = Vziať toto hlásenie späť
status-withdraw-lead = Ak hlásenie vezmete späť, z tohto portálu sa okamžite vymaže váš opis, vaše kontaktné údaje, váš zoznam dôkazov a správy týkajúce sa tohto hlásenia. Každá inštitúcia, ktorá hlásenie dostala, o tom dostane oznámenie rovnakým kanálom. Tento krok sa nedá vrátiť.
status-withdraw-keep = Inštitúcia, ktorá už hlásenie dostala, si ponechá vlastnú kópiu podľa svojich pravidiel: polícia napríklad môže mať zo zákona povinnosť trestné oznámenie uchovať. Ak chcete, aby inštitúcia svoju kópiu vymazala, obráťte sa na ňu priamo a uveďte svoje referenčné číslo.
status-withdraw-confirm = Beriem na vedomie, že späťvzatie sa nedá vrátiť
status-withdraw-button = Vziať moje hlásenie späť
status-withdraw-error-confirm = Začiarknutím políčka potvrďte, že chcete hlásenie vziať späť.
status-withdrawn-title = Hlásenie vzaté späť
status-withdrawn-done = Vaše hlásenie bolo vzaté späť.
status-withdrawn-notice = Toto hlásenie ste vzali späť { $date }. Jeho osobné údaje boli z tohto portálu vymazané.
status-withdrawn-told = { $count ->
    [0] Nedostala ho žiadna inštitúcia, takže netreba nikoho informovať.
    [one] Jedinú inštitúciu, ktorá ho dostala, informujeme jej vlastným kanálom.
    [few] Všetky { $count } inštitúcie, ktoré ho dostali, informujeme, každú jej vlastným kanálom.
   *[other] Všetkých { $count } inštitúcií, ktoré ho dostali, informujeme, každú jej vlastným kanálom.
}
status-withdrawal-notice = Oznámenie o späťvzatí:
status-purged-notice = Osobné údaje tohto hlásenia (váš opis, kontaktné údaje, zoznam dôkazov a správy, ktoré sa ho týkajú) boli vymazané { $date }, ako sa uvádza v informáciách o ochrane osobných údajov. Čo zostalo, je uvedené nižšie.
report-privacy-before = Vaše hlásenie dostanú len inštitúcie, ktoré označíte. Čo uchovávame, ako dlho a aké máte práva:
report-privacy-link = informácie o ochrane osobných údajov
