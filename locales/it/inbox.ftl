## La posta in arrivo dei punti di contatto (/inbox): per il personale di un ente (CSIRT, polizia, autorità per la
## protezione dei dati…) che legge le proprie segnalazioni nel portale. Moduli semplici, senza JavaScript.
inbox-title = Posta in arrivo
inbox-lead = Le segnalazioni inviate alla sua organizzazione, dalla più recente. Aprendo una segnalazione, conferma a chi l’ha inviata di averla ricevuta.
inbox-nav-label = Il suo account
inbox-signed-in-as = Accesso effettuato come
inbox-signout = Esci
inbox-back = Torna alla posta in arrivo
inbox-error-title = Operazione non riuscita
inbox-error-csrf = Questo modulo è scaduto oppure non proviene da questo sito. Torni indietro, ricarichi la pagina e riprovi.
inbox-error-filter = Il filtro «{ $field }» ha un valore che questa posta in arrivo non prevede. Lo scelga di nuovo dal modulo.
inbox-signin-title = Accesso alla posta in arrivo
inbox-signin-lead = Per il personale degli enti che ricevono segnalazioni tramite questo portale. Gli account vengono creati dal gestore del portale.
inbox-field-email = Indirizzo e-mail
inbox-field-password = Password
inbox-field-code = Codice a 6 cifre della sua app di autenticazione
inbox-signin-button = Accedi
inbox-session-ended = La sua sessione è terminata. Acceda di nuovo.
inbox-signed-out = Disconnessione effettuata.
inbox-link-title = Oppure riceva via e-mail un link di accesso monouso
inbox-link-button = Inviatemi un link di accesso via e-mail
inbox-link-no-smtp = I link di accesso via e-mail non sono disponibili in questa installazione: non può inviare e-mail.
inbox-link-sent = Se a questo indirizzo corrisponde un account, riceverà a breve un link di accesso. Funziona una sola volta, per 15 minuti.
inbox-link-lead = Con questo link monouso accede alla posta in arrivo. Funziona una sola volta.
inbox-link-invalid = Questo link di accesso non funziona più: è già stato usato, è scaduto oppure è stato copiato in modo errato. Ne chieda uno nuovo.
inbox-link-email-subject = Il suo link di accesso alla posta in arrivo di cyberhelp
inbox-link-email-body =
    Qualcuno (speriamo lei) ha chiesto un link per accedere alla posta in arrivo di cyberhelp.

    { $url }

    Il link funziona una sola volta, per { $minutes } minuti. Se non l’ha chiesto lei, ignori questa e-mail: senza il link non succede nulla.
inbox-invite-email-subject = Invito alla posta in arrivo di cyberhelp
inbox-invite-email-body =
    Il gestore del portale cyberhelp ha creato per lei un account nella posta in arrivo, perché possa leggere le segnalazioni inviate alla sua organizzazione e rispondere.

    Apra questo link per accedere la prima volta; funziona una sola volta, entro { $hours } ore:

    { $url }

    Poi imposti una password e un’app di autenticazione per gli accessi successivi.
inbox-setup-title = Password e app di autenticazione
inbox-setup-link = Password e app di autenticazione
inbox-setup-lead = Imposti una password e un’app di autenticazione per accedere senza un link inviato via e-mail. Le serviranno entrambe a ogni accesso.
inbox-setup-authenticator = La sua app di autenticazione
inbox-setup-authenticator-lead = Aggiunga un nuovo account nella sua app di autenticazione (TOTP: 6 cifre, ogni 30 secondi) e digiti questa chiave:
inbox-setup-authenticator-hint = Tenga segreta questa chiave. Viene mostrata solo in questa pagina; se torna più tardi, ne viene generata una nuova.
inbox-field-new-password = Nuova password (da 12 a 128 caratteri)
inbox-field-repeat-password = Ripeta la password
inbox-setup-button = Salva
inbox-setup-error-length = La password deve avere da 12 a 128 caratteri.
inbox-setup-error-mismatch = Le due password non coincidono.
inbox-setup-error-code = Il codice non corrisponde alla chiave. Controlli l’ora del suo telefono e digiti il codice attuale.
inbox-setup-done = La password e l’app di autenticazione sono state impostate.
inbox-setup-suggest = Ha effettuato l’accesso con un link monouso. Per accedere senza link, imposti una password e un’app di autenticazione:
inbox-filter-state = Stato della pratica
inbox-filter-incident = Tipo di incidente
inbox-filter-from = Ricevute dal
inbox-filter-to = Ricevute fino al
inbox-filter-button = Filtra
inbox-filter-all = Tutti
inbox-state-new = Nuova: ancora nulla di registrato
inbox-state-received = Ricevuta dal destinatario
inbox-state-in-progress = Il destinatario se ne sta occupando
inbox-state-closed = Chiusa dal destinatario
inbox-export = Esporta queste segnalazioni:
inbox-empty = Alla sua organizzazione non è stata ancora inviata nessuna segnalazione.
inbox-empty-filtered = Nessuna segnalazione corrisponde a questi filtri.
inbox-new = non aperta
inbox-withdrawn = Ritirata da chi l’ha inviata
inbox-caption = Segnalazioni per { $contact }, pagina { $page }
inbox-col-reference = Numero di riferimento
inbox-col-received = Ricevuta
inbox-col-incident = Tipo di incidente
inbox-col-victim = Segnalata da
inbox-col-state = Stato della pratica
inbox-col-deadline = Scadenza di legge
inbox-previous = Pagina precedente
inbox-next = Pagina successiva
inbox-report-title = Segnalazione { $reference }
inbox-deadline = scadenza di legge: { $date }
inbox-purged = I dati personali di questa segnalazione sono stati cancellati il { $date } (per il periodo di conservazione del portale o per il ritiro da parte di chi l’ha inviata).
inbox-withdrawn-note = Chi ha inviato questa segnalazione l’ha ritirata: non è più possibile registrare nulla al riguardo né inviare nulla a questa persona. Applichi a quanto conserva le regole della sua organizzazione per le segnalazioni ritirate.
inbox-timeline = Che cosa ha registrato
inbox-no-updates = Non è stato ancora registrato nulla.
inbox-questions = Domande a chi ha inviato la segnalazione
inbox-answer = Risposta:
inbox-no-answer = Ancora nessuna risposta.
inbox-done-status = Il suo aggiornamento è stato registrato; chi ha inviato la segnalazione lo vede nella propria pagina di stato.
inbox-done-question = La sua domanda è stata inviata; chi ha inviato la segnalazione la vede nella propria pagina di stato.
privacy-channel-inbox = restano in questo portale, dove l’ente le legge nella propria posta in arrivo
