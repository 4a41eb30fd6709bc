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
report-evidence-title = Dovezile pe care le păstrați (opțional)
report-evidence-body = Enumerați ce păstrați: capturi de ecran, mesaje, e-mailuri salvate ca fișiere, extrase de cont, scrisori. Fișierele nu se încarcă nicăieri: rămân la dumneavoastră până când poliția sau un CSIRT vi le cere. Nu treceți niciodată în listă parole sau coduri.
report-evidence-guide = Ce să păstrați la acest tip de incident și cum
report-evidence-name = Numele fișierului sau ce este
report-evidence-note = Nota dumneavoastră (unde se află, ce arată)
report-evidence-pick = Adăugați fișiere de pe acest dispozitiv
report-evidence-pick-hint = Pentru fiecare fișier se adaugă în listă numele, dimensiunea, data și amprenta SHA-256. Fișierele sunt citite doar pe dispozitivul dumneavoastră și nu sunt încărcate nicăieri. Amprenta permite oricui să verifice ulterior că un fișier este exact cel pe care l-ați trecut în listă.
report-evidence-working = Se calculează amprenta fișierului { $name }…
report-evidence-done = { $name } a fost adăugat împreună cu amprenta sa. Fișierul rămâne pe dispozitivul dumneavoastră.
report-evidence-too-large = { $name } are peste { $size }, așa că a fost adăugat fără amprentă. O puteți calcula pe un computer: sha256sum pe Linux, shasum -a 256 pe macOS, certutil -hashfile cu SHA256 pe Windows.
report-evidence-unavailable = Acest browser nu poate calcula amprente pe această pagină; fișierul a fost adăugat doar cu numele, dimensiunea și data.
report-evidence-full = Lista este plină ({ $max } de intrări).
report-honeypot = Lăsați acest câmp gol
report-preview-button = Afișați cine va primi raportul meu
report-send-button = Trimiteți raportul
report-edit-hint = Puteți încă modifica răspunsurile de mai sus și afișa din nou destinatarii.
report-preview-title = Cine ar trebui să primească raportul dumneavoastră
report-preview-lead = În această ordine. Bifați instituțiile cărora vreți să le trimitem raportul; merită să faceți și ceilalți pași, pe cont propriu.
report-preview-uncovered = Încă nu avem puncte de contact pentru această țară.
report-consent = Trimiteți acum raportul meu către: { $name }
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
report-error-evidence-too-many = Treceți în listă cel mult 50 de dovezi.
report-error-evidence-too-long = Un nume sau o notă din lista de dovezi depășește limita: cel mult 255 de caractere pentru un nume și 500 pentru o notă.
report-error-evidence-invalid = O intrare din lista de dovezi are o dimensiune, o dată sau o amprentă care nu este validă. Ștergeți-o și adăugați din nou fișierul.
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
report-draft-sent = Acest raport a fost deja trimis. Numărul său de referință este { $reference }.
report-draft-receipt = Vedeți confirmarea
report-draft-new = Începeți un raport nou
report-draft-expired = Această pagină a expirat: pentru a vă proteja viața privată, ce ați scris se păstrează cel mult 2 ore după ultima afișare a destinatarilor. Vă rugăm să completați din nou formularul.
report-step-later-duty = Pentru mai târziu: acest raport îl trimiteți dumneavoastră la termen, comunicând numărul de referință. Nu îl trimitem noi acum.
report-step-clocks = Termene legale pentru acest destinatar
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
receipt-manual-title = Nu a fost livrat automat
receipt-manual-deadline = Pentru a respecta termenul legal, raportați-le dumneavoastră incidentul până la { $date }, folosind unul dintre canalele de mai jos, și comunicați numărul de referință.
receipt-manual-act = Contactați-i dumneavoastră, folosind unul dintre canalele de mai jos, și comunicați numărul de referință.
receipt-manual-deadline-find = Pentru a respecta termenul legal, raportați-le dumneavoastră incidentul până la { $date }. Nu avem un canal confirmat pentru această instituție: căutați-l pe site-ul oficial al autorității și comunicați numărul de referință.
receipt-manual-find = Nu avem un canal confirmat pentru această instituție: căutați-l pe site-ul oficial al autorității, contactați-o dumneavoastră și comunicați numărul de referință.
receipt-manual-not-chosen = Nu ne-ați cerut să le trimitem raportul.
receipt-manual-no-channel = Nu avem cum să le trimitem raportul în locul dumneavoastră.
receipt-private-title = Păstrați confidențial
receipt-print-hint = Dacă tipăriți această pagină, codul dumneavoastră privat de stare nu apare pe ea.
receipt-flags = Ne-ați mai indicat
receipt-evidence = Dovezile pe care le păstrați
receipt-evidence-hint = Fișierele nu au fost trimise; păstrați-le neschimbate. Un fișier a cărui amprentă SHA-256 se potrivește în continuare este exact cel pe care l-ați trecut în listă.
receipt-evidence-modified = ultima modificare: { $date }
receipt-zone-hint = Orele sunt afișate în fusul orar { $zone }; în UTC: { $utc }.
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
delivery-status-title = Informați persoana care a trimis sesizarea despre stadiul acesteia
delivery-status-lead = Persoana care a trimis sesizarea vede actualizarea dvs. pe pagina de stare, împreună cu numărul dvs. de referință și mesajul. Scrieți text simplu; nu includeți date cu caracter personal ale altor persoane.
delivery-status-state = Stare
delivery-status-reference = Numărul de referință al dosarului dvs. (opțional)
delivery-status-outcome = Rezultat (opțional)
delivery-status-message = Mesaj pentru persoana care a trimis sesizarea (opțional, cel mult 2000 de caractere)
delivery-status-button = Trimiteți actualizarea
delivery-status-done = Vă mulțumim. Actualizarea dvs. privind sesizarea { $reference } a fost înregistrată; persoana care a trimis-o o vede pe pagina de stare.
delivery-status-back = Înapoi la formular
delivery-status-error-unknown-state = Alegeți una dintre stările din listă.
delivery-status-error-unknown-outcome = Alegeți unul dintre rezultatele din listă sau niciunul.
delivery-status-error-message-too-long = Mesajul este prea lung: cel mult 2000 de caractere.
delivery-status-error-field-too-long = Numărul de referință al dosarului este prea lung: cel mult 100 de caractere.
delivery-status-error-control-characters = Eliminați caracterele de control invizibile din numărul de referință sau din mesaj.
delivery-status-error-state-backwards = Această sesizare se află deja într-o stare ulterioară; starea nu poate reveni la una anterioară.
delivery-status-error-not-delivered = Această sesizare nu v-a fost livrată, deci nu există nimic de actualizat.
delivery-status-error-unknown-delivery = Acest link nu este valid. Folosiți linkul din e-mail exact așa cum a fost trimis.
recipient-state-received = Primit de destinatar
recipient-state-in-progress = Destinatarul se ocupă de caz
recipient-state-closed = Închis de destinatar
recipient-outcome-advice-given = S-a oferit consiliere
recipient-outcome-case-opened = S-a deschis un dosar
recipient-outcome-referred-elsewhere = Transmis altei instituții
recipient-outcome-no-action-possible = Nu este posibilă nicio acțiune
recipient-their-reference = numărul lor de referință { $reference }
recipient-updates = Ce v-a comunicat destinatarul

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
report-field-notify = Trimiteți-mi un e-mail când un destinatar actualizează raportul meu sau îmi pune o întrebare
report-notify-hint = E-mailul vă anunță doar că există noutăți și conține numărul de referință și un link către pagina dumneavoastră de stare; nu conține niciodată raportul și nici mesajul destinatarului. Pentru a le citi, aveți nevoie de codul privat de stare.
report-error-notify-without-email = Pentru a primi e-mailuri despre noutăți, introduceți adresa de e-mail (și nu raportați anonim) sau debifați această casetă.
delivery-question-title = Puneți o întrebare persoanei care a trimis sesizarea
delivery-question-lead = Persoana respectivă vede întrebarea dvs. pe pagina de stare și poate răspunde acolo; răspunsul ei vă parvine pe aceeași cale ca această sesizare. Scrieți text simplu; întrebați doar ce vă este necesar pentru caz.
delivery-question-label = Întrebarea dvs. (cel mult 2000 de caractere)
delivery-question-button = Trimiteți întrebarea
delivery-question-done = Vă mulțumim. Întrebarea dvs. privind sesizarea { $reference } a fost înregistrată; persoana care a trimis-o o vede pe pagina de stare.
followup-error-empty = Textul este gol: scrieți-l mai întâi.
followup-error-too-long = Textul este prea lung: o întrebare poate avea cel mult 2000 de caractere, iar un răspuns cel mult 4000.
followup-error-field-too-long = Identificatorul întrebării este prea lung: cel mult 100 de caractere.
followup-error-control-characters = Eliminați caracterele de control invizibile din text.
followup-error-thread-closed = Destinatarul a închis acest caz, așa că nu mai primește întrebări sau răspunsuri. Dacă a mai rămas ceva nelămurit, contactați direct destinatarul.
followup-error-already-answered = Această întrebare are deja un alt răspuns. Textul dumneavoastră este afișat mai jos, ca să îl puteți păstra.
followup-error-not-delivered = Această sesizare nu v-a fost livrată, deci deocamdată nu aveți cui să puneți întrebări.
followup-error-unknown = Nu am găsit această întrebare pentru acest număr de referință și acest cod privat de stare. Verificați-le pe amândouă și deschideți din nou pagina de stare.
status-questions-title = Întrebări pentru dumneavoastră
status-questions-lead = Un destinatar al raportului dumneavoastră v-a adresat o întrebare. Răspunsul ajunge doar la destinatarul care a întrebat, pe același canal ca raportul dumneavoastră.
status-questions-from = { $name } întreabă
status-question-asked = Adresată pe { $date }
status-answer-label = Răspunsul dumneavoastră
status-answer-hint = Text simplu, cel mult 4000 de caractere. Puteți răspunde o singură dată la fiecare întrebare.
status-answer-hint-anonymous = Ați raportat anonim: răspunsul este trimis fără numele și datele dumneavoastră de contact. Nu le scrieți în răspuns decât dacă doriți ca destinatarul să le aibă.
status-answer-button = Trimiteți răspunsul
status-answer-yours = Răspunsul dumneavoastră din { $date }
status-answer-state-queued = Așteaptă să fie trimis
status-answer-state-sent = Trimis destinatarului
status-answer-state-failed = Nu a putut fi trimis. Contactați direct destinatarul și comunicați-i numărul de referință.
status-answered-notice = Am primit răspunsul dumneavoastră. Acesta va ajunge la destinatarul care a întrebat; stadiul trimiterii este afișat sub întrebare.
status-thread-closed = Destinatarul și-a închis cazul: nu se mai primesc răspunsuri.
status-answer-error-title = Răspunsul dumneavoastră nu a fost trimis
status-answer-back = Înapoi la pagina de stare
notice-email-subject = Noutăți despre raportul dumneavoastră { $reference }
notice-email-body = Bună ziua,

    Un destinatar al raportului dumneavoastră { $reference } a trimis o actualizare sau o întrebare.

    Pentru a o citi, deschideți pagina de stare și introduceți codul privat de stare din confirmarea primită:
    { $status_url }

    Pentru siguranța dumneavoastră, acest e-mail nu conține nimic din raport. Nu vă cerem niciodată parole, coduri sau plăți. Pentru a verifica dacă acest e-mail vine într-adevăr de la noi, introduceți aici numărul de referință:
    { $verify_url }

    Primiți acest e-mail pentru că ați cerut să primiți noutăți despre raportul dumneavoastră.

## Retragere și păstrare (issue 19)
receipt-state-withdrawn = Retras înainte de a fi trimis
delivery-status-error-withdrawn = Persoana care a trimis această sesizare a retras-o. Nu se mai poate înregistra nimic despre ea; aplicați copiei primite propriile reguli pentru sesizările retrase.
status-withdraw-title = Retrageți acest raport
status-withdraw-lead = Prin retragere, descrierea, datele de contact, lista de dovezi și mesajele despre acest raport sunt șterse imediat din acest portal. Fiecare instituție care a primit raportul este anunțată pe același canal. Retragerea nu poate fi anulată.
status-withdraw-keep = O instituție care a primit deja raportul își păstrează propria copie, după propriile reguli: poliția, de exemplu, poate fi obligată prin lege să păstreze o plângere. Pentru a cere unei instituții să își șteargă copia, contactați-o direct și comunicați numărul de referință.
status-withdraw-confirm = Înțeleg că retragerea nu poate fi anulată
status-withdraw-button = Retrageți raportul meu
status-withdraw-error-confirm = Bifați căsuța pentru a confirma că doriți să retrageți raportul.
status-withdrawn-title = Raport retras
status-withdrawn-done = Raportul dumneavoastră a fost retras.
status-withdrawn-notice = Ați retras acest raport pe { $date }. Datele personale din el au fost șterse din acest portal.
status-withdrawn-told = { $count ->
    [0] Nicio instituție nu îl primise, așa că nu trebuie anunțat nimeni.
    [one] Singura instituție care îl primise este anunțată pe propriul canal.
    [few] Cele { $count } instituții care îl primiseră sunt anunțate, fiecare pe propriul canal.
   *[other] Cele { $count } de instituții care îl primiseră sunt anunțate, fiecare pe propriul canal.
}
status-withdrawal-notice = Notificarea retragerii:
status-purged-notice = Datele personale din acest raport (descrierea, datele de contact, lista de dovezi și mesajele despre el) au fost șterse pe { $date }, așa cum prevede nota de informare privind protecția datelor. Ce a rămas este afișat mai jos.
report-privacy-before = Raportul dumneavoastră ajunge doar la instituțiile pe care le bifați. Ce păstrăm, cât timp și ce drepturi aveți:
report-privacy-link = nota de informare privind protecția datelor
