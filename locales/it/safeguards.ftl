## Tutele aggiunte dopo una verifica di sicurezza della posta in arrivo e del ritiro delle segnalazioni.
inbox-field-current-password = Password attuale
inbox-setup-error-current = La password attuale non è corretta.
inbox-signin-refused = L’indirizzo e-mail, la password o il codice non sono corretti, oppure l’account è bloccato per 15 minuti dopo 5 tentativi non riusciti. Li controlli e riprovi, oppure chieda un link di accesso.
followup-error-withdrawn = Ha ritirato questa segnalazione, quindi non si accettano più risposte.
privacy-stored-inbox = Per il personale degli enti che usano la posta in arrivo, vengono conservati in un registro di audit l’indirizzo e-mail di ciascuna persona, i suoi accessi e ciò che ha consultato e fatto, con l’indirizzo IP utilizzato.
