## Report form

report-title = Prijavite incident
report-lead = Četiri su pitanja obvezna, sve ostalo nije. Prije nego što išta pošaljemo, pokazat ćemo vam tko će primiti vašu prijavu, a vi odlučujete.
report-never-ask = Nikada nećemo tražiti vaše lozinke, plaćanje ni pristup vašem uređaju. Ne upisujte lozinke u ovaj obrazac.
report-required-note = Polja označena sa * su obvezna.
report-section-who = O vama
report-section-what = Što se dogodilo
report-section-money = Novac i podaci
report-section-contact = Kako vas možemo kontaktirati
report-field-country = Zemlja u kojoj živite ili u kojoj vaša organizacija ima sjedište *
report-field-country-choose = Odaberite zemlju
report-field-country-other = Druga zemlja
report-field-victim = Tko ste? *
report-victim-citizen = Privatna osoba
report-victim-business = Tvrtka ili organizacija
report-victim-essential-entity = Ključni subjekt prema NIS2 (npr. energetika, promet, zdravstvo, voda za ljudsku potrošnju, digitalna infrastruktura)
report-victim-important-entity = Važni subjekt prema NIS2 (npr. poštanske usluge, otpad, kemikalije, hrana, proizvodnja, pružatelji digitalnih usluga)
report-field-incident = Što se dogodilo? *
report-field-incident-choose = Odaberite što se dogodilo
report-incident-unknown = Ne znam
report-field-description = Svojim riječima opišite što se dogodilo *
report-field-description-hint = Što ste vidjeli, što ste učinili i što se zatim dogodilo. Najmanje 10 znakova.
report-field-started = Kada je počelo? (nije obvezno)
report-field-aware = Kada ste to primijetili? (nije obvezno; zakonski rokovi teku od tog trenutka)
report-field-dates-hint = Lokalno vrijeme u zemlji koju ste odabrali gore. Ostavite prazno ako ne znate.
report-field-ongoing = Još traje
report-field-money-lost = Došlo je do gubitka novca ili otkrivanja podataka kartice ili bankovnog računa
report-field-amount = Izgubljeni iznos (nije obvezno)
report-field-currency = Valuta
report-field-personal-data = Riječ je o osobnim podacima drugih ljudi (klijenata, zaposlenika, pacijenata)
report-field-minor = Riječ je o djetetu ili maloljetniku
report-field-cross-border = Prodavatelj ili druga osoba je u drugoj zemlji
report-field-email = E-pošta (nije obvezno)
report-field-phone = Telefon (nije obvezno)
report-field-anonymous = Prijavi anonimno (bez podataka za kontakt)
report-contact-hint = Kontakt navedite samo ako pristajete da vas odabrana tijela kontaktiraju.
report-evidence-title = Dokazi koje čuvate (nije obvezno)
report-evidence-body = Navedite što čuvate: snimke zaslona, poruke, e-poruke spremljene kao datoteke, bankovne izvode, pisma. Datoteke nam ne šaljete: ostaju kod vas dok ih ne zatraži policija ili CSIRT. Nikada ne navodite lozinke ni kodove.
report-evidence-guide = Što sačuvati kod ove vrste incidenta i kako
report-evidence-name = Naziv datoteke ili što je to
report-evidence-note = Vaša bilješka (gdje se nalazi, što pokazuje)
report-evidence-pick = Dodaj datoteke s ovog uređaja
report-evidence-pick-hint = Za svaku se datoteku na popis dodaju naziv, veličina, datum i digitalni otisak SHA-256. Datoteke se čitaju samo na vašem uređaju i nikada se ne šalju. Pomoću digitalnog otiska svatko kasnije može provjeriti je li datoteka točno ona koju ste naveli.
report-evidence-working = Izračunava se digitalni otisak datoteke { $name }…
report-evidence-done = Datoteka { $name } dodana je zajedno s digitalnim otiskom. Ostaje na vašem uređaju.
report-evidence-too-large = Datoteka { $name } veća je od { $size } pa je dodana bez digitalnog otiska. Otisak možete izračunati na računalu: sha256sum na Linuxu, shasum -a 256 na macOS-u, certutil -hashfile sa SHA256 na Windowsima.
report-evidence-unavailable = Ovaj preglednik na ovoj stranici ne može izračunati digitalne otiske; datoteka je dodana samo s nazivom, veličinom i datumom.
report-evidence-full = Popis je pun (najveći broj stavki: { $max }).
report-honeypot = Ostavite ovo polje prazno
report-preview-button = Prikaži tko će primiti moju prijavu
report-send-button = Pošalji prijavu
report-edit-hint = Još uvijek možete promijeniti odgovore gore i ponovno prikazati primatelje.
report-preview-title = Tko bi trebao primiti vašu prijavu
report-preview-lead = Ovim redoslijedom. Označite tijela kojima želite da pošaljemo vašu prijavu; ostale korake svejedno se isplati učiniti sami.
report-preview-uncovered = Za ovu zemlju još nemamo kontaktne točke.
report-consent = Pošalji moju prijavu sada primatelju: { $name }
report-consent-unavailable = Ne možemo je poslati umjesto vas: obratite im se izravno.
report-deadline = Zakonski rok: u roku od { $hours ->
    [one] { $hours } sata
    [few] { $hours } sata
   *[other] { $hours } sati
}
report-deadline-at = najkasnije { $date }
report-legal-basis = Pravna osnova: { $basis }
report-contact-website = Mrežna stranica
report-contact-form = Internetski obrazac
report-contact-email = E-pošta
report-contact-phone = Telefon
report-contact-source = Izvor
report-contact-unverified = Provjerite ovaj kanal na mrežnoj stranici tijela: nismo ga mogli potvrditi iz službenog izvora.
report-step-bank = Vaša banka ili broj za blokadu kartica
report-step-police = Policija
report-step-csirt = CSIRT (nacionalni tim za odgovor na računalne sigurnosne incidente)
report-step-dpa = Tijelo za zaštitu osobnih podataka
report-step-consumer = Potrošački centar ili tijelo za zaštitu potrošača
report-step-regulator = Nadležno tijelo
report-step-helpline = Linija za pomoć
report-step-platform = Dotična usluga ili platforma
report-no-contact = Upotrijebite broj na poleđini kartice ili službenu aplikaciju ili mrežnu stranicu svoje banke.
report-errors-title = Provjerite ove odgovore
report-error-country-required = Odaberite zemlju.
report-error-country-invalid = Odaberite zemlju s popisa.
report-error-victim-required = Recite nam tko ste.
report-error-incident-required = Recite nam što se dogodilo ili odaberite „Ne znam”.
report-error-invalid-choice = Odaberite jednu od mogućnosti.
report-error-description-required = Opišite što se dogodilo.
report-error-description-short = Napišite malo više (najmanje 10 znakova).
report-error-description-long = Skratite opis na 5000 znakova.
report-error-control-chars = Uklonite nevidljive kontrolne znakove iz ovog polja.
report-error-evidence-too-many = Navedite najviše 50 dokaza.
report-error-evidence-too-long = Tekst na popisu dokaza predugačak je: naziv smije imati najviše 255 znakova, a bilješka najviše 500.
report-error-evidence-invalid = Veličina, datum ili digitalni otisak jedne stavke na popisu dokaza nisu ispravni. Uklonite tu stavku i ponovno dodajte datoteku.
report-error-date-invalid = Unesite datum u obliku 2026-11-29 ili ostavite polje prazno.
report-error-date-future = Taj je datum u budućnosti.
report-error-aware-before-start = Niste to mogli primijetiti prije nego što je počelo.
report-error-amount-invalid = Unesite iznos u obliku 250 ili 250,50.
report-error-currency-invalid = Odaberite valutu.
report-error-email-invalid = Unesite adresu e-pošte u obliku ime@example.org ili ostavite polje prazno.
report-error-phone-invalid = Unesite telefonski broj sa 6 do 20 znamenki ili ostavite polje prazno.
report-error-anonymous-with-contact = Odabrali ste anonimnu prijavu: izbrišite podatke za kontakt ili uklonite oznaku „Prijavi anonimno”.
report-error-bad-request = Nismo mogli pročitati ono što je poslano. Vratite se i pokušajte ponovno.
report-error-no-recipient = Ništa nije poslano: niste označili nijednog primatelja. Označite barem jednog u nastavku ili zadržite prijavu samo za vlastitu evidenciju.
report-record-button = Zadrži samo za vlastitu evidenciju (ništa ne šalji)
report-draft-sent = Ova je prijava već poslana. Njezin je referentni broj { $reference }.
report-draft-receipt = Prikaži potvrdu o primitku
report-draft-new = Započni novu prijavu
report-draft-expired = Valjanost ove stranice istekla je: radi zaštite vaše privatnosti ono što ste upisali čuvamo najviše 2 sata nakon što ste posljednji put prikazali primatelje. Ponovno ispunite obrazac.
report-step-later-duty = Dospijeva kasnije: to šaljete sami kad dođe rok i navodite svoj referentni broj. Sada to ne šaljemo.
report-step-clocks = Zakonski rokovi za ovog primatelja
report-error-rate-limited = Previše prijava s vaše veze u kratkom vremenu. Pričekajte minutu i pokušajte ponovno.

## Receipt and status

receipt-title = Vaša je prijava zaprimljena
receipt-title-record = Zadržano samo za vašu evidenciju: ništa nije poslano
receipt-record-lead = Nitko nije primio ovu prijavu. Ako želite prijaviti događaj, sami se obratite tijelima navedenima u nastavku i upotrijebite ono što ste napisali na ovoj stranici.
receipt-reference = Vaš referentni broj
receipt-reference-hint = Zapišite ga ili ispišite ovu stranicu. Navedite ga kad vas neko tijelo pita za prijavu.
receipt-token = Vaš privatni kod statusa
receipt-token-hint = Uz referentni broj ovaj vam kod omogućuje da vidite status prijave. Ne dijelite ga ni s kim.
receipt-received = Zaprimljeno { $date }
receipt-steps = Što se sada događa
receipt-state-queued = Čeka slanje
receipt-state-sent = Poslano
receipt-state-acknowledged = Primatelj je potvrdio primitak
receipt-state-failed = Dostava nije uspjela
receipt-state-not-sent = Nismo je poslali mi: obratite im se sami
receipt-download-json = Preuzmi kopiju (JSON)
receipt-print = Ispiši ovu stranicu
receipt-status-link = Stranica sa statusom
receipt-your-report = Što ste prijavili
receipt-manual-title = Nije poslano automatski
receipt-manual-deadline = Da biste poštovali zakonski rok, prijavite im to sami najkasnije do { $date } putem jednog od kanala u nastavku i navedite svoj referentni broj.
receipt-manual-act = Obratite im se sami putem jednog od kanala u nastavku i navedite svoj referentni broj.
receipt-manual-deadline-find = Da biste poštovali zakonski rok, prijavite im to sami najkasnije do { $date }. Za ovo tijelo nemamo potvrđen kanal: pronađite ga na njegovoj službenoj mrežnoj stranici i navedite svoj referentni broj.
receipt-manual-find = Za ovo tijelo nemamo potvrđen kanal: pronađite ga na njegovoj službenoj mrežnoj stranici, obratite im se sami i navedite svoj referentni broj.
receipt-manual-not-chosen = Niste zatražili da im je pošaljemo.
receipt-manual-no-channel = Nemamo načina da im je pošaljemo umjesto vas.
receipt-private-title = Čuvajte ovo samo za sebe
receipt-print-hint = Na ispisu ove stranice neće biti vašeg privatnog koda statusa.
receipt-flags = Naveli ste nam i sljedeće
receipt-evidence = Dokazi koje čuvate
receipt-evidence-hint = Datoteke nisu poslane; čuvajte ih nepromijenjene. Datoteka čiji se digitalni otisak SHA-256 i dalje podudara točno je ona koju ste naveli.
receipt-evidence-modified = posljednja izmjena { $date }
receipt-zone-hint = Vrijeme je prikazano prema vremenskoj zoni { $zone }; prema UTC-u: { $utc }.
status-title = Status vaše prijave
status-lead = Unesite referentni broj i privatni kod statusa iz potvrde o primitku. Korisnički račun nije potreban.
status-field-reference = Referentni broj
status-field-token = Privatni kod statusa
status-submit = Prikaži status
status-not-found = Nismo pronašli prijavu s tim referentnim brojem i kodom. Provjerite oboje i pokušajte ponovno.

## Delivery: status notes on the receipt, and the recipients' confirmation page
receipt-note-waiting-setup = Ovaj portal još nije postavljen za slanje prijava ovom primatelju. Vaša prijava je spremljena i bit će poslana čim to bude moguće; možete im se obratiti i sami.
receipt-note-retrying = Slanje još nije uspjelo. Automatski pokušavamo ponovno.
receipt-note-failed = Obratite im se sami i navedite svoj referentni broj.
delivery-ack-title = Potvrda primitka
delivery-ack-intro = Molimo potvrdite da je vaša organizacija primila prijavu { $reference }. Podnositelj prijave to će vidjeti na svojoj stranici statusa.
delivery-ack-button = Potvrdi primitak
delivery-ack-done = Hvala. Primitak prijave { $reference } je potvrđen.
delivery-ack-invalid = Ova poveznica za potvrdu nije valjana. Upotrijebite poveznicu iz e-pošte točno onako kako je poslana.
delivery-status-title = Obavijestite podnositelja prijave o stanju predmeta
delivery-status-lead = Podnositelj prijave vidjet će vašu obavijest na svojoj stranici statusa, zajedno s vašim brojem predmeta i porukom. Pišite običnim tekstom; ne navodite osobne podatke drugih osoba.
delivery-status-state = Stanje
delivery-status-reference = Vaš broj predmeta (neobvezno)
delivery-status-outcome = Ishod (neobvezno)
delivery-status-message = Poruka podnositelju prijave (neobvezno, najviše 2000 znakova)
delivery-status-button = Pošalji obavijest
delivery-status-done = Hvala. Vaša obavijest o prijavi { $reference } je zabilježena; podnositelj prijave vidi je na svojoj stranici statusa.
delivery-status-back = Natrag na obrazac
delivery-status-error-unknown-state = Odaberite jedno od stanja s popisa.
delivery-status-error-unknown-outcome = Odaberite jedan od ishoda s popisa ili nijedan.
delivery-status-error-message-too-long = Poruka je predugačka: najviše 2000 znakova.
delivery-status-error-field-too-long = Broj predmeta je predugačak: najviše 100 znakova.
delivery-status-error-control-characters = Uklonite nevidljive kontrolne znakove iz broja predmeta ili poruke.
delivery-status-error-state-backwards = Ova je prijava već u kasnijem stanju; stanje se ne može vratiti unatrag.
delivery-status-error-not-delivered = Ova vam prijava nije dostavljena, pa nema što ažurirati.
delivery-status-error-unknown-delivery = Ova poveznica nije valjana. Upotrijebite poveznicu iz e-pošte točno onako kako je poslana.
recipient-state-received = Primatelj je zaprimio prijavu
recipient-state-in-progress = Primatelj radi na prijavi
recipient-state-closed = Primatelj je zatvorio predmet
recipient-outcome-advice-given = Dan je savjet
recipient-outcome-case-opened = Otvoren je predmet
recipient-outcome-referred-elsewhere = Proslijeđeno drugom tijelu
recipient-outcome-no-action-possible = Nije moguće poduzeti nikakve mjere
recipient-their-reference = broj predmeta kod primatelja: { $reference }
recipient-updates = Što vam je primatelj poručio

## Pitanja o kojima ovisi koga treba obavijestiti (prikazuju se nakon pregleda kad mijenjaju odgovor)

report-victim-public-body = Javno tijelo (na primjer općina ili škola)
report-section-more = Još nekoliko pitanja: o vašim odgovorima ovisi koga morate obavijestiti
report-field-region = Regija
report-field-region-choose = Odaberite svoju regiju
report-field-sector = Sektor vaše organizacije
report-field-sector-hint = Subjekti iz NIS2 moraju odabrati sektor; banke i drugi financijski subjekti izvješćuju prema DORA-i.
report-field-sector-none = Sektor nije naveden / ne znam točno
report-sector-energy = Energetika
report-sector-transport = Promet
report-sector-banking = Bankarstvo
report-sector-financial-market-infrastructure = Infrastruktura financijskog tržišta
report-sector-health = Zdravstvo
report-sector-drinking-water = Voda za ljudsku potrošnju
report-sector-waste-water = Otpadne vode
report-sector-digital-infrastructure = Digitalna infrastruktura
report-sector-ict-service-management = Upravljanje uslugama IKT-a (upravljane usluge)
report-sector-public-administration = Javna uprava
report-sector-space = Svemir
report-sector-postal-courier = Poštanske i kurirske usluge
report-sector-waste-management = Gospodarenje otpadom
report-sector-chemicals = Kemikalije
report-sector-food = Hrana
report-sector-manufacturing = Proizvodnja
report-sector-digital-providers = Pružatelji digitalnih usluga (internetska tržišta, tražilice, društvene mreže)
report-sector-research = Istraživanje
report-sector-trust-services = Usluge povjerenja (elektronički potpisi, pečati, vremenski žigovi)
report-field-role = Za pogođene osobne podatke vaša je organizacija
report-role-controller = voditelj obrade: odlučuje zašto se i kako podaci koriste
report-role-processor = izvršitelj obrade: obrađuje podatke za drugu organizaciju
report-role-unsure = ne znam točno
report-field-device-encrypted = Disk izgubljenog uređaja bio je snažno šifriran, a lozinka ili ključ su na sigurnom
report-field-payment = Kako je novac otišao?
report-payment-card = Karticom
report-payment-transfer = Bankovnim prijenosom
report-payment-instant = Instant plaćanjem ili aplikacijom za plaćanje
report-payment-crypto = U kriptovaluti
report-payment-cash = U gotovini, vaučerima ili poklon-karticama
report-payment-none = Nije otišao nikakav novac
report-field-payment-recent = Prije manje od 24 sata
report-field-self-approved = Plaćanje sam osobno odobrio/la (na primjer tijekom poziva lažnog bankovnog savjetnika)
report-error-region-invalid = Odaberite regiju u zemlji koju ste odabrali.
report-error-sector-required = Odaberite sektor svoje organizacije: o njemu ovise obveze iz NIS2.
report-error-role-citizen = Privatna osoba ne može biti izvršitelj obrade: odaberite „ne znam točno”.
report-step-controller = Organizacija za koju obrađujete podatke (voditelj obrade)
report-step-optional = Neobavezno
report-deadline-after-hours = Zakonski rok: u roku od { $hours ->
    [one] { $hours } sata
    [few] { $hours } sata
   *[other] { $hours } sati
} od vaše prethodne obavijesti
report-deadline-after-months = Zakonski rok: u roku od { $months ->
    [1] mjesec dana
    [one] { $months } mjeseca
    [few] { $months } mjeseca
   *[other] { $months } mjeseci
} od vaše prethodne obavijesti
report-deadline-undue-delay = Zakonska obveza: bez nepotrebnog odgađanja
report-needs-region = To ovisi o vašoj regiji: odaberite je gore i ponovno prikažite primatelje. Tijela su:
report-alternatives = Moguće je i:
report-field-notify = Obavijestite me e-poštom kad primatelj ažurira stanje moje prijave ili mi postavi pitanje
report-notify-hint = E-poruka samo javlja da postoji novost te sadrži vaš referentni broj i poveznicu na vašu stranicu statusa; nikada ne sadrži vašu prijavu ni poruku primatelja. Da biste ih pročitali, potreban vam je privatni kod statusa.
report-error-notify-without-email = Da biste primali obavijesti o novostima e-poštom, navedite svoju adresu e-pošte (i ne prijavljujte anonimno) ili uklonite ovu oznaku.
delivery-question-title = Postavite pitanje podnositelju prijave
delivery-question-lead = Podnositelj prijave vidjet će vaše pitanje na svojoj stranici statusa i ondje može odgovoriti; odgovor će vam stići istim putem kojim je stigla ova prijava. Pišite običnim tekstom; pitajte samo ono što vam je potrebno za predmet.
delivery-question-label = Vaše pitanje (najviše 2000 znakova)
delivery-question-button = Pošalji pitanje
delivery-question-done = Hvala. Vaše pitanje o prijavi { $reference } je zabilježeno; podnositelj prijave vidi ga na svojoj stranici statusa.
followup-error-empty = Najprije napišite tekst: polje je prazno.
followup-error-too-long = Tekst je predugačak: pitanje smije imati najviše 2000 znakova, a odgovor najviše 4000.
followup-error-field-too-long = Identifikator pitanja je predugačak: najviše 100 znakova.
followup-error-control-characters = Uklonite nevidljive kontrolne znakove iz teksta.
followup-error-thread-closed = Primatelj je zatvorio ovaj predmet pa više ne prima pitanja ni odgovore. Ako je nešto još otvoreno, obratite se izravno primatelju.
followup-error-already-answered = Na ovo je pitanje već dan drukčiji odgovor. Vaš je tekst prikazan u nastavku kako biste ga mogli sačuvati.
followup-error-not-delivered = Ova vam prijava nije dostavljena, pa zasad nemate koga pitati.
followup-error-unknown = Ovo pitanje nije pronađeno za taj referentni broj i privatni kod statusa. Provjerite oboje i ponovno otvorite svoju stranicu statusa.
status-questions-title = Pitanja za vas
status-questions-lead = Jedan od primatelja vaše prijave postavio vam je pitanje. Vaš odgovor dobiva samo primatelj koji je postavio pitanje, i to istim kanalom kojim mu je poslana vaša prijava.
status-questions-from = { $name } pita
status-question-asked = Postavljeno { $date }
status-answer-label = Vaš odgovor
status-answer-hint = Običan tekst, najviše 4000 znakova. Na svako pitanje možete odgovoriti jednom.
status-answer-hint-anonymous = Prijavili ste anonimno: vaš se odgovor šalje bez vašeg imena i podataka za kontakt. Ne upisujte ih u odgovor, osim ako želite da ih primatelj dobije.
status-answer-button = Pošalji moj odgovor
status-answer-yours = Vaš odgovor od { $date }
status-answer-state-queued = Čeka slanje
status-answer-state-sent = Poslano primatelju
status-answer-state-failed = Slanje nije uspjelo. Obratite se izravno primatelju i navedite svoj referentni broj.
status-answered-notice = Vaš je odgovor zaprimljen. Dobit će ga primatelj koji je postavio pitanje; stanje odgovora prikazano je ispod pitanja.
status-thread-closed = Primatelj je zatvorio svoj predmet: odgovori se više ne primaju.
status-answer-error-title = Vaš odgovor nije poslan
status-answer-back = Natrag na vašu stranicu statusa
notice-email-subject = Novosti o vašoj prijavi { $reference }
notice-email-body = Poštovani,

    primatelj vaše prijave { $reference } poslao je novu obavijest ili pitanje.

    Za čitanje otvorite svoju stranicu statusa i unesite privatni kod statusa iz potvrde o primitku:
    { $status_url }

    Radi vaše sigurnosti ova e-poruka ne sadrži ništa iz vaše prijave. Nikada ne tražimo lozinke, kodove ni plaćanja. Da biste provjerili dolazi li ova e-poruka zaista od nas, ovdje unesite svoj referentni broj:
    { $verify_url }

    Ovu e-poruku primate jer ste zatražili obavijesti o novostima u vezi sa svojom prijavom.

## Withdrawal and retention (issue 19)
receipt-state-withdrawn = Povučeno prije slanja
delivery-status-error-withdrawn = Podnositelj je povukao ovu prijavu. O njoj se više ništa ne može zabilježiti; na primjerak koji ste primili primijenite vlastita pravila za povučene prijave.
status-withdraw-title = Povlačenje ove prijave
status-withdraw-lead = Povlačenjem se s ovog portala odmah brišu vaš opis, vaši podaci za kontakt, vaš popis dokaza i poruke o ovoj prijavi. Svako tijelo koje je primilo prijavu o tome se obavještava istim kanalom. Povlačenje se ne može poništiti.
status-withdraw-keep = Tijelo koje je već primilo prijavu zadržava vlastiti primjerak prema vlastitim pravilima: policija, primjerice, možda po zakonu mora čuvati kaznenu prijavu. Ako želite da neko tijelo izbriše svoj primjerak, obratite mu se izravno i navedite svoj referentni broj.
status-withdraw-confirm = Razumijem da se povlačenje ne može poništiti
status-withdraw-button = Povuci moju prijavu
status-withdraw-error-confirm = Označite okvir kako biste potvrdili da želite povući prijavu.
status-withdrawn-title = Prijava povučena
status-withdrawn-done = Vaša je prijava povučena.
status-withdrawn-notice = Ovu ste prijavu povukli { $date }. Njezini osobni podaci izbrisani su s ovog portala.
status-withdrawn-told = { $count ->
    [0] Nijedno je tijelo nije primilo, pa nikoga ne treba obavijestiti.
    [1] Jedino tijelo koje ju je primilo obavještavamo putem njegova vlastitog kanala.
    [one] Obavještavamo sva tijela koja su je primila ({ $count }), svako putem vlastitog kanala.
    [few] Sva { $count } tijela koja su je primila obavještavamo, svako putem vlastitog kanala.
   *[other] Svih { $count } tijela koja su je primila obavještavamo, svako putem vlastitog kanala.
}
status-withdrawal-notice = Obavijest o povlačenju:
status-purged-notice = Osobni podaci ove prijave (vaš opis, podaci za kontakt, popis dokaza i poruke o njoj) izbrisani su { $date }, kako je navedeno u obavijesti o zaštiti osobnih podataka. Ono što je preostalo prikazano je u nastavku.
report-privacy-before = Vaša prijava ide samo tijelima koja označite. Što čuvamo, koliko dugo i koja su vaša prava:
report-privacy-link = obavijest o zaštiti osobnih podataka
