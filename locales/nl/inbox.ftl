## De inbox voor contactpunten (/inbox): voor medewerkers van een instantie (CSIRT, politie, privacytoezichthouder…) die
## haar meldingen in het portaal leest. Eenvoudige formulieren, geen JavaScript.
inbox-title = Inbox
inbox-lead = De meldingen die naar uw organisatie zijn verstuurd, de nieuwste eerst. Als u een melding opent, krijgt de melder een bevestiging dat u die heeft ontvangen.
inbox-nav-label = Uw account
inbox-signed-in-as = Ingelogd als
inbox-signout = Uitloggen
inbox-back = Terug naar de inbox
inbox-error-title = Dit is niet gelukt
inbox-error-csrf = Dit formulier is verlopen of kwam niet van deze website. Ga terug, laad de pagina opnieuw en probeer het nog eens.
inbox-error-filter = Het filter ‘{ $field }’ heeft een waarde die deze inbox niet biedt. Kies de waarde opnieuw in het formulier.
inbox-signin-title = Inloggen op de inbox
inbox-signin-lead = Voor medewerkers van de instanties die via dit portaal meldingen ontvangen. Accounts worden aangemaakt door de beheerder van het portaal.
inbox-field-email = E-mailadres
inbox-field-password = Wachtwoord
inbox-field-code = Code van 6 cijfers uit uw authenticator-app
inbox-signin-button = Inloggen
inbox-session-ended = Uw sessie is beëindigd. Log opnieuw in.
inbox-signed-out = U bent uitgelogd.
inbox-link-title = Of ontvang een eenmalige inloglink per e-mail
inbox-link-button = Stuur mij een inloglink per e-mail
inbox-link-no-smtp = Inloggen met een link per e-mail is op deze installatie niet mogelijk: deze kan geen e-mail versturen.
inbox-link-sent = Als er voor dit adres een account bestaat, is er een inloglink onderweg. De link werkt één keer, gedurende 15 minuten.
inbox-link-lead = Met deze eenmalige link logt u in op de inbox. De link werkt één keer.
inbox-link-invalid = Deze inloglink werkt niet meer: hij is al gebruikt, is verlopen of is verkeerd gekopieerd. Vraag een nieuwe aan.
inbox-link-email-subject = Uw inloglink voor de cyberhelp-inbox
inbox-link-email-body =
    Iemand (hopelijk u) heeft een inloglink voor de cyberhelp-inbox aangevraagd.

    { $url }

    De link werkt één keer, gedurende { $minutes } minuten. Heeft u hem niet aangevraagd, negeer deze e-mail dan: zonder de link gebeurt er niets.
inbox-invite-email-subject = Uitnodiging voor de cyberhelp-inbox
inbox-invite-email-body =
    De beheerder van het cyberhelp-portaal heeft een inboxaccount voor u aangemaakt, zodat u de meldingen kunt lezen die naar uw organisatie zijn verstuurd en erop kunt reageren.

    Open deze link om voor het eerst in te loggen; hij werkt één keer, binnen { $hours } uur:

    { $url }

    Stel daarna een wachtwoord en een authenticator-app in om voortaan in te loggen.
inbox-setup-title = Wachtwoord en authenticator-app
inbox-setup-link = Wachtwoord en authenticator-app
inbox-setup-lead = Stel een wachtwoord en een authenticator-app in om in te loggen zonder link per e-mail. U heeft ze elke keer allebei nodig.
inbox-setup-authenticator = Uw authenticator-app
inbox-setup-authenticator-lead = Voeg in uw authenticator-app een nieuw account toe (TOTP: 6 cijfers, elke 30 seconden) en typ deze sleutel in:
inbox-setup-authenticator-hint = Houd deze sleutel geheim. Hij wordt alleen op deze pagina getoond; als u later terugkomt, wordt er een nieuwe gemaakt.
inbox-field-new-password = Nieuw wachtwoord (12 tot 128 tekens)
inbox-field-repeat-password = Herhaal het wachtwoord
inbox-setup-button = Opslaan
inbox-setup-error-length = Het wachtwoord moet 12 tot 128 tekens lang zijn.
inbox-setup-error-mismatch = De twee wachtwoorden zijn niet gelijk.
inbox-setup-error-code = De code past niet bij de sleutel. Controleer de tijd op uw telefoon en typ de huidige code.
inbox-setup-done = Uw wachtwoord en authenticator-app zijn ingesteld.
inbox-setup-suggest = U bent ingelogd met een eenmalige link. Wilt u zonder zo’n link inloggen, stel dan een wachtwoord en een authenticator-app in:
inbox-filter-state = Uw status
inbox-filter-incident = Soort incident
inbox-filter-from = Ontvangen vanaf
inbox-filter-to = Ontvangen tot en met
inbox-filter-button = Filteren
inbox-filter-all = Alle
inbox-state-new = Nieuw: nog niets vastgelegd
inbox-state-received = Binnengekomen bij de ontvanger
inbox-state-in-progress = In behandeling bij de ontvanger
inbox-state-closed = Afgesloten door de ontvanger
inbox-export = Deze meldingen exporteren:
inbox-empty = Er is nog geen melding naar uw organisatie verstuurd.
inbox-empty-filtered = Geen enkele melding past bij deze filters.
inbox-new = niet geopend
inbox-withdrawn = Ingetrokken door de melder
inbox-caption = Meldingen voor { $contact }, pagina { $page }
inbox-col-reference = Referentie
inbox-col-received = Ontvangen
inbox-col-incident = Soort incident
inbox-col-victim = Gemeld door
inbox-col-state = Uw status
inbox-col-deadline = Wettelijke termijn
inbox-previous = Vorige pagina
inbox-next = Volgende pagina
inbox-report-title = Melding { $reference }
inbox-deadline = wettelijke termijn: uiterlijk { $date }
inbox-purged = De persoonsgegevens van deze melding zijn op { $date } verwijderd (bewaartermijn van het portaal verstreken, of melding ingetrokken door de melder).
inbox-withdrawn-note = De melder heeft deze melding ingetrokken: er kan niets meer over worden vastgelegd of naar de melder worden verstuurd. Pas op wat u zelf in bezit heeft uw eigen regels voor ingetrokken meldingen toe.
inbox-timeline = Wat u heeft vastgelegd
inbox-no-updates = Nog niets vastgelegd.
inbox-questions = Vragen aan de melder
inbox-answer = Antwoord:
inbox-no-answer = Nog niet beantwoord.
inbox-done-status = Uw update is vastgelegd; de melder ziet deze op de statuspagina.
inbox-done-question = Uw vraag is verstuurd; de melder ziet deze op de statuspagina.
privacy-channel-inbox = via dit portaal zelf: ze blijven hier opgeslagen en de instantie leest ze in haar eigen inbox
