## Căsuța de rapoarte a punctelor de contact (/inbox): pentru personalul unei instituții (CSIRT, poliție, autoritate de
## protecție a datelor…) care își citește rapoartele în portal. Formulare simple, fără JavaScript.
inbox-title = Căsuța de rapoarte
inbox-lead = Rapoartele trimise organizației dvs., cele mai noi primele. Când deschideți un raport, persoanei care l-a trimis i se confirmă că l-ați primit.
inbox-nav-label = Contul dvs.
inbox-signed-in-as = Conectat ca
inbox-signout = Deconectare
inbox-back = Înapoi la căsuța de rapoarte
inbox-error-title = Operațiunea nu a reușit
inbox-error-csrf = Acest formular a expirat sau nu provine de pe acest site. Reveniți, reîncărcați pagina și încercați din nou.
inbox-error-filter = Filtrul „{ $field }” are o valoare pe care această căsuță de rapoarte nu o oferă. Alegeți-o din nou din formular.
inbox-signin-title = Conectare la căsuța de rapoarte
inbox-signin-lead = Pentru personalul instituțiilor care primesc rapoarte prin acest portal. Conturile sunt create de administratorul portalului.
inbox-field-email = Adresă de e-mail
inbox-field-password = Parolă
inbox-field-code = Codul de 6 cifre din aplicația dvs. de autentificare
inbox-signin-button = Conectare
inbox-session-ended = Sesiunea dvs. s-a încheiat. Conectați-vă din nou.
inbox-signed-out = V-ați deconectat.
inbox-link-title = Sau primiți prin e-mail un link de conectare de unică folosință
inbox-link-button = Trimiteți-mi prin e-mail un link de conectare
inbox-link-no-smtp = Linkurile de conectare prin e-mail nu sunt disponibile în această instalare: nu poate trimite e-mailuri.
inbox-link-sent = Dacă această adresă are un cont, îi trimitem un link de conectare. Linkul funcționează o singură dată, timp de 15 minute.
inbox-link-lead = Acest link de unică folosință vă conectează la căsuța de rapoarte. Funcționează o singură dată.
inbox-link-invalid = Acest link de conectare nu mai funcționează: a fost deja folosit, a expirat sau a fost copiat greșit. Cereți unul nou.
inbox-link-email-subject = Linkul dvs. de conectare la căsuța de rapoarte cyberhelp
inbox-link-email-body =
    Cineva (sperăm că dvs.) a cerut un link de conectare la căsuța de rapoarte cyberhelp.

    { $url }

    Linkul funcționează o singură dată, timp de { $minutes ->
        [one] { $minutes } minut
        [few] { $minutes } minute
       *[other] { $minutes } de minute
    }. Dacă nu l-ați cerut, ignorați acest e-mail: fără link nu se întâmplă nimic.
inbox-invite-email-subject = Invitație la căsuța de rapoarte cyberhelp
inbox-invite-email-body =
    Administratorul portalului cyberhelp v-a creat un cont în căsuța de rapoarte, ca să puteți citi rapoartele trimise organizației dvs. și să răspundeți la ele.

    Deschideți acest link pentru a vă conecta prima dată; funcționează o singură dată, în cel mult { $hours ->
        [one] { $hours } oră
        [few] { $hours } ore
       *[other] { $hours } de ore
    }:

    { $url }

    Apoi setați o parolă și o aplicație de autentificare pentru conectările ulterioare.
inbox-setup-title = Parolă și aplicație de autentificare
inbox-setup-link = Parolă și aplicație de autentificare
inbox-setup-lead = Setați o parolă și o aplicație de autentificare ca să vă puteți conecta fără un link primit prin e-mail. Veți avea nevoie de amândouă la fiecare conectare.
inbox-setup-authenticator = Aplicația dvs. de autentificare
inbox-setup-authenticator-lead = Adăugați un cont nou în aplicația dvs. de autentificare (TOTP: 6 cifre, la fiecare 30 de secunde) și introduceți această cheie:
inbox-setup-authenticator-hint = Păstrați secretă această cheie. Este afișată doar pe această pagină; dacă reveniți mai târziu, se generează una nouă.
inbox-field-new-password = Parolă nouă (între 12 și 128 de caractere)
inbox-field-repeat-password = Repetați parola
inbox-setup-button = Salvați
inbox-setup-error-length = Parola trebuie să aibă între 12 și 128 de caractere.
inbox-setup-error-mismatch = Cele două parole nu coincid.
inbox-setup-error-code = Codul nu corespunde cheii. Verificați ora de pe telefon și introduceți codul actual.
inbox-setup-done = Parola și aplicația de autentificare au fost setate.
inbox-setup-suggest = V-ați conectat cu un link de unică folosință. Ca să vă puteți conecta fără un astfel de link, setați o parolă și o aplicație de autentificare:
inbox-filter-state = Starea dosarului
inbox-filter-incident = Tipul incidentului
inbox-filter-from = Primite de la
inbox-filter-to = Primite până la
inbox-filter-button = Filtrați
inbox-filter-all = Toate
inbox-state-new = Nou: nimic înregistrat încă
inbox-state-received = Primit de destinatar
inbox-state-in-progress = Destinatarul se ocupă de caz
inbox-state-closed = Închis de destinatar
inbox-export = Exportați aceste rapoarte:
inbox-empty = Organizației dvs. nu i s-a trimis încă niciun raport.
inbox-empty-filtered = Niciun raport nu corespunde acestor filtre.
inbox-new = nedeschis
inbox-withdrawn = Retras de persoana care l-a trimis
inbox-caption = Rapoarte pentru { $contact }, pagina { $page }
inbox-col-reference = Număr de referință
inbox-col-received = Primit
inbox-col-incident = Tipul incidentului
inbox-col-victim = Raportat de
inbox-col-state = Starea dosarului
inbox-col-deadline = Termen legal
inbox-previous = Pagina anterioară
inbox-next = Pagina următoare
inbox-report-title = Raportul { $reference }
inbox-deadline = termen legal: { $date }
inbox-purged = Datele personale din acest raport au fost șterse pe { $date } (la expirarea perioadei de păstrare a portalului sau la retragerea raportului de către persoana care l-a trimis).
inbox-withdrawn-note = Persoana care a trimis acest raport l-a retras: nu se mai poate înregistra nimic despre el și nu i se mai poate trimite nimic. Aplicați datelor pe care le dețineți propriile reguli pentru rapoartele retrase.
inbox-timeline = Ce ați înregistrat
inbox-no-updates = Nu s-a înregistrat încă nimic.
inbox-questions = Întrebări pentru persoana care a trimis raportul
inbox-answer = Răspuns:
inbox-no-answer = Niciun răspuns încă.
inbox-done-status = Actualizarea dvs. a fost înregistrată; persoana care a trimis raportul o vede pe pagina sa de stare.
inbox-done-question = Întrebarea dvs. a fost trimisă; persoana care a trimis raportul o vede pe pagina sa de stare.
privacy-channel-inbox = rămân în acest portal, unde instituția le citește în propria căsuță de rapoarte
