## Shell: skip link, header, navigation, footer

shell-skip-link = Direct naar de inhoud
shell-site-name = cyberhelp
shell-tagline = Hulp na een cyberaanval
shell-nav-label = Hoofdmenu
shell-nav-home = Home
shell-nav-advice = Advies
shell-nav-bulletins = Actuele dreigingen
shell-nav-report = Incident melden
shell-nav-search = Zoeken
shell-language-label = Taal
shell-language-submit = Wijzigen
shell-footer-emergency = Bent u nu in gevaar? Bel 112, het alarmnummer in alle EU-landen.
shell-footer-never-ask = Wij vragen nooit om uw wachtwoorden, om een betaling of om toegang op afstand tot uw apparaat. Wie dat wel doet, is niet van ons.
shell-footer-privacy = Geen trackers, geen verzoeken aan derden: deze website laadt niets van elders.
shell-footer-source = Vrije software, zelf te hosten.
shell-footer-licence = Onze teksten vallen onder de licentie CC BY 4.0: je mag ze vrij hergebruiken als je cyberhelp vermeldt.
shell-footer-feeds = Dreigingsberichten als Atom-feed

## Home page

home-title = Hulp na een cyberaanval
home-lead = Is uw account gehackt, heeft u betaald bij een nepwebwinkel, is uw bedrijf getroffen door ransomware? Lees wat u nu moet doen, wie u moet inlichten en vóór wanneer.
home-emergency = Bent u nu in gevaar? Bel 112.
home-tasks-heading = Wat heeft u nodig?
home-task-advice = Advies krijgen
home-task-advice-desc = Stap-voor-stap hulp bij wat u is overkomen.
home-task-bulletins = Actuele dreigingen bekijken
home-task-bulletins-desc = Oplichting en aanvallen die nu gaande zijn, en wat u ertegen kunt doen.
home-task-report = Incident melden
home-task-report-desc = Meld het één keer bij de juiste instanties en lees wie het afhandelt en vóór wanneer.
home-incidents-heading = Wat is er gebeurd?
home-bulletins-heading = Actieve dreigingen
home-bulletins-people = Oplichting die nu rondgaat
home-bulletins-organisations = Voor IT-beheerders van organisaties: kwetsbaarheden die actief worden misbruikt
home-bulletins-empty = Er zijn op dit moment geen actieve dreigingsberichten.
home-bulletins-all = Alle dreigingsberichten

## Errors

error-title-prefix = Fout: { $title }

error-not-found-title = Pagina niet gevonden
error-not-found-body = We konden deze pagina niet vinden. Misschien is het adres verkeerd getypt, of is de pagina verplaatst.
error-not-found-home = Naar de homepage
error-internal-title = Er ging iets mis
error-internal-body = Dit is onze fout, niet de uwe. Probeer het over een moment opnieuw.
error-bad-request-title = We konden dit verzoek niet begrijpen
error-too-large-title = Wat u heeft verstuurd, is te groot
error-too-large-back = Gebruik de knop Terug van uw browser: het formulier bewaart wat u heeft getypt. Maak daarna de beschrijving korter en verstuur die opnieuw.
error-rate-limited = Te veel verzoeken vanaf uw verbinding in korte tijd. Wacht een minuut en probeer het opnieuw.
stats-title = Open statistieken
stats-lead = Hoeveel meldingen dit portaal heeft ontvangen, waarover, en hoe snel de ontvangers ze hebben bevestigd. Alleen aantallen: geen enkele melding is erin te herkennen.
stats-empty = Er zijn nog geen meldingen ontvangen, dus er valt nog niets te tellen.
stats-unavailable = De statistieken kunnen nu niet worden getoond. Probeer het over een paar minuten opnieuw.
stats-withheld = geheim
stats-chart-title = Ontvangen meldingen per maand
stats-chart-caption = Ontvangen meldingen per maand (UTC). Dezelfde aantallen staan in de tabel hieronder.
stats-per-month = Meldingen per maand
stats-category = Categorie
stats-breakdowns = Meldingen per maand, uitgesplitst
stats-by-incident = Naar soort incident
stats-by-country = Naar land
stats-by-victim = Naar soort melder
stats-deliveries = Aflevering bij ontvangers
stats-no-deliveries = Er is nog geen melding bij een ontvanger afgeleverd.
stats-deliveries-caption = Meldingen verstuurd naar elk soort ontvanger, alle maanden samen
stats-recipient-kind = Soort ontvanger
stats-delivered = Afgeleverd
stats-acknowledged = Bevestigd door de ontvanger
stats-failed = Kon niet worden afgeleverd
stats-median-ack = Mediane tijd tot bevestiging
stats-hours = { $hours } uur
stats-method = Aantallen onder { $threshold } (behalve nul) worden geheimgehouden. Als een geheimgehouden aantal uit het maandtotaal zou kunnen worden afgeleid, worden ook andere aantallen geheimgehouden. Voor de aantallen worden alleen de maand, de soort incident, het land, de soort melder en de soort ontvanger gebruikt. Die gegevens blijven bewaard als de persoonsgegevens van een melding worden verwijderd.
stats-api = Dezelfde aantallen als JSON
