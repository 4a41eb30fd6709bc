## Zaščitni ukrepi, dodani po varnostnem pregledu nabiralnika prijav in umika.
inbox-field-current-password = Trenutno geslo
inbox-setup-error-current = Trenutno geslo je napačno.
inbox-signin-refused = E-poštni naslov, geslo ali koda niso pravilni ali pa je račun po 5 neuspešnih poskusih zaklenjen za 15 minut. Preverite jih in poskusite znova ali zahtevajte povezavo za vpis.
followup-error-withdrawn = To prijavo ste umaknili, zato odgovorov nanjo ni več mogoče poslati.
privacy-stored-inbox = Zaposleni v organih, ki uporabljajo nabiralnik prijav: njihov e-poštni naslov, njihovi vpisi ter to, kaj so si ogledali in kaj so storili, skupaj z naslovom IP, ki so ga pri tem uporabili, se hranijo v revizijskem dnevniku.
