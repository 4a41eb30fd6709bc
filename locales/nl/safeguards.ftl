## Waarborgen die zijn toegevoegd na een beveiligingsonderzoek van de inbox en van het intrekken van meldingen.
inbox-field-current-password = Huidig wachtwoord
inbox-setup-error-current = Het huidige wachtwoord klopt niet.
inbox-signin-refused = Het e-mailadres, het wachtwoord of de code klopt niet, of het account is na 5 mislukte pogingen 15 minuten geblokkeerd. Controleer uw gegevens en probeer het opnieuw, of vraag een inloglink aan.
followup-error-withdrawn = U heeft deze melding ingetrokken, dus er worden geen antwoorden meer aangenomen.
privacy-stored-inbox = Van medewerkers van de instanties die de inbox gebruiken, worden het e-mailadres, de inlogmomenten en wat zij hebben bekeken en gedaan, met het IP-adres dat zij daarbij gebruikten, bewaard in een auditlog.
