## Report form

report-title = Raportați un incident
report-lead = Patru întrebări sunt obligatorii; restul sunt opționale. Înainte să trimitem ceva, vă arătăm cine va primi raportul și dumneavoastră alegeți.
report-never-ask = Nu vă vom cere niciodată parolele, plăți sau acces la dispozitivul dumneavoastră. Nu scrieți parole în acest formular.
report-required-note = Câmpurile marcate cu * sunt obligatorii.
report-section-who = Despre dumneavoastră
report-section-what = Ce s-a întâmplat
report-section-money = Bani și date
report-section-contact = Cum vă putem contacta
report-field-country = Țara în care locuiți sau în care își are sediul organizația *
report-field-country-choose = Alegeți o țară
report-field-country-other = Altă țară
report-field-victim = Cine sunteți? *
report-victim-citizen = O persoană fizică
report-victim-business = O firmă sau o organizație
report-victim-essential-entity = O entitate esențială conform NIS2 (de ex. energie, transport, sănătate, apă potabilă, infrastructură digitală)
report-victim-important-entity = O entitate importantă conform NIS2 (de ex. servicii poștale, deșeuri, substanțe chimice, alimente, producție, furnizori digitali)
report-field-incident = Ce s-a întâmplat? *
report-field-incident-choose = Alegeți ce s-a întâmplat
report-incident-unknown = Nu știu
report-field-description = Descrieți cu propriile cuvinte ce s-a întâmplat *
report-field-description-hint = Ce ați văzut, ce ați făcut și ce s-a întâmplat apoi. Cel puțin 10 caractere.
report-field-started = Când a început? (opțional)
report-field-aware = Când ați observat? (opțional; termenele legale se calculează de la acest moment)
report-field-dates-hint = Ora locală din țara pe care ați ales-o mai sus. Lăsați gol dacă nu știți.
report-field-ongoing = Încă se întâmplă
report-field-money-lost = Am pierdut bani sau am dat datele cardului ori ale contului bancar
report-field-amount = Suma pierdută (opțional)
report-field-currency = Moneda
report-field-personal-data = Sunt afectate datele personale ale altor persoane (clienți, angajați, pacienți)
report-field-minor = Este implicat un copil sau un adolescent
report-field-cross-border = Vânzătorul sau cealaltă persoană se află în altă țară
report-field-email = E-mail (opțional)
report-field-phone = Telefon (opțional)
report-field-anonymous = Raportați anonim (fără date de contact)
report-contact-hint = Dați un contact doar dacă sunteți de acord ca autoritățile alese să vă contacteze.
report-evidence-title = Păstrați dovezile
report-evidence-body = Păstrați capturi de ecran, mesajele împreună cu expeditorul, antetele e-mailurilor, adresele web, numerele tranzacțiilor și datele. Nu ne trimiteți programe malware sau fișiere care ar putea fi infectate și nu trimiteți niciodată parole.
report-honeypot = Lăsați acest câmp gol
report-preview-button = Afișați cine va primi raportul meu
report-send-button = Trimiteți raportul
report-edit-hint = Puteți încă modifica răspunsurile de mai sus și afișa din nou destinatarii.
report-preview-title = Cine ar trebui să primească raportul dumneavoastră
report-preview-lead = În această ordine. Bifați instituțiile cărora vreți să le trimitem raportul; merită să faceți și ceilalți pași, pe cont propriu.
report-preview-uncovered = Încă nu avem puncte de contact pentru această țară.
report-consent = Trimiteți raportul meu către { $name }
report-consent-unavailable = Nu îl putem trimite în locul dumneavoastră: contactați-i direct.
report-deadline = Termen legal: în cel mult { $hours } de ore
report-deadline-at = până la { $date }
report-legal-basis = Temei juridic: { $basis }
report-contact-website = Site web
report-contact-form = Formular online
report-contact-email = E-mail
report-contact-phone = Telefon
report-contact-source = Sursa
report-contact-unverified = Verificați acest canal pe site-ul autorității: nu l-am putut confirma dintr-o sursă oficială.
report-step-bank = Banca dumneavoastră sau linia de blocare a cardurilor
report-step-police = Poliția
report-step-csirt = CSIRT (echipa națională de răspuns la incidente de securitate cibernetică)
report-step-dpa = Autoritatea de protecție a datelor
report-step-consumer = Centrul sau autoritatea pentru protecția consumatorilor
report-step-regulator = Autoritatea competentă
report-step-helpline = Linie de sprijin
report-step-platform = Serviciul sau platforma în cauză
report-no-contact = Folosiți numărul de pe spatele cardului sau aplicația ori site-ul oficial al băncii.
report-errors-title = Vă rugăm să verificați aceste răspunsuri
report-error-country-required = Alegeți o țară.
report-error-country-invalid = Alegeți o țară din listă.
report-error-victim-required = Spuneți-ne cine sunteți.
report-error-incident-required = Spuneți-ne ce s-a întâmplat sau alegeți „Nu știu”.
report-error-invalid-choice = Alegeți una dintre variante.
report-error-description-required = Descrieți ce s-a întâmplat.
report-error-description-short = Vă rugăm să scrieți puțin mai mult (cel puțin 10 caractere).
report-error-description-long = Vă rugăm să scurtați descrierea la 5000 de caractere.
report-error-control-chars = Eliminați caracterele de control invizibile din acest câmp.
report-error-date-invalid = Introduceți o dată de forma 2026-11-29 sau lăsați câmpul gol.
report-error-date-future = Această dată este în viitor.
report-error-aware-before-start = Nu se poate să fi observat înainte de a începe.
report-error-amount-invalid = Introduceți o sumă de forma 250 sau 250,50.
report-error-currency-invalid = Alegeți o monedă.
report-error-email-invalid = Introduceți o adresă de e-mail de forma nume@example.org sau lăsați câmpul gol.
report-error-phone-invalid = Introduceți un număr de telefon cu 6 până la 20 de cifre sau lăsați câmpul gol.
report-error-anonymous-with-contact = Ați cerut anonimatul: ștergeți datele de contact sau debifați „Raportați anonim”.
report-error-bad-request = Nu am putut citi ce s-a trimis. Vă rugăm să reveniți și să încercați din nou.
report-error-no-recipient = Nu s-a trimis nimic: nu ați bifat niciun destinatar. Bifați mai jos cel puțin unul sau păstrați raportul doar pentru evidența proprie.
report-record-button = Păstrați-l doar pentru evidența mea (nu trimiteți nimic)
report-error-rate-limited = Prea multe rapoarte de la conexiunea dumneavoastră într-un timp scurt. Vă rugăm să așteptați un minut și să încercați din nou.

## Receipt and status

receipt-title = Am primit raportul dumneavoastră
receipt-title-record = Păstrat doar pentru evidența dumneavoastră: nu s-a trimis nimic
receipt-record-lead = Nimeni nu a primit acest raport. Pentru a raporta incidentul, contactați dumneavoastră instituțiile de mai jos, folosind ce ați scris pe această pagină.
receipt-reference = Numărul de referință
receipt-reference-hint = Notați-l sau tipăriți această pagină. Comunicați-l atunci când o autoritate vă întreabă despre raport.
receipt-token = Codul dumneavoastră privat de stare
receipt-token-hint = Împreună cu numărul de referință, acest cod vă permite să vedeți stadiul raportului. Nu îl dați nimănui.
receipt-received = Primit pe { $date }
receipt-steps = Ce urmează
receipt-state-queued = Așteaptă să fie trimis
receipt-state-sent = Trimis
receipt-state-acknowledged = Confirmat de destinatar
receipt-state-failed = Nu a putut fi livrat
receipt-state-not-sent = Nu a fost trimis de noi: contactați-i dumneavoastră
receipt-download-json = Descărcați o copie (JSON)
receipt-print = Tipăriți această pagină
receipt-status-link = Pagina de stare
receipt-your-report = Ce ați raportat
status-title = Stadiul raportului dumneavoastră
status-lead = Introduceți numărul de referință și codul privat de stare din confirmarea primită. Nu aveți nevoie de cont.
status-field-reference = Număr de referință
status-field-token = Cod privat de stare
status-submit = Afișați stadiul
status-not-found = Nu am găsit niciun raport cu acest număr de referință și acest cod. Verificați-le pe amândouă și încercați din nou.

## Delivery: status notes on the receipt, and the recipients' confirmation page
receipt-note-waiting-setup = Acest portal nu este încă configurat să trimită sesizări acestui destinatar. Sesizarea dvs. este păstrată și va fi trimisă imediat ce va fi configurat; îi puteți contacta și dvs. direct.
receipt-note-retrying = Trimiterea nu a reușit încă. Încercăm din nou automat.
receipt-note-failed = Vă rugăm să îi contactați dvs. și să le dați numărul de referință.
delivery-ack-title = Confirmați primirea
delivery-ack-intro = Vă rugăm să confirmați că organizația dvs. a primit sesizarea { $reference }. Persoana care a trimis-o va vedea acest lucru pe pagina de stare.
delivery-ack-button = Confirmați primirea
delivery-ack-done = Vă mulțumim. Primirea sesizării { $reference } este confirmată.
delivery-ack-invalid = Acest link de confirmare nu este valid. Folosiți linkul din e-mail exact așa cum a fost trimis.

## Questions that decide whom to tell (shown after the preview when they change the answer)

report-victim-public-body = O instituție publică (de exemplu, o primărie sau o școală)
report-section-more = Încă câteva întrebări: de răspunsurile dumneavoastră depinde pe cine trebuie să anunțați
report-field-region = Regiune
report-field-region-choose = Alegeți regiunea
report-field-sector = Sectorul organizației dumneavoastră
report-field-sector-hint = Entitățile NIS2 trebuie să aleagă un sector; băncile și alte entități financiare raportează conform DORA.
report-field-sector-none = Sectorul nu este în listă / nu știu sigur
report-sector-energy = Energie
report-sector-transport = Transport
report-sector-banking = Sectorul bancar
report-sector-financial-market-infrastructure = Infrastructuri ale pieței financiare
report-sector-health = Sănătate
report-sector-drinking-water = Apă potabilă
report-sector-waste-water = Ape uzate
report-sector-digital-infrastructure = Infrastructură digitală
report-sector-ict-service-management = Gestionarea serviciilor TIC (servicii gestionate)
report-sector-public-administration = Administrație publică
report-sector-space = Spațiu
report-sector-postal-courier = Servicii poștale și de curierat
report-sector-waste-management = Gestionarea deșeurilor
report-sector-chemicals = Substanțe chimice
report-sector-food = Alimente
report-sector-manufacturing = Fabricare
report-sector-digital-providers = Furnizori digitali (piețe online, motoare de căutare, rețele sociale)
report-sector-research = Cercetare
report-sector-trust-services = Servicii de încredere (semnături electronice, sigilii, marcaje temporale)
report-field-role = Pentru datele personale afectate, organizația dumneavoastră este
report-role-controller = operatorul: decide de ce și cum sunt folosite datele
report-role-processor = persoană împuternicită de operator: prelucrează datele pentru o altă organizație
report-role-unsure = nu știu sigur
report-field-device-encrypted = Discul dispozitivului pierdut era criptat puternic, iar parola sau cheia este în siguranță
report-field-payment = Cum au plecat banii?
report-payment-card = Cu cardul
report-payment-transfer = Prin transfer bancar
report-payment-instant = Prin plată instant sau printr-o aplicație de plăți
report-payment-crypto = În criptomonede
report-payment-cash = În numerar, vouchere sau carduri cadou
report-payment-none = Nu au plecat bani
report-field-payment-recent = Acum mai puțin de 24 de ore
report-field-self-approved = Am aprobat chiar eu plata (de exemplu, în timpul unui apel de la un fals consilier bancar)
report-error-region-invalid = Alegeți o regiune din țara pe care ați ales-o.
report-error-sector-required = Alegeți sectorul organizației: de el depind obligațiile NIS2.
report-error-role-citizen = O persoană fizică nu poate fi persoană împuternicită de operator: alegeți „nu știu sigur”.
report-step-controller = Organizația pentru care prelucrați datele (operatorul)
report-step-optional = Opțional
report-deadline-after-hours = Termen legal: în cel mult { $hours ->
    [one] o oră
    [few] { $hours } ore
   *[other] { $hours } de ore
} de la notificarea anterioară
report-deadline-after-months = Termen legal: în cel mult { $months ->
    [one] o lună
    [few] { $months } luni
   *[other] { $months } de luni
} de la notificarea anterioară
report-deadline-undue-delay = Obligație legală: fără întârzieri nejustificate
report-needs-region = Depinde de regiunea dumneavoastră: alegeți-o mai sus și afișați din nou destinatarii. Instituțiile sunt:
report-alternatives = Vă puteți adresa și:
