## Zaštitne mjere dodane nakon sigurnosne provjere pretinca prijava i povlačenja.
inbox-field-current-password = Trenutačna lozinka
inbox-setup-error-current = Trenutačna lozinka nije točna.
inbox-signin-refused = Adresa e-pošte, lozinka ili kod nisu točni ili je račun zaključan 15 minuta nakon 5 neuspjelih pokušaja. Provjerite ih i pokušajte ponovno ili zatražite poveznicu za prijavu.
followup-error-withdrawn = Ovu ste prijavu povukli pa se na nju više ne primaju odgovori.
privacy-stored-inbox = Zaposlenici tijela koja upotrebljavaju pretinac prijava: njihova adresa e-pošte, njihove prijave u sustav te ono što su pregledali i učinili, zajedno s IP adresom koju su pritom upotrijebili, čuvaju se u revizijskom zapisniku.
