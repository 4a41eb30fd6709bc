## Pretinac prijava kontaktne točke (/inbox): za zaposlenike tijela (CSIRT, policija, tijelo za zaštitu osobnih
## podataka…) koje svoje prijave čita na portalu. Jednostavni obrasci, bez JavaScripta.
inbox-title = Pretinac prijava
inbox-lead = Prijave poslane vašoj organizaciji, od najnovije. Kad otvorite prijavu, podnositelj prijave dobiva potvrdu da ste je zaprimili.
inbox-nav-label = Vaš korisnički račun
inbox-signed-in-as = Prijavljeni ste kao
inbox-signout = Odjava
inbox-back = Natrag u pretinac
inbox-error-title = Nije uspjelo
inbox-error-csrf = Ovaj je obrazac istekao ili nije poslan s ovog mrežnog mjesta. Vratite se, ponovno učitajte stranicu i pokušajte ponovno.
inbox-error-filter = Filtar „{ $field }” ima vrijednost koju ovaj pretinac ne nudi. Ponovno je odaberite u obrascu.
inbox-signin-title = Prijava u pretinac
inbox-signin-lead = Za zaposlenike tijela koja putem ovog portala primaju prijave. Korisničke račune otvara upravitelj portala.
inbox-field-email = Adresa e-pošte
inbox-field-password = Lozinka
inbox-field-code = Šesteroznamenkasti kod iz aplikacije za autentifikaciju
inbox-signin-button = Prijavi se
inbox-session-ended = Vaša je sesija istekla. Ponovno se prijavite.
inbox-signed-out = Odjavljeni ste.
inbox-link-title = Ili zatražite jednokratnu poveznicu za prijavu putem e-pošte
inbox-link-button = Pošalji mi poveznicu za prijavu
inbox-link-no-smtp = Poveznice za prijavu putem e-pošte nisu dostupne na ovom portalu jer ne može slati e-poštu.
inbox-link-sent = Ako za ovu adresu postoji korisnički račun, poveznica za prijavu je na putu. Može se upotrijebiti jednom, u roku od 15 minuta.
inbox-link-lead = Ovom se jednokratnom poveznicom prijavljujete u pretinac. Može se upotrijebiti samo jednom.
inbox-link-invalid = Ova poveznica za prijavu više ne vrijedi: već je upotrijebljena, istekla je ili nije točno kopirana. Zatražite novu.
inbox-link-email-subject = Vaša poveznica za prijavu u pretinac cyberhelp
inbox-link-email-body =
    Netko (nadamo se da ste to vi) zatražio je poveznicu za prijavu u pretinac cyberhelp.

    { $url }

    Poveznica se može upotrijebiti jednom, u roku od { $minutes } min. Ako je niste zatražili, zanemarite ovu poruku: bez poveznice se ništa neće dogoditi.
inbox-invite-email-subject = Pozivnica za pretinac cyberhelp
inbox-invite-email-body =
    Upravitelj portala cyberhelp otvorio vam je korisnički račun za pretinac kako biste mogli čitati prijave poslane vašoj organizaciji i odgovarati na njih.

    Otvorite ovu poveznicu kako biste se prvi put prijavili; može se upotrijebiti jednom, u roku od { $hours } h:

    { $url }

    Zatim postavite lozinku i aplikaciju za autentifikaciju kako biste se ubuduće mogli prijavljivati.
inbox-setup-title = Lozinka i aplikacija za autentifikaciju
inbox-setup-link = Lozinka i aplikacija za autentifikaciju
inbox-setup-lead = Postavite lozinku i aplikaciju za autentifikaciju kako biste se mogli prijaviti bez poveznice poslane e-poštom. Svaki put trebat će vam oboje.
inbox-setup-authenticator = Vaša aplikacija za autentifikaciju
inbox-setup-authenticator-lead = U aplikaciji za autentifikaciju dodajte novi račun (TOTP: 6 znamenki, svakih 30 sekundi) i upišite ovaj ključ:
inbox-setup-authenticator-hint = Čuvajte ovaj ključ u tajnosti. Prikazuje se samo na ovoj stranici; ako se vratite kasnije, izradit će se novi.
inbox-field-new-password = Nova lozinka (od 12 do 128 znakova)
inbox-field-repeat-password = Ponovite lozinku
inbox-setup-button = Spremi
inbox-setup-error-length = Lozinka mora imati od 12 do 128 znakova.
inbox-setup-error-mismatch = Lozinke se ne podudaraju.
inbox-setup-error-code = Kod ne odgovara ključu. Provjerite vrijeme na telefonu i upišite trenutačni kod.
inbox-setup-done = Vaša lozinka i aplikacija za autentifikaciju su postavljene.
inbox-setup-suggest = Prijavili ste se jednokratnom poveznicom. Da biste se mogli prijaviti bez nje, postavite lozinku i aplikaciju za autentifikaciju:
inbox-filter-state = Stanje kod vas
inbox-filter-incident = Vrsta incidenta
inbox-filter-from = Zaprimljeno od
inbox-filter-to = Zaprimljeno do
inbox-filter-button = Filtriraj
inbox-filter-all = Sve
inbox-state-new = Nova: još ništa nije zabilježeno
inbox-state-received = Primatelj je zaprimio prijavu
inbox-state-in-progress = Primatelj radi na prijavi
inbox-state-closed = Primatelj je zatvorio predmet
inbox-export = Izvezi ove prijave:
inbox-empty = Vašoj organizaciji još nije poslana nijedna prijava.
inbox-empty-filtered = Nijedna prijava ne odgovara ovim filtrima.
inbox-new = neotvorena
inbox-withdrawn = Podnositelj ju je povukao
inbox-caption = Prijave za { $contact }, stranica { $page }
inbox-col-reference = Referentni broj
inbox-col-received = Zaprimljeno
inbox-col-incident = Vrsta incidenta
inbox-col-victim = Podnositelj
inbox-col-state = Stanje kod vas
inbox-col-deadline = Zakonski rok
inbox-previous = Prethodna stranica
inbox-next = Sljedeća stranica
inbox-report-title = Prijava { $reference }
inbox-deadline = zakonski rok: { $date }
inbox-purged = Osobni podaci ove prijave izbrisani su { $date } (istekom roka čuvanja na portalu ili zato što ju je podnositelj povukao).
inbox-withdrawn-note = Podnositelj je povukao ovu prijavu: o njoj se više ništa ne može zabilježiti niti mu se išta može poslati. Na podatke kojima raspolažete primijenite vlastita pravila za povučene prijave.
inbox-timeline = Što ste zabilježili
inbox-no-updates = Još ništa nije zabilježeno.
inbox-questions = Pitanja podnositelju prijave
inbox-answer = Odgovor:
inbox-no-answer = Još nema odgovora.
inbox-done-status = Vaša je obavijest zabilježena; podnositelj prijave vidi je na svojoj stranici statusa.
inbox-done-question = Vaše je pitanje poslano; podnositelj prijave vidi ga na svojoj stranici statusa.
privacy-channel-inbox = ostaju na ovom portalu, gdje ih tijelo čita u vlastitom pretincu
