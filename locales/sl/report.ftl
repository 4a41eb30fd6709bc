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
report-evidence-title = Dokazi, ki jih hranite (neobvezno)
report-evidence-body = Navedite, kaj hranite: posnetke zaslona, sporočila, e-poštna sporočila v obliki datotek, bančne izpiske, pisma. Datotek ne nalagate nikamor: ostanejo pri vas, dokler jih ne zahteva policija ali CSIRT. Nikoli ne navajajte gesel ali kod.
report-evidence-guide = Kaj shraniti pri tej vrsti incidenta in kako
report-evidence-name = Ime datoteke ali kaj je to
report-evidence-note = Vaša opomba (kje je, kaj prikazuje)
report-evidence-pick = Dodaj datoteke s te naprave
report-evidence-pick-hint = Na seznam se doda ime, velikost, datum in prstni odtis SHA-256 vsake datoteke. Datoteke se preberejo samo v vaši napravi in se nikoli ne naložijo na splet. S prstnim odtisom lahko kdorkoli pozneje preveri, ali je datoteka natanko tista, ki ste jo navedli na seznamu.
report-evidence-working = Računanje prstnega odtisa datoteke { $name }…
report-evidence-done = Datoteka { $name } je dodana skupaj s prstnim odtisom. Datoteka ostane v vaši napravi.
report-evidence-too-large = Datoteka { $name } je večja od { $size }, zato je dodana brez prstnega odtisa. Izračunate ga lahko na računalniku: sha256sum v Linuxu, shasum -a 256 v macOS, certutil -hashfile s parametrom SHA256 v Windows.
report-evidence-unavailable = Ta brskalnik na tej strani ne more izračunati prstnih odtisov; datoteka je dodana samo z imenom, velikostjo in datumom.
report-evidence-full = Seznam je poln ({ $max } vnosov).
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
report-error-evidence-too-many = Navedite največ 50 dokazov.
report-error-evidence-too-long = Ime ali opomba na seznamu dokazov je predolga: ime ima lahko največ 255 znakov, opomba pa 500.
report-error-evidence-invalid = Vnos na seznamu dokazov ima neveljavno velikost, datum ali prstni odtis. Odstranite ga in datoteko dodajte znova.
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
receipt-evidence = Dokazi, ki jih hranite
receipt-evidence-hint = Datoteke niso bile poslane; hranite jih nespremenjene. Datoteka, katere prstni odtis SHA-256 se še vedno ujema, je natanko tista, ki ste jo navedli na seznamu.
receipt-evidence-modified = zadnja sprememba: { $date }
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
delivery-status-title = Obvestite prijavitelja o stanju zadeve
delivery-status-lead = Prijavitelj bo vašo posodobitev videl na svoji strani stanja, skupaj z vašo številko zadeve in sporočilom. Pišite navadno besedilo; ne navajajte osebnih podatkov drugih oseb.
delivery-status-state = Stanje
delivery-status-reference = Vaša številka zadeve (neobvezno)
delivery-status-outcome = Izid (neobvezno)
delivery-status-message = Sporočilo prijavitelju (neobvezno, največ 2000 znakov)
delivery-status-button = Pošlji posodobitev
delivery-status-done = Hvala. Vaša posodobitev o prijavi { $reference } je zabeležena; prijavitelj jo vidi na svoji strani stanja.
delivery-status-back = Nazaj na obrazec
delivery-status-error-unknown-state = Izberite eno od stanj s seznama.
delivery-status-error-unknown-outcome = Izberite enega od izidov s seznama ali nobenega.
delivery-status-error-message-too-long = Sporočilo je predolgo: največ 2000 znakov.
delivery-status-error-field-too-long = Številka zadeve je predolga: največ 100 znakov.
delivery-status-error-control-characters = Iz številke zadeve ali sporočila odstranite nevidne krmilne znake.
delivery-status-error-state-backwards = Ta prijava je že v poznejšem stanju; stanja ni mogoče vrniti nazaj.
delivery-status-error-not-delivered = Ta prijava vam ni bila dostavljena, zato ni kaj posodobiti.
delivery-status-error-unknown-delivery = Ta povezava ni veljavna. Uporabite povezavo iz e-pošte točno tako, kot je bila poslana.
recipient-state-received = Prejemnik jo je prejel
recipient-state-in-progress = Prejemnik jo obravnava
recipient-state-closed = Prejemnik jo je zaključil
recipient-outcome-advice-given = Podan je bil nasvet
recipient-outcome-case-opened = Odprta je bila zadeva
recipient-outcome-referred-elsewhere = Predana drugemu organu
recipient-outcome-no-action-possible = Ukrepanje ni mogoče
recipient-their-reference = njihova številka zadeve { $reference }
recipient-updates = Kaj vam je sporočil prejemnik

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
report-field-notify = Obvesti me po e-pošti, ko prejemnik posodobi stanje moje prijave ali mi zastavi vprašanje
report-notify-hint = E-poštno sporočilo vas le obvesti, da je nekaj novega, ter vsebuje vašo referenčno številko in povezavo do vaše strani stanja; nikoli ne vsebuje vaše prijave ali sporočila prejemnika. Da ju lahko preberete, potrebujete svojo zasebno kodo stanja.
report-error-notify-without-email = Če želite prejemati e-poštna obvestila o novostih, navedite svoj e-poštni naslov (in prijave ne oddajte anonimno) ali odznačite to polje.
delivery-question-title = Zastavite vprašanje prijavitelju
delivery-question-lead = Prijavitelj bo vaše vprašanje videl na svoji strani stanja in lahko tam nanj odgovori; odgovor boste prejeli po isti poti kot to prijavo. Pišite navadno besedilo; sprašujte samo po tem, kar potrebujete za zadevo.
delivery-question-label = Vaše vprašanje (največ 2000 znakov)
delivery-question-button = Pošlji vprašanje
delivery-question-done = Hvala. Vaše vprašanje o prijavi { $reference } je zabeleženo; prijavitelj ga bo videl na svoji strani stanja.
followup-error-empty = Najprej napišite besedilo: polje je prazno.
followup-error-too-long = Besedilo je predolgo: vprašanje ima lahko največ 2000 znakov, odgovor pa 4000.
followup-error-field-too-long = Identifikator vprašanja je predolg: največ 100 znakov.
followup-error-control-characters = Iz besedila odstranite nevidne krmilne znake.
followup-error-thread-closed = Prejemnik je to zadevo zaključil, zato vprašanj in odgovorov ne sprejema več. Če je še kaj nerešenega, se obrnite neposredno na prejemnika.
followup-error-already-answered = Na to vprašanje je bil že poslan drug odgovor. Vaše besedilo je prikazano spodaj, da ga ne izgubite.
followup-error-not-delivered = Ta prijava vam ni bila dostavljena, zato zaenkrat ni koga vprašati.
followup-error-unknown = Za to referenčno številko in zasebno kodo stanja tega vprašanja nismo našli. Preverite oboje in znova odprite svojo stran stanja.
status-questions-title = Vprašanja za vas
status-questions-lead = Prejemnik vaše prijave vas je nekaj vprašal. Vaš odgovor bo prejel samo prejemnik, ki je vprašal, in sicer po istem kanalu kot vašo prijavo.
status-questions-from = Sprašuje: { $name }
status-question-asked = Zastavljeno { $date }
status-answer-label = Vaš odgovor
status-answer-hint = Navadno besedilo, največ 4000 znakov. Na vsako vprašanje lahko odgovorite samo enkrat.
status-answer-hint-anonymous = Prijavo ste oddali anonimno: vaš odgovor bo poslan brez vašega imena in kontaktnih podatkov. Ne vpisujte jih vanj, razen če želite, da jih prejemnik pozna.
status-answer-button = Pošlji moj odgovor
status-answer-yours = Vaš odgovor z dne { $date }
status-answer-state-queued = Čaka na pošiljanje
status-answer-state-sent = Poslano prejemniku
status-answer-state-failed = Pošiljanje ni uspelo. Obrnite se neposredno na prejemnika in navedite svojo referenčno številko.
status-answered-notice = Vaš odgovor smo prejeli. Poslan bo prejemniku, ki je vprašal; njegovo stanje je prikazano pod vprašanjem.
status-thread-closed = Prejemnik je zadevo zaključil: odgovorov ne sprejema več.
status-answer-error-title = Vaš odgovor ni bil poslan
status-answer-back = Nazaj na vašo stran stanja
notice-email-subject = Novosti o vaši prijavi { $reference }
notice-email-body = Pozdravljeni,

    prejemnik vaše prijave { $reference } je poslal posodobitev ali vprašanje.

    Za ogled odprite svojo stran stanja in vnesite zasebno kodo stanja s potrdila o prejemu:
    { $status_url }

    Zaradi vaše varnosti to e-poštno sporočilo ne vsebuje ničesar iz vaše prijave. Nikoli ne zahtevamo gesel, kod ali plačil. Če želite preveriti, ali to sporočilo res prihaja od nas, tukaj vnesite svojo referenčno številko:
    { $verify_url }

    To sporočilo prejemate, ker ste zahtevali obvestila o novostih v zvezi s svojo prijavo.

## Withdrawal and retention (issue 19)
receipt-state-withdrawn = Umaknjeno pred pošiljanjem
delivery-status-error-withdrawn = Prijavitelj je to prijavo umaknil. O njej ni mogoče ničesar več zabeležiti; za kopijo, ki ste jo prejeli, uporabite svoja pravila za umaknjene prijave.
status-withdraw-title = Umik te prijave
status-withdraw-lead = Z umikom se s tega portala takoj izbrišejo vaš opis, vaši kontaktni podatki, vaš seznam dokazov in sporočila o tej prijavi. Vsak organ, ki je prijavo prejel, je o tem obveščen po istem kanalu. Umika ni mogoče razveljaviti.
status-withdraw-keep = Organ, ki je prijavo že prejel, svojo kopijo hrani po svojih pravilih: policija jo mora na primer morda hraniti po zakonu. Če želite, da organ svojo kopijo izbriše, se nanj obrnite neposredno in navedite svojo referenčno številko.
status-withdraw-confirm = Razumem, da umika ni mogoče razveljaviti
status-withdraw-button = Umakni mojo prijavo
status-withdraw-error-confirm = Označite polje in tako potrdite, da želite prijavo umakniti.
status-withdrawn-title = Prijava umaknjena
status-withdrawn-done = Vaša prijava je bila umaknjena.
status-withdrawn-notice = To prijavo ste umaknili { $date }. Njeni osebni podatki so bili izbrisani s tega portala.
status-withdrawn-told = { $count ->
    [0] Noben organ je ni prejel, zato ni treba nikogar obvestiti.
    [1] Edini organ, ki jo je prejel, obvestimo po njegovem kanalu.
    [2] Oba organa, ki sta jo prejela, obvestimo, vsakega po njegovem kanalu.
    [one] Obvestimo vse organe, ki so jo prejeli ({ $count }), vsakega po njegovem kanalu.
    [two] Obvestimo vse organe, ki so jo prejeli ({ $count }), vsakega po njegovem kanalu.
    [few] Vse { $count } organe, ki so jo prejeli, obvestimo, vsakega po njegovem kanalu.
   *[other] Vseh { $count } organov, ki so jo prejeli, obvestimo, vsakega po njegovem kanalu.
}
status-withdrawal-notice = Obvestilo o umiku:
status-purged-notice = Osebni podatki te prijave (vaš opis, kontaktni podatki, seznam dokazov in sporočila o njej) so bili izbrisani { $date }, kot je navedeno v obvestilu o varstvu osebnih podatkov. Kar je ostalo, je prikazano spodaj.
report-privacy-before = Vaša prijava gre samo organom, ki jih označite. Kaj hranimo, kako dolgo in katere pravice imate:
report-privacy-link = obvestilo o varstvu osebnih podatkov
