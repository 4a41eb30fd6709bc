## The contact-point inbox (/inbox): for people at a body (CSIRT, police, data protection authority…) that reads
## its reports in the portal. Plain forms, no JavaScript.
inbox-title = Inkorg
inbox-lead = Anmälningarna som har skickats till din organisation, de senaste först. När du öppnar en anmälan får den som anmälde en bekräftelse på att ni har tagit emot den.
inbox-nav-label = Ditt konto
inbox-signed-in-as = Inloggad som
inbox-signout = Logga ut
inbox-back = Tillbaka till inkorgen
inbox-error-title = Det gick inte
inbox-error-csrf = Formuläret har gått ut eller kommer inte från den här webbplatsen. Gå tillbaka, ladda om sidan och försök igen.
inbox-error-filter = Filtret ”{ $field }” har ett värde som inte finns i den här inkorgen. Välj det på nytt i formuläret.
inbox-signin-title = Logga in i inkorgen
inbox-signin-lead = För personal hos de instanser som tar emot anmälningar via den här portalen. Kontona skapas av den som driver portalen.
inbox-field-email = E-postadress
inbox-field-password = Lösenord
inbox-field-code = Sexsiffrig kod från din autentiseringsapp
inbox-signin-button = Logga in
inbox-session-ended = Din session har avslutats. Logga in igen.
inbox-signed-out = Du är utloggad.
inbox-link-title = Eller få en inloggningslänk för engångsbruk via e-post
inbox-link-button = Skicka en inloggningslänk till min e-post
inbox-link-no-smtp = Inloggningslänkar via e-post är inte tillgängliga i den här installationen: den kan inte skicka e-post.
inbox-link-sent = Om det finns ett konto för adressen är en inloggningslänk på väg. Den fungerar en gång och gäller i 15 minuter.
inbox-link-lead = Med den här engångslänken loggar du in i inkorgen. Den fungerar en gång.
inbox-link-invalid = Inloggningslänken fungerar inte längre: den har redan använts, den har gått ut eller så har den kopierats fel. Begär en ny.
inbox-link-email-subject = Din inloggningslänk till inkorgen i cyberhelp
inbox-link-email-body =
    Någon (förhoppningsvis du) har begärt en inloggningslänk till inkorgen i cyberhelp.

    { $url }

    Länken fungerar en gång och gäller i { $minutes } minuter. Om det inte var du som begärde den kan du bortse från det här meddelandet: ingenting händer utan länken.
inbox-invite-email-subject = Du är inbjuden till inkorgen i cyberhelp
inbox-invite-email-body =
    Den som driver portalen cyberhelp har skapat ett konto i inkorgen åt dig, så att du kan läsa de anmälningar som skickas till din organisation och svara på dem.

    Öppna den här länken för att logga in första gången. Den fungerar en gång och gäller i { $hours } timmar:

    { $url }

    Välj sedan ett lösenord och en autentiseringsapp för kommande inloggningar.
inbox-setup-title = Lösenord och autentiseringsapp
inbox-setup-link = Lösenord och autentiseringsapp
inbox-setup-lead = Välj ett lösenord och en autentiseringsapp så att du kan logga in utan en länk via e-post. Du behöver båda varje gång.
inbox-setup-authenticator = Din autentiseringsapp
inbox-setup-authenticator-lead = Lägg till ett nytt konto i din autentiseringsapp (TOTP: 6 siffror, var 30:e sekund) och skriv in den här nyckeln:
inbox-setup-authenticator-hint = Håll nyckeln hemlig. Den visas bara på den här sidan; om du kommer tillbaka senare skapas en ny.
inbox-field-new-password = Nytt lösenord (12–128 tecken)
inbox-field-repeat-password = Samma lösenord igen
inbox-setup-button = Spara
inbox-setup-error-length = Lösenordet måste vara 12–128 tecken långt.
inbox-setup-error-mismatch = Lösenorden stämmer inte överens.
inbox-setup-error-code = Koden stämmer inte med nyckeln. Kontrollera tiden i din telefon och skriv in den aktuella koden.
inbox-setup-done = Ditt lösenord och din autentiseringsapp är inställda.
inbox-setup-suggest = Du loggade in med en engångslänk. Om du vill kunna logga in utan en sådan länk väljer du ett lösenord och en autentiseringsapp:
inbox-filter-state = Er status
inbox-filter-incident = Typ av incident
inbox-filter-from = Mottagen från
inbox-filter-to = Mottagen till och med
inbox-filter-button = Filtrera
inbox-filter-all = Alla
inbox-state-new = Ny: inget registrerat ännu
inbox-state-received = Mottagaren har tagit emot den
inbox-state-in-progress = Mottagaren arbetar med den
inbox-state-closed = Avslutad av mottagaren
inbox-export = Exportera de här anmälningarna:
inbox-empty = Inga anmälningar har skickats till din organisation ännu.
inbox-empty-filtered = Inga anmälningar matchar de här filtren.
inbox-new = inte öppnad
inbox-withdrawn = Återkallad av den som anmälde
inbox-caption = Anmälningar till { $contact }, sida { $page }
inbox-col-reference = Referensnummer
inbox-col-received = Mottagen
inbox-col-incident = Typ av incident
inbox-col-victim = Anmäld av
inbox-col-state = Er status
inbox-col-deadline = Lagstadgad tidsfrist
inbox-previous = Föregående sida
inbox-next = Nästa sida
inbox-report-title = Anmälan { $reference }
inbox-deadline = lagstadgad tidsfrist { $date }
inbox-purged = Personuppgifterna i den här anmälan raderades den { $date } (portalens lagringstid löpte ut eller den som anmälde återkallade anmälan).
inbox-withdrawn-note = Den som anmälde har återkallat den här anmälan: inget mer kan registreras om den eller skickas till den som anmälde. Tillämpa era egna regler för återkallade anmälningar på det ni har.
inbox-timeline = Det här har ni registrerat
inbox-no-updates = Inget registrerat ännu.
inbox-questions = Frågor till den som anmälde
inbox-answer = Svar:
inbox-no-answer = Inte besvarad ännu.
inbox-done-status = Er uppdatering är registrerad; den som anmälde ser den på sin statussida.
inbox-done-question = Er fråga har skickats; den som anmälde ser den på sin statussida.
privacy-channel-inbox = stannar i den här portalen, där instansen läser dem i sin egen inkorg
