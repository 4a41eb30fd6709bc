## A postafiók és a visszavonás biztonsági felülvizsgálata után bevezetett biztosítékok.
inbox-field-current-password = Jelenlegi jelszó
inbox-setup-error-current = A jelenlegi jelszó hibás.
inbox-signin-refused = Az e-mail-cím, a jelszó vagy a kód hibás, vagy a fiók 5 sikertelen próbálkozás után 15 percre zárolva van. Ellenőrizze őket, és próbálja újra, vagy kérjen bejelentkezési linket.
followup-error-withdrawn = Ezt a bejelentést Ön visszavonta, ezért további választ már nem fogadunk.
privacy-stored-inbox = A postafiókot használó szervek munkatársai: e-mail-címüket, bejelentkezéseiket, valamint azt, hogy mit tekintettek meg és mit tettek, az általuk használt IP-címmel együtt auditnaplóban őrizzük meg.
