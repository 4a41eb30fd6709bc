## Sikkerhedsforanstaltninger tilføjet efter en sikkerhedsgennemgang af indbakken og tilbagetrækningen af indberetninger.
inbox-field-current-password = Nuværende adgangskode
inbox-setup-error-current = Den nuværende adgangskode er forkert.
inbox-signin-refused = E-mailadressen, adgangskoden eller koden er forkert, eller kontoen er låst i 15 minutter efter 5 mislykkede forsøg. Tjek dem, og prøv igen, eller bed om et login-link.
followup-error-withdrawn = Du har trukket denne indberetning tilbage, så der modtages ikke flere svar.
privacy-stored-inbox = Medarbejdere hos de instanser, der bruger indbakken: deres e-mailadresse, hvornår de har logget ind, hvad de har set og gjort og den IP-adresse, de brugte, gemmes i en revisionslog.
