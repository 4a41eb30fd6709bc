## The contact-point inbox (/inbox): for people at a body (CSIRT, police, data protection authority…) that reads
## its reports in the portal. Plain forms, no JavaScript.
inbox-title = Indbakke
inbox-lead = De anmeldelser, der er sendt til din organisation, med de nyeste først. Når du åbner en anmeldelse, får anmelderen en bekræftelse på, at I har modtaget den.
inbox-nav-label = Din konto
inbox-signed-in-as = Logget ind som
inbox-signout = Log ud
inbox-back = Tilbage til indbakken
inbox-error-title = Det lykkedes ikke
inbox-error-csrf = Formularen er udløbet eller kommer ikke fra dette websted. Gå tilbage, genindlæs siden, og prøv igen.
inbox-error-filter = Filteret »{ $field }« har en værdi, som denne indbakke ikke tilbyder. Vælg den igen i formularen.
inbox-signin-title = Log ind i indbakken
inbox-signin-lead = For medarbejdere hos de instanser, der modtager anmeldelser via denne portal. Konti oprettes af den, der driver portalen.
inbox-field-email = E-mailadresse
inbox-field-password = Adgangskode
inbox-field-code = 6-cifret kode fra din godkendelsesapp
inbox-signin-button = Log ind
inbox-session-ended = Din session er udløbet. Log ind igen.
inbox-signed-out = Du er logget ud.
inbox-link-title = Eller få et login-link til engangsbrug på e-mail
inbox-link-button = Send mig et login-link på e-mail
inbox-link-no-smtp = Login-links på e-mail er ikke tilgængelige på denne installation: den kan ikke sende e-mails.
inbox-link-sent = Hvis der findes en konto til denne adresse, er et login-link på vej. Det virker én gang og gælder i 15 minutter.
inbox-link-lead = Med dette engangslink logger du ind i indbakken. Det virker én gang.
inbox-link-invalid = Dette login-link virker ikke længere: det er allerede brugt, det er udløbet, eller det er kopieret forkert. Bed om et nyt.
inbox-link-email-subject = Dit login-link til indbakken i cyberhelp
inbox-link-email-body =
    Nogen (forhåbentlig dig) har bedt om et login-link til indbakken i cyberhelp.

    { $url }

    Linket virker én gang og gælder i { $minutes } minutter. Hvis du ikke har bedt om det, kan du se bort fra denne e-mail: der sker intet uden linket.
inbox-invite-email-subject = Du er inviteret til indbakken i cyberhelp
inbox-invite-email-body =
    Den, der driver portalen cyberhelp, har oprettet en konto til dig i indbakken, så du kan læse de anmeldelser, der sendes til din organisation, og svare på dem.

    Åbn dette link for at logge ind første gang. Det virker én gang og gælder i { $hours } timer:

    { $url }

    Vælg derefter en adgangskode og en godkendelsesapp, som du skal bruge, når du logger ind fremover.
inbox-setup-title = Adgangskode og godkendelsesapp
inbox-setup-link = Adgangskode og godkendelsesapp
inbox-setup-lead = Vælg en adgangskode og en godkendelsesapp, så du kan logge ind uden et link på e-mail. Du skal bruge begge hver gang.
inbox-setup-authenticator = Din godkendelsesapp
inbox-setup-authenticator-lead = Tilføj en ny konto i din godkendelsesapp (TOTP: 6 cifre, hvert 30. sekund), og indtast denne nøgle:
inbox-setup-authenticator-hint = Hold nøglen hemmelig. Den vises kun på denne side; hvis du kommer tilbage senere, oprettes en ny.
inbox-field-new-password = Ny adgangskode (12–128 tegn)
inbox-field-repeat-password = Samme adgangskode igen
inbox-setup-button = Gem
inbox-setup-error-length = Adgangskoden skal være på 12–128 tegn.
inbox-setup-error-mismatch = De to adgangskoder er ikke ens.
inbox-setup-error-code = Koden passer ikke til nøglen. Tjek klokkeslættet på din telefon, og indtast den aktuelle kode.
inbox-setup-done = Din adgangskode og din godkendelsesapp er sat op.
inbox-setup-suggest = Du loggede ind med et engangslink. Hvis du vil kunne logge ind uden et sådant link, skal du vælge en adgangskode og en godkendelsesapp:
inbox-filter-state = Jeres status
inbox-filter-incident = Hændelsestype
inbox-filter-from = Modtaget fra
inbox-filter-to = Modtaget til og med
inbox-filter-button = Filtrér
inbox-filter-all = Alle
inbox-state-new = Ny: intet registreret endnu
inbox-state-received = Modtaget af modtageren
inbox-state-in-progress = Modtageren arbejder på sagen
inbox-state-closed = Lukket af modtageren
inbox-export = Eksportér disse anmeldelser:
inbox-empty = Der er endnu ikke sendt nogen anmeldelser til din organisation.
inbox-empty-filtered = Ingen anmeldelser passer til disse filtre.
inbox-new = ikke åbnet
inbox-withdrawn = Trukket tilbage af anmelderen
inbox-caption = Anmeldelser til { $contact }, side { $page }
inbox-col-reference = Referencenummer
inbox-col-received = Modtaget
inbox-col-incident = Hændelsestype
inbox-col-victim = Anmeldt af
inbox-col-state = Jeres status
inbox-col-deadline = Lovbestemt frist
inbox-previous = Forrige side
inbox-next = Næste side
inbox-report-title = Anmeldelse { $reference }
inbox-deadline = lovbestemt frist { $date }
inbox-purged = Personoplysningerne i denne anmeldelse blev slettet den { $date } (portalens opbevaringsperiode udløb, eller anmelderen trak anmeldelsen tilbage).
inbox-withdrawn-note = Anmelderen har trukket denne anmeldelse tilbage: der kan ikke registreres mere om den eller sendes mere til anmelderen. Anvend jeres egne regler for tilbagetrukne anmeldelser på det, I har.
inbox-timeline = Det har I registreret
inbox-no-updates = Intet registreret endnu.
inbox-questions = Spørgsmål til anmelderen
inbox-answer = Svar:
inbox-no-answer = Endnu ikke besvaret.
inbox-done-status = Jeres opdatering er registreret; anmelderen kan se den på sin statusside.
inbox-done-question = Jeres spørgsmål er sendt; anmelderen kan se det på sin statusside.
privacy-channel-inbox = bliver i denne portal, hvor instansen læser dem i sin egen indbakke
