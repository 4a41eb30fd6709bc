## Report form

report-title = Nahlásit incident
report-lead = Povinné jsou čtyři otázky, vše ostatní je nepovinné. Než cokoli odešleme, ukážeme vám, kdo vaše hlášení dostane, a rozhodnete se sami.
report-never-ask = Nikdy po vás nebudeme chtít hesla, platbu ani přístup k vašemu zařízení. Nepište do tohoto formuláře žádná hesla.
report-required-note = Pole označená * jsou povinná.
report-section-who = O vás
report-section-what = Co se stalo
report-section-money = Peníze a údaje
report-section-contact = Jak vás zastihnout
report-field-country = Země, kde žijete nebo kde sídlí vaše organizace *
report-field-country-choose = Vyberte zemi
report-field-country-other = Jiná země
report-field-victim = Kdo jste? *
report-victim-citizen = Soukromá osoba
report-victim-business = Firma nebo organizace
report-victim-essential-entity = Základní subjekt podle NIS2 (např. energetika, doprava, zdravotnictví, pitná voda, digitální infrastruktura)
report-victim-important-entity = Důležitý subjekt podle NIS2 (např. poštovní služby, odpady, chemické látky, potraviny, výroba, poskytovatelé digitálních služeb)
report-field-incident = Co se stalo? *
report-field-incident-choose = Vyberte, co se stalo
report-incident-unknown = Nevím
report-field-description = Popište vlastními slovy, co se stalo *
report-field-description-hint = Co jste viděli, co jste udělali a co se stalo potom. Alespoň 10 znaků.
report-field-started = Kdy to začalo? (nepovinné)
report-field-aware = Kdy jste si toho všimli? (nepovinné; zákonné lhůty běží od tohoto okamžiku)
report-field-dates-hint = Místní čas v zemi, kterou jste vybrali výše. Pokud to nevíte, nechte pole prázdné.
report-field-ongoing = Stále to probíhá
report-field-money-lost = Došlo ke ztrátě peněz nebo k prozrazení údajů o kartě či bankovním účtu
report-field-amount = Ztracená částka (nepovinné)
report-field-currency = Měna
report-field-personal-data = Jde o osobní údaje jiných lidí (zákazníků, zaměstnanců, pacientů)
report-field-minor = Týká se to dítěte nebo dospívajícího
report-field-cross-border = Prodejce nebo druhá osoba je v jiné zemi
report-field-email = E-mail (nepovinné)
report-field-phone = Telefon (nepovinné)
report-field-anonymous = Nahlásit anonymně (bez kontaktních údajů)
report-contact-hint = Kontakt uveďte, jen pokud souhlasíte, že vás zvolené úřady mohou kontaktovat.
report-evidence-title = Důkazy, které si uchováváte (nepovinné)
report-evidence-body = Vypište, co si uchováváte: snímky obrazovky, zprávy, e-maily uložené jako soubory, výpisy z účtu, dopisy. Nic se nenahrává: soubory zůstávají u vás, dokud si je nevyžádá policie nebo CSIRT. Nikdy neuvádějte hesla ani kódy.
report-evidence-guide = Co si při tomto druhu incidentu uchovat a jak
report-evidence-name = Název souboru nebo co to je
report-evidence-note = Vaše poznámka (kde to je, co to ukazuje)
report-evidence-pick = Přidat soubory z tohoto zařízení
report-evidence-pick-hint = Do seznamu se přidá název, velikost, datum a digitální otisk (SHA-256) každého souboru. Soubory se čtou jen ve vašem zařízení a nikdy se nenahrávají. Podle otisku může kdokoli později ověřit, že jde přesně o ten soubor, který jste uvedli.
report-evidence-working = Počítá se digitální otisk souboru { $name }…
report-evidence-done = Soubor { $name } byl přidán i s digitálním otiskem. Zůstává ve vašem zařízení.
report-evidence-too-large = Soubor { $name } je větší než { $size }, proto byl přidán bez digitálního otisku. Otisk můžete spočítat na počítači: v Linuxu příkazem sha256sum, v macOS příkazem shasum -a 256, ve Windows příkazem certutil -hashfile s parametrem SHA256.
report-evidence-unavailable = Tento prohlížeč na této stránce neumí počítat digitální otisky; soubor byl přidán jen s názvem, velikostí a datem.
report-evidence-full = Seznam je plný (nejvýše { $max } položek).
report-honeypot = Toto pole nechte prázdné
report-preview-button = Ukázat, kdo moje hlášení dostane
report-send-button = Odeslat hlášení
report-edit-hint = Své odpovědi nahoře můžete ještě změnit a příjemce si znovu zobrazit.
report-preview-title = Kdo by měl vaše hlášení dostat
report-preview-lead = V tomto pořadí. Zaškrtněte instituce, kterým máme vaše hlášení poslat; ostatní kroky se vyplatí udělat sami.
report-preview-uncovered = Pro tuto zemi zatím nemáme kontaktní místa.
report-consent = Poslat moje hlášení nyní: { $name }
report-consent-unavailable = Nemůžeme ho poslat za vás: obraťte se na ně přímo.
report-deadline = Zákonná lhůta: do { $hours } hodin
report-deadline-at = nejpozději { $date }
report-legal-basis = Právní základ: { $basis }
report-contact-website = Web
report-contact-form = Online formulář
report-contact-email = E-mail
report-contact-phone = Telefon
report-contact-source = Zdroj
report-contact-unverified = Ověřte si tento kanál na webu úřadu: nepodařilo se nám ho potvrdit z oficiálního zdroje.
report-step-bank = Vaše banka nebo linka pro blokaci karet
report-step-police = Policie
report-step-csirt = CSIRT (národní tým pro reakci na počítačové bezpečnostní incidenty)
report-step-dpa = Úřad pro ochranu osobních údajů
report-step-consumer = Spotřebitelské centrum nebo úřad pro ochranu spotřebitele
report-step-regulator = Příslušný orgán
report-step-helpline = Linka pomoci
report-step-platform = Dotčená služba nebo platforma
report-no-contact = Použijte číslo na zadní straně karty nebo oficiální aplikaci či web své banky.
report-errors-title = Zkontrolujte prosím tyto odpovědi
report-error-country-required = Vyberte zemi.
report-error-country-invalid = Vyberte zemi ze seznamu.
report-error-victim-required = Řekněte nám, kdo jste.
report-error-incident-required = Řekněte nám, co se stalo, nebo zvolte „Nevím“.
report-error-invalid-choice = Zvolte jednu z možností.
report-error-description-required = Popište, co se stalo.
report-error-description-short = Napište prosím trochu víc (alespoň 10 znaků).
report-error-description-long = Zkraťte prosím popis na 5000 znaků.
report-error-control-chars = Odstraňte z tohoto pole neviditelné řídicí znaky.
report-error-evidence-too-many = Uveďte nejvýše 50 důkazů.
report-error-evidence-too-long = V seznamu důkazů je příliš dlouhý název nebo poznámka: název může mít nejvýše 255 znaků, poznámka 500.
report-error-evidence-invalid = Položka v seznamu důkazů má neplatnou velikost, datum nebo digitální otisk. Odstraňte ji a přidejte soubor znovu.
report-error-date-invalid = Zadejte datum ve tvaru 2026-11-29, nebo pole nechte prázdné.
report-error-date-future = Toto datum je v budoucnosti.
report-error-aware-before-start = Nemohli jste si toho všimnout dřív, než to začalo.
report-error-amount-invalid = Zadejte částku ve tvaru 250 nebo 250,50.
report-error-currency-invalid = Vyberte měnu.
report-error-email-invalid = Zadejte e-mailovou adresu ve tvaru jmeno@example.org, nebo pole nechte prázdné.
report-error-phone-invalid = Zadejte telefonní číslo se 6 až 20 číslicemi, nebo pole nechte prázdné.
report-error-anonymous-with-contact = Zvolili jste anonymní hlášení: smažte kontaktní údaje, nebo zrušte zaškrtnutí „Nahlásit anonymně“.
report-error-bad-request = Odeslaná data se nám nepodařilo přečíst. Vraťte se prosím zpět a zkuste to znovu.
report-error-no-recipient = Nic nebylo odesláno: nezaškrtli jste žádného příjemce. Zaškrtněte níže alespoň jednoho, nebo si hlášení ponechte jen jako vlastní záznam.
report-record-button = Ponechat jen jako můj vlastní záznam (nic neodesílat)
report-draft-sent = Toto hlášení už bylo odesláno. Jeho referenční číslo je { $reference }.
report-draft-receipt = Zobrazit potvrzení
report-draft-new = Začít nové hlášení
report-draft-expired = Platnost této stránky vypršela: kvůli ochraně vašeho soukromí uchováváme to, co jste vyplnili, nejvýše 2 hodiny od posledního zobrazení příjemců. Vyplňte prosím formulář znovu.
report-step-later-duty = Až později: toto hlášení pošlete sami, až na něj přijde řada, a uvedete své referenční číslo. My ho teď neodesíláme.
report-step-clocks = Zákonné lhůty pro tohoto příjemce
report-error-rate-limited = Z vašeho připojení přišlo v krátké době příliš mnoho hlášení. Počkejte prosím minutu a zkuste to znovu.

## Receipt and status

receipt-title = Vaše hlášení jsme přijali
receipt-title-record = Uloženo jen jako váš vlastní záznam: nic nebylo odesláno
receipt-record-lead = Toto hlášení nikdo nedostal. Pokud chcete věc nahlásit, obraťte se sami na níže uvedené instituce a použijte to, co jste na této stránce napsali.
receipt-reference = Vaše referenční číslo
receipt-reference-hint = Zapište si ho nebo si tuto stránku vytiskněte. Uveďte ho, když se vás úřad na hlášení zeptá.
receipt-token = Váš soukromý kód stavu
receipt-token-hint = Spolu s referenčním číslem vám tento kód umožní zjistit stav hlášení. Nikomu ho nesdělujte.
receipt-received = Přijato { $date }
receipt-steps = Co se bude dít teď
receipt-state-queued = Čeká na odeslání
receipt-state-sent = Odesláno
receipt-state-acknowledged = Potvrzeno příjemcem
receipt-state-failed = Nepodařilo se doručit
receipt-state-not-sent = Neodesláno námi: obraťte se na ně sami
receipt-download-json = Stáhnout kopii (JSON)
receipt-print = Vytisknout tuto stránku
receipt-status-link = Stránka se stavem
receipt-your-report = Co jste nahlásili
receipt-manual-title = Nedoručeno automaticky
receipt-manual-deadline = Abyste dodrželi zákonnou lhůtu, nahlaste jim to sami nejpozději { $date } některým z níže uvedených kanálů a uveďte své referenční číslo.
receipt-manual-act = Obraťte se na ně sami některým z níže uvedených kanálů a uveďte své referenční číslo.
receipt-manual-deadline-find = Abyste dodrželi zákonnou lhůtu, nahlaste jim to sami nejpozději { $date }. Pro tuto instituci nemáme potvrzený kanál: najděte ho na jejím oficiálním webu a uveďte své referenční číslo.
receipt-manual-find = Pro tuto instituci nemáme potvrzený kanál: najděte ho na jejím oficiálním webu, obraťte se na ni sami a uveďte své referenční číslo.
receipt-manual-not-chosen = Nepožádali jste nás, abychom jim ho poslali.
receipt-manual-no-channel = Nemáme žádný způsob, jak jim ho za vás poslat.
receipt-private-title = Uchovejte v tajnosti
receipt-print-hint = Na vytištěné stránce se váš soukromý kód stavu neobjeví.
receipt-flags = Dále jste uvedli
receipt-evidence = Důkazy, které si uchováváte
receipt-evidence-hint = Soubory nebyly odeslány; uchovejte si je beze změny. Pokud digitální otisk SHA-256 souboru stále souhlasí, jde přesně o ten soubor, který jste uvedli.
receipt-evidence-modified = naposledy změněno { $date }
receipt-zone-hint = Časy jsou uvedeny v časovém pásmu { $zone }; v UTC: { $utc }.
status-title = Stav vašeho hlášení
status-lead = Zadejte referenční číslo a soukromý kód stavu z potvrzení. Účet nepotřebujete.
status-field-reference = Referenční číslo
status-field-token = Soukromý kód stavu
status-submit = Zobrazit stav
status-not-found = Hlášení s tímto referenčním číslem a kódem jsme nenašli. Zkontrolujte obojí a zkuste to znovu.

## Delivery: status notes on the receipt, and the recipients' confirmation page
receipt-note-waiting-setup = Tento portál zatím není nastaven k odesílání hlášení tomuto příjemci. Vaše hlášení je uloženo a bude odesláno, jakmile to bude možné; můžete je kontaktovat i sami.
receipt-note-retrying = Odeslání se zatím nepodařilo. Zkoušíme to automaticky znovu.
receipt-note-failed = Kontaktujte je prosím sami a uveďte své číslo hlášení.
delivery-ack-title = Potvrzení přijetí
delivery-ack-intro = Potvrďte prosím, že vaše organizace přijala hlášení { $reference }. Oznamovatel to uvidí na stránce stavu.
delivery-ack-button = Potvrdit přijetí
delivery-ack-done = Děkujeme. Přijetí hlášení { $reference } je potvrzeno.
delivery-ack-invalid = Tento potvrzovací odkaz není platný. Použijte odkaz z e-mailu přesně tak, jak byl odeslán.
delivery-status-title = Sdělte oznamovateli, v jakém stavu věc je
delivery-status-lead = Oznamovatel uvidí vaši aktualizaci na stránce stavu, spolu s vaším číslem jednacím a zprávou. Pište prostý text; neuvádějte osobní údaje jiných lidí.
delivery-status-state = Stav
delivery-status-reference = Vaše číslo jednací (nepovinné)
delivery-status-outcome = Výsledek (nepovinné)
delivery-status-message = Zpráva pro oznamovatele (nepovinné, nejvýše 2000 znaků)
delivery-status-button = Odeslat aktualizaci
delivery-status-done = Děkujeme. Vaše aktualizace k hlášení { $reference } je zaznamenána; oznamovatel ji uvidí na stránce stavu.
delivery-status-back = Zpět na formulář
delivery-status-error-unknown-state = Vyberte jeden ze stavů v seznamu.
delivery-status-error-unknown-outcome = Vyberte jeden z výsledků v seznamu, nebo žádný.
delivery-status-error-message-too-long = Zpráva je příliš dlouhá: nejvýše 2000 znaků.
delivery-status-error-field-too-long = Číslo jednací je příliš dlouhé: nejvýše 100 znaků.
delivery-status-error-control-characters = Odstraňte z čísla jednacího nebo ze zprávy neviditelné řídicí znaky.
delivery-status-error-state-backwards = Toto hlášení je již v pozdějším stavu; stav se nemůže vrátit zpět.
delivery-status-error-not-delivered = Toto hlášení vám nebylo doručeno, takže není co aktualizovat.
delivery-status-error-unknown-delivery = Tento odkaz není platný. Použijte odkaz z e-mailu přesně tak, jak byl odeslán.
recipient-state-received = Přijato příjemcem
recipient-state-in-progress = Příjemce na věci pracuje
recipient-state-closed = Uzavřeno příjemcem
recipient-outcome-advice-given = Byla poskytnuta rada
recipient-outcome-case-opened = Byl založen případ
recipient-outcome-referred-elsewhere = Postoupeno jinému orgánu
recipient-outcome-no-action-possible = Nelze nic podniknout
recipient-their-reference = jejich číslo jednací { $reference }
recipient-updates = Co vám příjemce sdělil

## Otázky, které rozhodují, koho informovat (zobrazí se po náhledu, pokud mění odpověď)

report-victim-public-body = Veřejný subjekt (například obec nebo škola)
report-section-more = Ještě pár otázek: podle vašich odpovědí se mění, koho musíte informovat
report-field-region = Region
report-field-region-choose = Vyberte svůj region
report-field-sector = Odvětví vaší organizace
report-field-sector-hint = Subjekty podle NIS2 musí odvětví vybrat; banky a další finanční subjekty hlásí podle DORA.
report-field-sector-none = Odvětví tu není / nevím jistě
report-sector-energy = Energetika
report-sector-transport = Doprava
report-sector-banking = Bankovnictví
report-sector-financial-market-infrastructure = Infrastruktura finančního trhu
report-sector-health = Zdravotnictví
report-sector-drinking-water = Pitná voda
report-sector-waste-water = Odpadní voda
report-sector-digital-infrastructure = Digitální infrastruktura
report-sector-ict-service-management = Řízení služeb IKT (řízené služby)
report-sector-public-administration = Veřejná správa
report-sector-space = Vesmír
report-sector-postal-courier = Poštovní a kurýrní služby
report-sector-waste-management = Nakládání s odpady
report-sector-chemicals = Chemické látky
report-sector-food = Potraviny
report-sector-manufacturing = Výroba
report-sector-digital-providers = Poskytovatelé digitálních služeb (online tržiště, vyhledávače, sociální sítě)
report-sector-research = Výzkum
report-sector-trust-services = Služby vytvářející důvěru (elektronické podpisy, pečetě, časová razítka)
report-field-role = Ve vztahu k dotčeným osobním údajům je vaše organizace
report-role-controller = správce: rozhoduje, proč a jak se údaje používají
report-role-processor = zpracovatel: zpracovává údaje pro jinou organizaci
report-role-unsure = nevím jistě
report-field-device-encrypted = Disk ztraceného zařízení byl silně šifrovaný a heslo nebo klíč jsou v bezpečí
report-field-payment = Jak peníze odešly?
report-payment-card = Kartou
report-payment-transfer = Bankovním převodem
report-payment-instant = Okamžitou platbou nebo přes platební aplikaci
report-payment-crypto = V kryptoměně
report-payment-cash = V hotovosti, poukázkami nebo dárkovými kartami
report-payment-none = Žádné peníze neodešly
report-field-payment-recent = Před méně než 24 hodinami
report-field-self-approved = Platbu jsem schválil(a) já (například během hovoru s falešným pracovníkem banky)
report-error-region-invalid = Vyberte region ve zvolené zemi.
report-error-sector-required = Vyberte odvětví své organizace: závisí na něm povinnosti podle NIS2.
report-error-role-citizen = Soukromá osoba nemůže být zpracovatelem: vyberte „nevím jistě“.
report-step-controller = Organizace, pro kterou údaje zpracováváte (správce)
report-step-optional = Nepovinné
report-deadline-after-hours = Zákonná lhůta: do { $hours } hodin od vašeho předchozího oznámení
report-deadline-after-months = Zákonná lhůta: do { $months ->
    [one] jednoho měsíce
    [few] { $months } měsíců
    [many] { $months } měsíce
   *[other] { $months } měsíců
} od vašeho předchozího oznámení
report-deadline-undue-delay = Zákonná povinnost: bez zbytečného odkladu
report-needs-region = Záleží na vašem regionu: vyberte ho výše a znovu zobrazte příjemce. Jde o tyto subjekty:
report-alternatives = Další možnosti:
report-field-notify = Upozornit mě e-mailem, když příjemce aktualizuje stav mého hlášení nebo mi položí otázku
report-notify-hint = E-mail vám jen oznámí, že je něco nového, a uvede vaše referenční číslo a odkaz na stránku stavu; nikdy neobsahuje vaše hlášení ani zprávu od příjemce. K jejich přečtení potřebujete svůj soukromý kód stavu.
report-error-notify-without-email = Chcete-li dostávat e-maily o novinkách, uveďte svou e-mailovou adresu (a nepodávejte hlášení anonymně), nebo zrušte zaškrtnutí tohoto políčka.
delivery-question-title = Položte otázku oznamovateli
delivery-question-lead = Oznamovatel uvidí vaši otázku na stránce stavu a může na ni tam odpovědět; odpověď vám přijde stejnou cestou jako toto hlášení. Pište prostý text; ptejte se jen na to, co k případu potřebujete.
delivery-question-label = Vaše otázka (nejvýše 2000 znaků)
delivery-question-button = Odeslat otázku
delivery-question-done = Děkujeme. Vaše otázka k hlášení { $reference } je zaznamenána; oznamovatel ji uvidí na stránce stavu.
followup-error-empty = Nejdříve napište text: pole je prázdné.
followup-error-too-long = Text je příliš dlouhý: otázka může mít nejvýše 2000 znaků, odpověď 4000.
followup-error-field-too-long = Identifikátor otázky je příliš dlouhý: nejvýše 100 znaků.
followup-error-control-characters = Odstraňte z textu neviditelné řídicí znaky.
followup-error-thread-closed = Příjemce tento případ uzavřel, takže k němu už nelze posílat otázky ani odpovědi. Pokud je ještě něco nevyřešeno, obraťte se přímo na příjemce.
followup-error-already-answered = Na tuto otázku už existuje jiná odpověď. Váš text je zobrazen níže, abyste o něj nepřišli.
followup-error-not-delivered = Toto hlášení vám nebylo doručeno, takže zatím není koho se zeptat.
followup-error-unknown = K tomuto referenčnímu číslu a soukromému kódu stavu jsme tuto otázku nenašli. Zkontrolujte obojí a znovu otevřete stránku stavu.
status-questions-title = Otázky pro vás
status-questions-lead = Příjemce vašeho hlášení se vás na něco ptá. Vaše odpověď půjde jen příjemci, který se ptal, a to stejným kanálem jako vaše hlášení.
status-questions-from = Ptá se: { $name }
status-question-asked = Položeno { $date }
status-answer-label = Vaše odpověď
status-answer-hint = Prostý text, nejvýše 4000 znaků. Na každou otázku můžete odpovědět jen jednou.
status-answer-hint-anonymous = Hlášení jste podali anonymně: vaše odpověď se odešle bez vašeho jména a kontaktních údajů. Nepište je do ní, pokud nechcete, aby je příjemce znal.
status-answer-button = Odeslat moji odpověď
status-answer-yours = Vaše odpověď ze dne { $date }
status-answer-state-queued = Čeká na odeslání
status-answer-state-sent = Odesláno příjemci
status-answer-state-failed = Nepodařilo se odeslat. Obraťte se přímo na příjemce a uveďte své referenční číslo.
status-answered-notice = Vaši odpověď jsme přijali. Půjde příjemci, který se ptal; její stav je uveden pod otázkou.
status-thread-closed = Příjemce svůj případ uzavřel: odpovědi se už nepřijímají.
status-answer-error-title = Vaše odpověď nebyla odeslána
status-answer-back = Zpět na stránku stavu
notice-email-subject = Nové informace k vašemu hlášení { $reference }
notice-email-body = Dobrý den,

    příjemce vašeho hlášení { $reference } poslal aktualizaci nebo otázku.

    Chcete-li si ji přečíst, otevřete stránku stavu a zadejte soukromý kód stavu z potvrzení:
    { $status_url }

    Z bezpečnostních důvodů tento e-mail neobsahuje nic z vašeho hlášení. Nikdy po vás nechceme hesla, kódy ani platby. Chcete-li ověřit, že tento e-mail skutečně pochází od nás, zadejte zde své referenční číslo:
    { $verify_url }

    Tento e-mail dostáváte, protože jste požádali o upozornění na novinky k svému hlášení.

## Withdrawal and retention (issue 19)
receipt-state-withdrawn = Odvoláno před odesláním
delivery-status-error-withdrawn = Oznamovatel toto hlášení odvolal. Nelze k němu už nic dalšího zaznamenat; s kopií, kterou jste obdrželi, naložte podle vlastních pravidel pro odvolaná hlášení.
status-withdraw-title = Odvolat toto hlášení
status-withdraw-lead = Odvoláním se z tohoto portálu okamžitě smaže váš popis, vaše kontaktní údaje, seznam důkazů a zprávy týkající se tohoto hlášení. Každá instituce, která hlášení dostala, se to dozví stejným kanálem. Tento krok nelze vrátit zpět.
status-withdraw-keep = Instituce, která hlášení už dostala, si ponechá vlastní kopii podle svých pravidel: policie například může mít ze zákona povinnost oznámení uchovat. Chcete-li instituci požádat o smazání její kopie, obraťte se na ni přímo a uveďte své referenční číslo.
status-withdraw-confirm = Beru na vědomí, že odvolání nelze vrátit zpět
status-withdraw-button = Odvolat moje hlášení
status-withdraw-error-confirm = Zaškrtnutím políčka potvrďte, že chcete hlášení odvolat.
status-withdrawn-title = Hlášení odvoláno
status-withdrawn-done = Vaše hlášení bylo odvoláno.
status-withdrawn-notice = Toto hlášení jste odvolali dne { $date }. Osobní údaje v něm byly z tohoto portálu smazány.
status-withdrawn-told = { $count ->
    [0] Žádná instituce je nedostala, takže není třeba nikoho informovat.
    [one] Jediná instituce, která je dostala, bude informována svým vlastním kanálem.
    [few] Všechny { $count } instituce, které je dostaly, budou informovány, každá svým vlastním kanálem.
    [many] Všechny instituce, které je dostaly ({ $count }), budou informovány, každá svým vlastním kanálem.
   *[other] Všech { $count } institucí, které je dostaly, bude informováno, každá svým vlastním kanálem.
}
status-withdrawal-notice = Oznámení o odvolání:
status-purged-notice = Osobní údaje z tohoto hlášení (váš popis, kontaktní údaje, seznam důkazů a zprávy k němu) byly dne { $date } smazány, jak uvádějí zásady ochrany osobních údajů. Co zůstalo, vidíte níže.
report-privacy-before = Vaše hlášení dostanou jen instituce, které zaškrtnete. Co uchováváme, jak dlouho a jaká máte práva:
report-privacy-link = zásady ochrany osobních údajů
