## Măsuri de protecție adăugate în urma unei evaluări de securitate a căsuței de rapoarte și a retragerii rapoartelor.
inbox-field-current-password = Parola actuală
inbox-setup-error-current = Parola actuală nu este corectă.
inbox-signin-refused = Adresa de e-mail, parola sau codul nu sunt corecte ori contul este blocat timp de 15 minute după 5 încercări nereușite. Verificați-le și încercați din nou sau cereți un link de conectare.
followup-error-withdrawn = Ați retras acest raport, așa că nu mai sunt primite răspunsuri.
privacy-stored-inbox = Personalul instituțiilor care folosesc căsuța de rapoarte: adresa de e-mail, conectările, ce au consultat și ce au făcut, precum și adresa IP pe care au folosit-o sunt păstrate într-un jurnal de audit.
