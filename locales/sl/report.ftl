## Report form

report-title = Prijavite incident
report-lead = Obvezna so štiri vprašanja, vse drugo je neobvezno. Preden karkoli pošljemo, vam pokažemo, kdo bo prejel vašo prijavo, in odločite se sami.
report-never-ask = Nikoli ne bomo zahtevali vaših gesel, plačila ali dostopa do vaše naprave. V ta obrazec ne vpisujte gesel.
report-required-note = Polja, označena z *, so obvezna.
report-section-who = O vas
report-section-what = Kaj se je zgodilo
report-section-money = Denar in podatki
report-section-contact = Kako vas dosežemo
report-field-country = Država, v kateri živite ali v kateri ima sedež vaša organizacija *
report-field-country-choose = Izberite državo
report-field-country-other = Druga država
report-field-victim = Kdo ste? *
report-victim-citizen = Posameznik
report-victim-business = Podjetje ali organizacija
report-victim-essential-entity = Bistveni subjekt po NIS2 (npr. energetika, promet, zdravstvo, pitna voda, digitalna infrastruktura)
report-victim-important-entity = Pomembni subjekt po NIS2 (npr. poštne storitve, odpadki, kemikalije, hrana, proizvodnja, ponudniki digitalnih storitev)
report-field-incident = Kaj se je zgodilo? *
report-field-incident-choose = Izberite, kaj se je zgodilo
report-incident-unknown = Ne vem
report-field-description = S svojimi besedami opišite, kaj se je zgodilo *
report-field-description-hint = Kaj ste videli, kaj ste storili in kaj se je zgodilo potem. Vsaj 10 znakov.
report-field-started = Kdaj se je začelo? (neobvezno)
report-field-aware = Kdaj ste opazili? (neobvezno; zakonski roki tečejo od tega trenutka)
report-field-dates-hint = Lokalni čas v državi, ki ste jo izbrali zgoraj. Če ne veste, pustite prazno.
report-field-ongoing = Še vedno traja
report-field-money-lost = Prišlo je do izgube denarja ali razkritja podatkov kartice ali bančnega računa
report-field-amount = Izgubljeni znesek (neobvezno)
report-field-currency = Valuta
report-field-personal-data = Gre za osebne podatke drugih ljudi (strank, zaposlenih, pacientov)
report-field-minor = Vpleten je otrok ali mladostnik
report-field-cross-border = Prodajalec ali druga oseba je v drugi državi
report-field-email = E-pošta (neobvezno)
report-field-phone = Telefon (neobvezno)
report-field-anonymous = Prijavi anonimno (brez kontaktnih podatkov)
report-contact-hint = Kontakt navedite le, če se strinjate, da vas izbrani organi lahko kontaktirajo.
report-evidence-title = Shranite dokaze
report-evidence-body = Shranite posnetke zaslona, sporočila skupaj s pošiljateljem, glave e-poštnih sporočil, spletne naslove, številke transakcij in datume. Ne pošiljajte nam zlonamerne programske opreme ali datotek, ki so morda okužene, in nikoli ne pošiljajte gesel.
report-honeypot = To polje pustite prazno
report-preview-button = Pokaži, kdo bo prejel mojo prijavo
report-send-button = Pošlji prijavo
report-edit-hint = Odgovore zgoraj lahko še spremenite in znova prikažete prejemnike.
report-preview-title = Kdo naj prejme vašo prijavo
report-preview-lead = V tem vrstnem redu. Označite organe, ki jim želite, da pošljemo vašo prijavo; druge korake se vseeno splača opraviti sami.
report-preview-uncovered = Za to državo še nimamo kontaktnih točk.
report-consent = Zdaj pošlji mojo prijavo prejemniku: { $name }
report-consent-unavailable = Ne moremo je poslati namesto vas: obrnite se neposredno nanje.
report-deadline = Zakonski rok: v { $hours } urah
report-deadline-at = najpozneje { $date }
report-legal-basis = Pravna podlaga: { $basis }
report-contact-website = Spletno mesto
report-contact-form = Spletni obrazec
report-contact-email = E-pošta
report-contact-phone = Telefon
report-contact-source = Vir
report-contact-unverified = Preverite ta kanal na spletnem mestu organa: iz uradnega vira ga nismo mogli potrditi.
report-step-bank = Vaša banka ali številka za blokado kartic
report-step-police = Policija
report-step-csirt = CSIRT (nacionalna skupina za odzivanje na računalniške varnostne incidente)
report-step-dpa = Organ za varstvo osebnih podatkov
report-step-consumer = Potrošniški center ali organ za varstvo potrošnikov
report-step-regulator = Pristojni organ
report-step-helpline = Telefon za pomoč
report-step-platform = Zadevna storitev ali platforma
report-no-contact = Uporabite številko na hrbtni strani kartice ali uradno aplikacijo ali spletno mesto svoje banke.
report-errors-title = Preverite te odgovore
report-error-country-required = Izberite državo.
report-error-country-invalid = Izberite državo s seznama.
report-error-victim-required = Povejte nam, kdo ste.
report-error-incident-required = Povejte nam, kaj se je zgodilo, ali izberite »Ne vem«.
report-error-invalid-choice = Izberite eno od možnosti.
report-error-description-required = Opišite, kaj se je zgodilo.
report-error-description-short = Napišite malo več (vsaj 10 znakov).
report-error-description-long = Skrajšajte opis na 5000 znakov.
report-error-control-chars = Iz tega polja odstranite nevidne krmilne znake.
report-error-date-invalid = Vnesite datum v obliki 2026-11-29 ali pustite polje prazno.
report-error-date-future = Ta datum je v prihodnosti.
report-error-aware-before-start = Ni mogoče, da bi to opazili, preden se je začelo.
report-error-amount-invalid = Vnesite znesek v obliki 250 ali 250,50.
report-error-currency-invalid = Izberite valuto.
report-error-email-invalid = Vnesite e-poštni naslov v obliki ime@example.org ali pustite polje prazno.
report-error-phone-invalid = Vnesite telefonsko številko s 6 do 20 števkami ali pustite polje prazno.
report-error-anonymous-with-contact = Izbrali ste anonimno prijavo: izbrišite kontaktne podatke ali odznačite »Prijavi anonimno«.
report-error-bad-request = Poslanega nismo mogli prebrati. Vrnite se in poskusite znova.
report-error-no-recipient = Nič ni bilo poslano: niste označili nobenega prejemnika. Spodaj označite vsaj enega ali pa prijavo shranite samo zase.
report-record-button = Shrani samo zase (ne pošlji ničesar)
report-draft-sent = Ta prijava je že bila poslana. Njena referenčna številka je { $reference }.
report-draft-receipt = Prikaži potrdilo o prejemu
report-draft-new = Začni novo prijavo
report-draft-expired = Veljavnost te strani je potekla: zaradi varstva vaše zasebnosti to, kar ste vpisali, hranimo največ 2 uri po tem, ko ste zadnjič prikazali prejemnike. Znova izpolnite obrazec.
report-step-later-duty = Sledi pozneje: ko bo na vrsti, to pošljete sami in navedete svojo referenčno številko. Zdaj tega ne pošljemo.
report-step-clocks = Zakonski roki za tega prejemnika
report-error-rate-limited = Iz vaše povezave je v kratkem času prišlo preveč prijav. Počakajte minuto in poskusite znova.

## Receipt and status

receipt-title = Vašo prijavo smo prejeli
receipt-title-record = Shranjeno samo za vas: nič ni bilo poslano
receipt-record-lead = Te prijave ni prejel nihče. Če želite incident prijaviti, se sami obrnite na spodaj navedene organe in uporabite to, kar ste napisali na tej strani.
receipt-reference = Vaša referenčna številka
receipt-reference-hint = Zapišite si jo ali natisnite to stran. Navedite jo, ko vas organ vpraša o vaši prijavi.
receipt-token = Vaša zasebna koda stanja
receipt-token-hint = Skupaj z referenčno številko lahko s to kodo preverite stanje svoje prijave. Ne delite je z drugimi.
receipt-received = Prejeto { $date }
receipt-steps = Kaj se zgodi zdaj
receipt-state-queued = Čaka na pošiljanje
receipt-state-sent = Poslano
receipt-state-acknowledged = Prejemnik je potrdil prejem
receipt-state-failed = Dostava ni uspela
receipt-state-not-sent = Nismo je poslali mi: obrnite se nanje sami
receipt-download-json = Prenesi kopijo (JSON)
receipt-print = Natisni to stran
receipt-status-link = Stran s stanjem
receipt-your-report = Kaj ste prijavili
receipt-manual-title = Ni bilo poslano samodejno
receipt-manual-deadline = Da ne zamudite zakonskega roka, jim incident sami prijavite najpozneje do { $date } prek enega od spodnjih kanalov in navedite svojo referenčno številko.
receipt-manual-act = Obrnite se nanje sami prek enega od spodnjih kanalov in navedite svojo referenčno številko.
receipt-manual-deadline-find = Da ne zamudite zakonskega roka, jim incident sami prijavite najpozneje do { $date }. Za ta organ nimamo potrjenega kanala: poiščite ga na njegovem uradnem spletnem mestu in navedite svojo referenčno številko.
receipt-manual-find = Za ta organ nimamo potrjenega kanala: poiščite ga na njegovem uradnem spletnem mestu, obrnite se nanj sami in navedite svojo referenčno številko.
receipt-manual-not-chosen = Niste nas prosili, da jim jo pošljemo.
receipt-manual-no-channel = Nimamo načina, da bi jim jo poslali namesto vas.
receipt-private-title = Tega ne delite z nikomer
receipt-print-hint = Natisnjena stran ne vsebuje vaše zasebne kode stanja.
receipt-flags = Povedali ste nam tudi
receipt-zone-hint = Čas je naveden v časovnem pasu { $zone }; po UTC: { $utc }.
status-title = Stanje vaše prijave
status-lead = Vnesite referenčno številko in zasebno kodo stanja s potrdila o prejemu. Račun ni potreben.
status-field-reference = Referenčna številka
status-field-token = Zasebna koda stanja
status-submit = Pokaži stanje
status-not-found = Prijave s to referenčno številko in kodo nismo našli. Preverite oboje in poskusite znova.

## Delivery: status notes on the receipt, and the recipients' confirmation page
receipt-note-waiting-setup = Ta portal še ni nastavljen za pošiljanje prijav temu prejemniku. Vaša prijava je shranjena in bo poslana, ko bo to urejeno; nanje se lahko obrnete tudi sami.
receipt-note-retrying = Pošiljanje še ni uspelo. Samodejno poskušamo znova.
receipt-note-failed = Obrnite se nanje sami in navedite svojo referenčno številko.
delivery-ack-title = Potrditev prejema
delivery-ack-intro = Prosimo, potrdite, da je vaša organizacija prejela prijavo { $reference }. Prijavitelj bo to videl na svoji strani stanja.
delivery-ack-button = Potrdi prejem
delivery-ack-done = Hvala. Prejem prijave { $reference } je potrjen.
delivery-ack-invalid = Ta povezava za potrditev ni veljavna. Uporabite povezavo iz e-pošte točno tako, kot je bila poslana.

## Questions that decide whom to tell (shown after the preview when they change the answer)

report-victim-public-body = Javni organ ali ustanova (na primer občina ali šola)
report-section-more = Še nekaj vprašanj: od vaših odgovorov je odvisno, koga morate obvestiti
report-field-region = Regija
report-field-region-choose = Izberite svojo regijo
report-field-sector = Sektor vaše organizacije
report-field-sector-hint = Subjekti po NIS2 morajo izbrati sektor; banke in drugi finančni subjekti poročajo po DORA.
report-field-sector-none = Sektorja ni na seznamu / ne vem
report-sector-energy = Energetika
report-sector-transport = Promet
report-sector-banking = Bančništvo
report-sector-financial-market-infrastructure = Infrastruktura finančnega trga
report-sector-health = Zdravstvo
report-sector-drinking-water = Pitna voda
report-sector-waste-water = Odpadna voda
report-sector-digital-infrastructure = Digitalna infrastruktura
report-sector-ict-service-management = Upravljanje storitev IKT (upravljane storitve)
report-sector-public-administration = Javna uprava
report-sector-space = Vesolje
report-sector-postal-courier = Poštne in kurirske storitve
report-sector-waste-management = Ravnanje z odpadki
report-sector-chemicals = Kemikalije
report-sector-food = Hrana
report-sector-manufacturing = Proizvodnja
report-sector-digital-providers = Ponudniki digitalnih storitev (spletne tržnice, spletni iskalniki, družbena omrežja)
report-sector-research = Raziskave
report-sector-trust-services = Storitve zaupanja (elektronski podpisi, žigi, časovni žigi)
report-field-role = Glede prizadetih osebnih podatkov je vaša organizacija
report-role-controller = upravljavec: odloča, zakaj in kako se podatki uporabljajo
report-role-processor = obdelovalec: obdeluje podatke za drugo organizacijo
report-role-unsure = ne vem
report-field-device-encrypted = Disk izgubljene naprave je bil močno šifriran, geslo ali ključ pa je na varnem
report-field-payment = Kako je denar odšel?
report-payment-card = S kartico
report-payment-transfer = Z bančnim nakazilom
report-payment-instant = S takojšnjim plačilom ali plačilno aplikacijo
report-payment-crypto = V kriptovalutah
report-payment-cash = Z gotovino, boni ali darilnimi karticami
report-payment-none = Denar ni odšel
report-field-payment-recent = Pred manj kot 24 urami
report-field-self-approved = Plačilo sem odobril/-a sam/-a (na primer med klicem lažnega bančnega svetovalca)
report-error-region-invalid = Izberite regijo izbrane države.
report-error-sector-required = Izberite sektor svoje organizacije: od njega so odvisne obveznosti po NIS2.
report-error-role-citizen = Posameznik ne more biti obdelovalec: izberite »ne vem«.
report-step-controller = Organizacija, za katero obdelujete podatke (upravljavec)
report-step-optional = Neobvezno
report-deadline-after-hours = Zakonski rok: v { $hours ->
    [one] { $hours } uri
    [two] { $hours } urah
    [few] { $hours } urah
   *[other] { $hours } urah
} po prejšnjem obvestilu
report-deadline-after-months = Zakonski rok: v { $months ->
    [1] enem mesecu
    [one] { $months } mesecu
    [two] { $months } mesecih
    [few] { $months } mesecih
   *[other] { $months } mesecih
} po prejšnjem obvestilu
report-deadline-undue-delay = Zakonska obveznost: brez nepotrebnega odlašanja
report-needs-region = To je odvisno od vaše regije: izberite jo zgoraj in znova prikažite prejemnike. Organi so:
report-alternatives = Obrnete se lahko tudi na:
