## Report form

report-title = Pranešti apie incidentą
report-lead = Privalomi keturi klausimai, visa kita – neprivaloma. Prieš ką nors išsiųsdami parodysime, kas gaus jūsų pranešimą, o jūs pasirinksite.
report-never-ask = Niekada neprašysime jūsų slaptažodžių, mokėjimų ar prieigos prie jūsų įrenginio. Šioje formoje nerašykite slaptažodžių.
report-required-note = Laukus, pažymėtus *, būtina užpildyti.
report-section-who = Apie jus
report-section-what = Kas nutiko
report-section-money = Pinigai ir duomenys
report-section-contact = Kaip su jumis susisiekti
report-field-country = Šalis, kurioje gyvenate arba kurioje įsikūrusi jūsų organizacija *
report-field-country-choose = Pasirinkite šalį
report-field-country-other = Kita šalis
report-field-victim = Kas jūs esate? *
report-victim-citizen = Privatus asmuo
report-victim-business = Įmonė ar organizacija
report-victim-essential-entity = Esminis subjektas pagal NIS2 (pvz., energetika, transportas, sveikatos priežiūra, geriamasis vanduo, skaitmeninė infrastruktūra)
report-victim-important-entity = Svarbus subjektas pagal NIS2 (pvz., pašto paslaugos, atliekos, chemikalai, maistas, gamyba, skaitmeninių paslaugų teikėjai)
report-field-incident = Kas nutiko? *
report-field-incident-choose = Pasirinkite, kas nutiko
report-incident-unknown = Nežinau
report-field-description = Savais žodžiais aprašykite, kas nutiko *
report-field-description-hint = Ką matėte, ką darėte ir kas nutiko po to. Ne mažiau kaip 10 simbolių.
report-field-started = Kada tai prasidėjo? (neprivaloma)
report-field-aware = Kada tai pastebėjote? (neprivaloma; teisės aktuose nustatyti terminai skaičiuojami nuo šio momento)
report-field-dates-hint = Vietos laikas šalyje, kurią pasirinkote aukščiau. Jei nežinote, palikite tuščią.
report-field-ongoing = Tai vis dar vyksta
report-field-money-lost = Prarasta pinigų arba atskleisti kortelės ar banko sąskaitos duomenys
report-field-amount = Prarasta suma (neprivaloma)
report-field-currency = Valiuta
report-field-personal-data = Paveikti kitų žmonių (klientų, darbuotojų, pacientų) asmens duomenys
report-field-minor = Susijęs vaikas ar paauglys
report-field-cross-border = Pardavėjas ar kitas asmuo yra kitoje šalyje
report-field-email = El. paštas (neprivaloma)
report-field-phone = Telefonas (neprivaloma)
report-field-anonymous = Pranešti anonimiškai (be kontaktinių duomenų)
report-contact-hint = Kontaktus nurodykite tik tada, jei sutinkate, kad jūsų pasirinktos institucijos su jumis susisiektų.
report-evidence-title = Jūsų saugomi įrodymai (neprivaloma)
report-evidence-body = Išvardykite, ką saugote: ekrano nuotraukas, žinutes, failais išsaugotus el. laiškus, banko sąskaitos išrašus, popierinius laiškus. Failai niekur neįkeliami: jie lieka pas jus, kol jų paprašys policija arba CSIRT. Niekada nenurodykite slaptažodžių ar kodų.
report-evidence-guide = Ką ir kaip išsaugoti tokio incidento atveju
report-evidence-name = Failo pavadinimas arba kas tai yra
report-evidence-note = Jūsų pastaba (kur tai yra, ką tai rodo)
report-evidence-pick = Pridėti failus iš šio įrenginio
report-evidence-pick-hint = Kiekvieno failo pavadinimas, dydis, data ir SHA-256 skaitmeninis atspaudas įtraukiami į sąrašą. Failai nuskaitomi tik jūsų įrenginyje ir niekada neįkeliami. Pagal skaitmeninį atspaudą bet kas vėliau gali patikrinti, ar failas yra būtent tas, kurį nurodėte.
report-evidence-working = Skaičiuojamas skaitmeninis atspaudas: { $name }…
report-evidence-done = Failas { $name } pridėtas su skaitmeniniu atspaudu. Jis lieka jūsų įrenginyje.
report-evidence-too-large = Failas { $name } didesnis nei { $size }, todėl pridėtas be skaitmeninio atspaudo. Atspaudą galite apskaičiuoti kompiuteryje: Linux sistemoje – sha256sum, macOS – shasum -a 256, Windows – certutil -hashfile su SHA256.
report-evidence-unavailable = Ši naršyklė šiame puslapyje negali apskaičiuoti skaitmeninių atspaudų; failas pridėtas tik su pavadinimu, dydžiu ir data.
report-evidence-full = Sąrašas pilnas (didžiausias įrašų skaičius – { $max }).
report-honeypot = Palikite šį lauką tuščią
report-preview-button = Rodyti, kas gaus mano pranešimą
report-send-button = Siųsti pranešimą
report-edit-hint = Dar galite pakeisti atsakymus aukščiau ir vėl peržiūrėti gavėjus.
report-preview-title = Kas turėtų gauti jūsų pranešimą
report-preview-lead = Šia tvarka. Pažymėkite institucijas, kurioms norite, kad išsiųstume jūsų pranešimą; kitus žingsnius vis tiek verta atlikti patiems.
report-preview-uncovered = Šiai šaliai dar neturime kontaktinių punktų.
report-consent = Siųsti mano pranešimą dabar: { $name }
report-consent-unavailable = Negalime jo išsiųsti už jus: kreipkitės į juos tiesiogiai.
report-deadline = Teisinis terminas: per { $hours ->
    [one] { $hours } valandą
    [few] { $hours } valandas
   *[other] { $hours } valandų
}
report-deadline-at = iki { $date }
report-legal-basis = Teisinis pagrindas: { $basis }
report-contact-website = Svetainė
report-contact-form = Internetinė forma
report-contact-email = El. paštas
report-contact-phone = Telefonas
report-contact-source = Šaltinis
report-contact-unverified = Patikrinkite šį kanalą institucijos svetainėje: negalėjome jo patvirtinti oficialiu šaltiniu.
report-step-bank = Jūsų bankas arba kortelių blokavimo linija
report-step-police = Policija
report-step-csirt = CSIRT (nacionalinė kompiuterių saugumo incidentų tyrimo komanda)
report-step-dpa = Duomenų apsaugos institucija
report-step-consumer = Vartotojų centras arba vartotojų teisių apsaugos institucija
report-step-regulator = Kompetentinga institucija
report-step-helpline = Pagalbos linija
report-step-platform = Atitinkama paslauga ar platforma
report-no-contact = Skambinkite numeriu, nurodytu kortelės kitoje pusėje, arba naudokitės oficialia banko programėle ar svetaine.
report-errors-title = Patikrinkite šiuos atsakymus
report-error-country-required = Pasirinkite šalį.
report-error-country-invalid = Pasirinkite šalį iš sąrašo.
report-error-victim-required = Nurodykite, kas esate.
report-error-incident-required = Nurodykite, kas nutiko, arba pasirinkite „Nežinau“.
report-error-invalid-choice = Pasirinkite vieną iš galimybių.
report-error-description-required = Aprašykite, kas nutiko.
report-error-description-short = Parašykite šiek tiek daugiau (ne mažiau kaip 10 simbolių).
report-error-description-long = Sutrumpinkite aprašymą iki 5000 simbolių.
report-error-control-chars = Pašalinkite iš šio lauko nematomus valdymo simbolius.
report-error-evidence-too-many = Nurodykite ne daugiau kaip 50 įrodymų.
report-error-evidence-too-long = Įrodymų sąraše per ilgas pavadinimas ar pastaba: pavadinime gali būti ne daugiau kaip 255 simboliai, pastaboje – ne daugiau kaip 500.
report-error-evidence-invalid = Viename įrodymų sąrašo įraše dydis, data arba skaitmeninis atspaudas yra netinkami. Pašalinkite šį įrašą ir vėl pridėkite failą.
report-error-date-invalid = Įveskite datą, pvz., 2026-11-29, arba palikite lauką tuščią.
report-error-date-future = Ši data yra ateityje.
report-error-aware-before-start = Negalėjote to pastebėti anksčiau, nei tai prasidėjo.
report-error-amount-invalid = Įveskite sumą, pvz., 250 arba 250,50.
report-error-currency-invalid = Pasirinkite valiutą.
report-error-email-invalid = Įveskite el. pašto adresą, pvz., vardas@example.org, arba palikite lauką tuščią.
report-error-phone-invalid = Įveskite telefono numerį, kurį sudaro nuo 6 iki 20 skaitmenų, arba palikite lauką tuščią.
report-error-anonymous-with-contact = Pasirinkote anoniminį pranešimą: ištrinkite kontaktinius duomenis arba nuimkite žymėjimą nuo „Pranešti anonimiškai“.
report-error-bad-request = Nepavyko perskaityti to, kas buvo išsiųsta. Grįžkite ir bandykite dar kartą.
report-error-no-recipient = Nieko neišsiuntėme: nepažymėjote nė vieno gavėjo. Pažymėkite žemiau bent vieną arba išsaugokite pranešimą tik savo žiniai.
report-record-button = Išsaugoti tik savo žiniai (nieko nesiųsti)
report-draft-sent = Šis pranešimas jau išsiųstas. Jo nuorodos numeris – { $reference }.
report-draft-receipt = Peržiūrėti patvirtinimą
report-draft-new = Pradėti naują pranešimą
report-draft-expired = Šio puslapio galiojimas baigėsi: jūsų privatumui apsaugoti jūsų įvestus duomenis laikome ne ilgiau kaip 2 valandas po to, kai paskutinį kartą peržiūrėjote gavėjus. Užpildykite formą iš naujo.
report-step-later-duty = Vėliau: šį pranešimą, atėjus laikui, išsiųsite patys ir nurodysite savo nuorodos numerį. Dabar jo nesiunčiame.
report-step-clocks = Šiam gavėjui taikomi teisiniai terminai
report-error-rate-limited = Per trumpą laiką iš jūsų ryšio gauta per daug pranešimų. Palaukite minutę ir bandykite dar kartą.

## Receipt and status

receipt-title = Jūsų pranešimas gautas
receipt-title-record = Išsaugota tik jūsų žiniai: nieko neišsiuntėme
receipt-record-lead = Šio pranešimo niekas negavo. Norėdami pranešti, patys kreipkitės į toliau nurodytas institucijas ir pasinaudokite tuo, ką parašėte šiame puslapyje.
receipt-reference = Jūsų nuorodos numeris
receipt-reference-hint = Užsirašykite jį arba išspausdinkite šį puslapį. Nurodykite jį, kai institucija paklaus apie jūsų pranešimą.
receipt-token = Jūsų asmeninis būsenos kodas
receipt-token-hint = Kartu su nuorodos numeriu šis kodas leidžia matyti jūsų pranešimo būseną. Niekam jo nesakykite.
receipt-received = Gauta { $date }
receipt-steps = Kas vyks toliau
receipt-state-queued = Laukia siuntimo
receipt-state-sent = Išsiųsta
receipt-state-acknowledged = Gavėjas patvirtino
receipt-state-failed = Nepavyko pristatyti
receipt-state-not-sent = Mes neišsiuntėme: kreipkitės į juos patys
receipt-download-json = Atsisiųsti kopiją (JSON)
receipt-print = Spausdinti šį puslapį
receipt-status-link = Būsenos puslapis
receipt-your-report = Apie ką pranešėte
receipt-manual-title = Nepristatyta automatiškai
receipt-manual-deadline = Kad spėtumėte per teisinį terminą, patys praneškite jiems iki { $date } vienu iš toliau nurodytų kanalų ir nurodykite savo nuorodos numerį.
receipt-manual-act = Patys susisiekite su jais vienu iš toliau nurodytų kanalų ir nurodykite savo nuorodos numerį.
receipt-manual-deadline-find = Kad spėtumėte per teisinį terminą, patys praneškite jiems iki { $date }. Neturime patvirtinto šios institucijos kontaktinio kanalo: raskite jį oficialioje jos svetainėje ir nurodykite savo nuorodos numerį.
receipt-manual-find = Neturime patvirtinto šios institucijos kontaktinio kanalo: raskite jį oficialioje jos svetainėje, patys susisiekite su jais ir nurodykite savo nuorodos numerį.
receipt-manual-not-chosen = Neprašėte mūsų jo jiems išsiųsti.
receipt-manual-no-channel = Neturime galimybės jo jiems išsiųsti už jus.
receipt-private-title = Laikykite paslaptyje
receipt-print-hint = Išspausdintame puslapyje jūsų asmeninis būsenos kodas nerodomas.
receipt-flags = Taip pat nurodėte
receipt-evidence = Jūsų saugomi įrodymai
receipt-evidence-hint = Failai nebuvo išsiųsti; saugokite juos nepakeistus. Jei failo SHA-256 skaitmeninis atspaudas vis dar sutampa, tai būtent tas failas, kurį nurodėte.
receipt-evidence-modified = paskutinis pakeitimas: { $date }
receipt-zone-hint = Laikas nurodytas laiko juostoje { $zone }; pagal UTC: { $utc }.
status-title = Jūsų pranešimo būsena
status-lead = Įveskite nuorodos numerį ir asmeninį būsenos kodą iš patvirtinimo. Paskyros nereikia.
status-field-reference = Nuorodos numeris
status-field-token = Asmeninis būsenos kodas
status-submit = Rodyti būseną
status-not-found = Pranešimo su šiuo nuorodos numeriu ir kodu neradome. Patikrinkite abu ir bandykite dar kartą.

## Delivery: status notes on the receipt, and the recipients' confirmation page
receipt-note-waiting-setup = Šis portalas dar nenustatytas siųsti pranešimų šiam gavėjui. Jūsų pranešimas išsaugotas ir bus išsiųstas, kai tai bus padaryta; taip pat galite patys su jais susisiekti.
receipt-note-retrying = Išsiųsti dar nepavyko. Bandome dar kartą automatiškai.
receipt-note-failed = Susisiekite su jais patys ir nurodykite savo numerį.
delivery-ack-title = Patvirtinti gavimą
delivery-ack-intro = Patvirtinkite, kad jūsų organizacija gavo pranešimą { $reference }. Pranešėjas tai matys savo būsenos puslapyje.
delivery-ack-button = Patvirtinti gavimą
delivery-ack-done = Ačiū. Pranešimo { $reference } gavimas patvirtintas.
delivery-ack-invalid = Ši patvirtinimo nuoroda negalioja. Naudokite el. laiške gautą nuorodą tiksliai tokią, kokia ji buvo išsiųsta.
delivery-status-title = Informuokite pranešėją, kokia yra jo pranešimo būsena
delivery-status-lead = Pranešėjas jūsų pateiktą informaciją matys savo būsenos puslapyje kartu su jūsų bylos numeriu ir žinute. Rašykite paprastu tekstu; neįtraukite kitų asmenų asmens duomenų.
delivery-status-state = Būsena
delivery-status-reference = Jūsų bylos numeris (neprivaloma)
delivery-status-outcome = Rezultatas (neprivaloma)
delivery-status-message = Žinutė pranešėjui (neprivaloma, ne daugiau kaip 2000 simbolių)
delivery-status-button = Siųsti informaciją
delivery-status-done = Ačiū. Jūsų informacija apie pranešimą { $reference } užregistruota; pranešėjas ją mato savo būsenos puslapyje.
delivery-status-back = Grįžti į formą
delivery-status-error-unknown-state = Pasirinkite vieną iš sąraše esančių būsenų.
delivery-status-error-unknown-outcome = Pasirinkite vieną iš sąraše esančių rezultatų arba nė vieno.
delivery-status-error-message-too-long = Žinutė per ilga: ne daugiau kaip 2000 simbolių.
delivery-status-error-field-too-long = Bylos numeris per ilgas: ne daugiau kaip 100 simbolių.
delivery-status-error-control-characters = Pašalinkite nematomus valdymo simbolius iš bylos numerio arba žinutės.
delivery-status-error-state-backwards = Šio pranešimo būsena jau vėlesnė; grįžti į ankstesnę būseną negalima.
delivery-status-error-not-delivered = Šis pranešimas jums nebuvo pristatytas, todėl nėra ką atnaujinti.
delivery-status-error-unknown-delivery = Ši nuoroda negalioja. Naudokite el. laiške gautą nuorodą tiksliai tokią, kokia ji buvo išsiųsta.
recipient-state-received = Gavėjas gavo pranešimą
recipient-state-in-progress = Gavėjas nagrinėja pranešimą
recipient-state-closed = Gavėjas baigė nagrinėti
recipient-outcome-advice-given = Suteikta patarimų
recipient-outcome-case-opened = Pradėta byla
recipient-outcome-referred-elsewhere = Perduota kitai institucijai
recipient-outcome-no-action-possible = Imtis veiksmų neįmanoma
recipient-their-reference = gavėjo bylos numeris { $reference }
recipient-updates = Ką jums pranešė gavėjas

## Questions that decide whom to tell (shown after the preview when they change the answer)

report-victim-public-body = Viešojo sektoriaus institucija (pavyzdžiui, savivaldybė ar mokykla)
report-section-more = Dar keli klausimai: nuo jūsų atsakymų priklauso, ką turite informuoti
report-field-region = Regionas
report-field-region-choose = Pasirinkite savo regioną
report-field-sector = Jūsų organizacijos sektorius
report-field-sector-hint = NIS2 subjektai turi pasirinkti sektorių; bankai ir kitos finansų įstaigos praneša pagal DORA.
report-field-sector-none = Sektoriaus sąraše nėra / nežinau
report-sector-energy = Energetika
report-sector-transport = Transportas
report-sector-banking = Bankininkystė
report-sector-financial-market-infrastructure = Finansų rinkos infrastruktūra
report-sector-health = Sveikatos priežiūra
report-sector-drinking-water = Geriamasis vanduo
report-sector-waste-water = Nuotekos
report-sector-digital-infrastructure = Skaitmeninė infrastruktūra
report-sector-ict-service-management = IRT paslaugų valdymas (valdomosios paslaugos)
report-sector-public-administration = Viešasis administravimas
report-sector-space = Kosmosas
report-sector-postal-courier = Pašto ir pasiuntinių paslaugos
report-sector-waste-management = Atliekų tvarkymas
report-sector-chemicals = Cheminės medžiagos
report-sector-food = Maistas
report-sector-manufacturing = Gamyba
report-sector-digital-providers = Skaitmeninių paslaugų teikėjai (elektroninės prekyvietės, paieškos sistemos, socialiniai tinklai)
report-sector-research = Moksliniai tyrimai
report-sector-trust-services = Patikimumo užtikrinimo paslaugos (elektroniniai parašai, spaudai, laiko žymos)
report-field-role = Paveiktų asmens duomenų atžvilgiu jūsų organizacija yra
report-role-controller = duomenų valdytoja: ji nustato, kodėl ir kaip naudojami duomenys
report-role-processor = duomenų tvarkytoja: ji tvarko duomenis kitos organizacijos vardu
report-role-unsure = nežinau
report-field-device-encrypted = Prarasto įrenginio diskas buvo patikimai užšifruotas, o slaptažodis ar raktas yra saugus
report-field-payment = Kaip buvo sumokėti pinigai?
report-payment-card = Kortele
report-payment-transfer = Banko pavedimu
report-payment-instant = Momentiniu pavedimu arba mokėjimų programėle
report-payment-crypto = Kriptovaliuta
report-payment-cash = Grynaisiais, kuponais ar dovanų kortelėmis
report-payment-none = Pinigų neprarasta
report-field-payment-recent = Mažiau nei prieš 24 valandas
report-field-self-approved = Mokėjimą patvirtinau aš (pavyzdžiui, per netikro banko konsultanto skambutį)
report-error-region-invalid = Pasirinkite pasirinktos šalies regioną.
report-error-sector-required = Pasirinkite savo organizacijos sektorių: nuo jo priklauso NIS2 pareigos.
report-error-role-citizen = Privatus asmuo negali būti duomenų tvarkytojas: pasirinkite „nežinau“.
report-step-controller = Organizacija, kurios vardu tvarkote duomenis (duomenų valdytojas)
report-step-optional = Neprivaloma
report-deadline-after-hours = Teisinis terminas: per { $hours ->
    [one] { $hours } valandą
    [few] { $hours } valandas
   *[other] { $hours } valandų
} nuo ankstesnio pranešimo
report-deadline-after-months = Teisinis terminas: per { $months ->
    [1] vieną mėnesį
    [one] { $months } mėnesį
    [few] { $months } mėnesius
   *[other] { $months } mėnesių
} nuo ankstesnio pranešimo
report-deadline-undue-delay = Teisinė pareiga: nepagrįstai nedelsiant
report-needs-region = Tai priklauso nuo jūsų regiono: pasirinkite jį aukščiau ir vėl parodykite gavėjus. Institucijos:
report-alternatives = Taip pat galite kreiptis:
report-field-notify = Informuoti mane el. paštu, kai gavėjas atnaujins informaciją apie mano pranešimą arba užduos man klausimą
report-notify-hint = El. laiške tik nurodoma, kad yra naujienų, pateikiamas jūsų nuorodos numeris ir nuoroda į jūsų būsenos puslapį; jame niekada nebūna nei jūsų pranešimo, nei gavėjo žinutės. Kad galėtumėte juos perskaityti, jums reikės asmeninio būsenos kodo.
report-error-notify-without-email = Jei norite gauti el. laiškus apie naujienas, nurodykite savo el. pašto adresą (ir nepraneškite anonimiškai) arba nuimkite šį žymėjimą.
delivery-question-title = Užduokite klausimą pranešėjui
delivery-question-lead = Pranešėjas jūsų klausimą matys savo būsenos puslapyje ir galės ten atsakyti; atsakymas jus pasieks tuo pačiu būdu, kaip ir šis pranešimas. Rašykite paprastu tekstu; klauskite tik to, ko reikia bylai.
delivery-question-label = Jūsų klausimas (ne daugiau kaip 2000 simbolių)
delivery-question-button = Siųsti klausimą
delivery-question-done = Ačiū. Jūsų klausimas dėl pranešimo { $reference } užregistruotas; pranešėjas jį mato savo būsenos puslapyje.
followup-error-empty = Pirmiausia parašykite tekstą: laukas tuščias.
followup-error-too-long = Tekstas per ilgas: klausime gali būti ne daugiau kaip 2000 simbolių, atsakyme – ne daugiau kaip 4000.
followup-error-field-too-long = Klausimo identifikatorius per ilgas: ne daugiau kaip 100 simbolių.
followup-error-control-characters = Pašalinkite iš teksto nematomus valdymo simbolius.
followup-error-thread-closed = Gavėjas šią bylą uždarė, todėl klausimai ir atsakymai nebepriimami. Jei kas nors dar neišspręsta, kreipkitės į gavėją tiesiogiai.
followup-error-already-answered = Į šį klausimą jau pateiktas kitas atsakymas. Jūsų tekstas rodomas žemiau, kad galėtumėte jį išsaugoti.
followup-error-not-delivered = Šis pranešimas jums nebuvo pristatytas, todėl kol kas nėra ko klausti.
followup-error-unknown = Su šiuo nuorodos numeriu ir asmeniniu būsenos kodu tokio klausimo neradome. Patikrinkite abu ir vėl atidarykite savo būsenos puslapį.
status-questions-title = Klausimai jums
status-questions-lead = Jūsų pranešimo gavėjas jūsų kai ko paklausė. Jūsų atsakymas bus išsiųstas tik klausimą uždavusiam gavėjui, tuo pačiu kanalu kaip ir jūsų pranešimas.
status-questions-from = { $name } klausia
status-question-asked = Paklausta { $date }
status-answer-label = Jūsų atsakymas
status-answer-hint = Paprastas tekstas, ne daugiau kaip 4000 simbolių. Į kiekvieną klausimą galite atsakyti vieną kartą.
status-answer-hint-anonymous = Pranešėte anonimiškai: jūsų atsakymas siunčiamas be jūsų vardo ir kontaktinių duomenų. Nerašykite jų atsakyme, nebent norite, kad gavėjas juos žinotų.
status-answer-button = Siųsti mano atsakymą
status-answer-yours = Jūsų atsakymas ({ $date })
status-answer-state-queued = Laukia siuntimo
status-answer-state-sent = Išsiųstas gavėjui
status-answer-state-failed = Nepavyko išsiųsti. Kreipkitės į gavėją tiesiogiai ir nurodykite savo nuorodos numerį.
status-answered-notice = Jūsų atsakymas gautas. Jis bus išsiųstas klausimą uždavusiam gavėjui; jo būsena rodoma po klausimu.
status-thread-closed = Gavėjas uždarė savo bylą: atsakymai nebepriimami.
status-answer-error-title = Jūsų atsakymas neišsiųstas
status-answer-back = Grįžti į būsenos puslapį
notice-email-subject = Naujienos apie jūsų pranešimą { $reference }
notice-email-body = Laba diena,

    jūsų pranešimo { $reference } gavėjas atsiuntė naujos informacijos arba klausimą.

    Norėdami tai perskaityti, atidarykite savo būsenos puslapį ir įveskite asmeninį būsenos kodą iš patvirtinimo:
    { $status_url }

    Saugumo sumetimais šiame el. laiške nėra nieko iš jūsų pranešimo. Niekada neprašome slaptažodžių, kodų ar mokėjimų. Norėdami patikrinti, ar šis el. laiškas tikrai nuo mūsų, čia įveskite savo nuorodos numerį:
    { $verify_url }

    Šį el. laišką gaunate, nes paprašėte pranešti apie naujienas, susijusias su jūsų pranešimu.

## Withdrawal and retention (issue 19)
receipt-state-withdrawn = Atšaukta prieš išsiunčiant
delivery-status-error-withdrawn = Pranešėjas šį pranešimą atšaukė. Apie jį nieko daugiau užregistruoti negalima; gautai kopijai taikykite savo atšauktų pranešimų taisykles.
status-withdraw-title = Atšaukti šį pranešimą
status-withdraw-lead = Atšaukus pranešimą, jūsų aprašymas, kontaktiniai duomenys, įrodymų sąrašas ir su šiuo pranešimu susijusios žinutės iš šio portalo ištrinami iš karto. Kiekviena pranešimą gavusi institucija apie tai informuojama tuo pačiu kanalu. Tai negrįžtamas veiksmas.
status-withdraw-keep = Institucija, kuri jau gavo pranešimą, savo kopiją saugo pagal savo taisykles: pavyzdžiui, policija pagal įstatymą gali privalėti saugoti pareiškimą. Jei norite, kad institucija ištrintų savo kopiją, kreipkitės į ją tiesiogiai ir nurodykite savo nuorodos numerį.
status-withdraw-confirm = Suprantu, kad atšaukto pranešimo atkurti nebus galima
status-withdraw-button = Atšaukti mano pranešimą
status-withdraw-error-confirm = Pažymėkite langelį ir taip patvirtinkite, kad norite atšaukti pranešimą.
status-withdrawn-title = Pranešimas atšauktas
status-withdrawn-done = Jūsų pranešimas atšauktas.
status-withdrawn-notice = Šį pranešimą atšaukėte { $date }. Jo asmens duomenys iš šio portalo ištrinti.
status-withdrawn-told = { $count ->
    [0] Jo negavo nė viena institucija, todėl nieko informuoti nereikia.
    [1] Vienintelė jį gavusi institucija informuojama jos pačios kanalu.
    [one] Informuojamos visos jį gavusios institucijos ({ $count }), kiekviena savo kanalu.
    [few] Informuojamos visos { $count } jį gavusios institucijos, kiekviena savo kanalu.
   *[other] Informuojamos visos jį gavusios institucijos ({ $count }), kiekviena savo kanalu.
}
status-withdrawal-notice = Pranešimas apie atšaukimą:
status-purged-notice = Šio pranešimo asmens duomenys (jūsų aprašymas, kontaktiniai duomenys, įrodymų sąrašas ir su juo susijusios žinutės) ištrinti { $date }, kaip nurodyta privatumo politikoje. Tai, kas liko, rodoma toliau.
report-privacy-before = Jūsų pranešimas siunčiamas tik jūsų pažymėtoms institucijoms. Ką saugome, kiek laiko ir kokias turite teises:
report-privacy-link = privatumo politika
