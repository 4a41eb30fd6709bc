## Audiences (NIS2 terms for organisations)

audience-citizen = Particulier
audience-business = Bedrijf of organisatie
audience-essential-entity = Essentiële entiteit (NIS2)
audience-important-entity = Belangrijke entiteit (NIS2)

## Advice list and articles

advice-title = Advies
advice-lead = Kies wat er is gebeurd en wie u bent om de stappen te zien die bij u passen.
advice-filter-legend = Advies filteren
advice-filter-incident = Wat er is gebeurd
advice-filter-audience = Wie u bent
advice-filter-all = Alle
advice-filter-submit = Advies tonen
advice-count = { $count ->
    [one] Eén artikel
   *[other] { $count } artikelen
}
advice-empty = Er is nog geen advies voor deze filters. Probeer ‘Alle’, of meld het incident: we vertellen u dan toch bij wie u terechtkunt.
article-updated = Bijgewerkt op { $date }
article-reviewed = Laatst gecontroleerd op { $date }
article-sources = Bronnen
article-related = Gerelateerd advies
article-report-cta-title = Dit incident melden
article-report-cta-body = Meld het één keer bij de juiste instanties. Wij laten zien wie het afhandelt en vóór wanneer.
article-report-cta-button = Dit incident melden
article-in-english = (in het Engels)

## Translation notices

notice-missing-translation = Deze pagina is nog niet beschikbaar in uw taal. U leest het Engelse origineel.
notice-stale-translation = Deze vertaling is mogelijk verouderd: het Engelse origineel is later bijgewerkt.
notice-read-original = Lees het Engelse origineel

## Threat bulletins

bulletins-title = Actuele dreigingen
bulletins-lead = Aanvallen en oplichting die nu gaande zijn, wat ze raken en wat u kunt doen. Openbare informatie (TLP:CLEAR): deel het gerust.
bulletins-filter-legend = Berichten filteren
bulletins-filter-severity = Ernst
bulletins-filter-status = Status
bulletins-filter-all = Alle
bulletins-filter-submit = Berichten tonen
bulletins-empty = Geen dreigingsberichten voor deze filters.
bulletins-archive-heading = Archief
bulletins-archive-lead = Verlopen berichten, bewaard ter naslag.
bulletins-feed-atom = Atom-feed
bulletins-feed-json = JSON Feed
bulletins-feeds-label = Volg nieuwe berichten:
severity-label = Ernst
severity-low = Laag
severity-medium = Middel
severity-high = Hoog
severity-critical = Kritiek
status-active = Actief
status-resolved = Opgelost
status-archived = Gearchiveerd
bulletin-published = Gepubliceerd op { $date }
bulletin-updated = Bijgewerkt op { $date }
bulletin-affected = Getroffen producten en diensten
bulletin-cves = CVE-nummers
bulletin-tlp = TLP:CLEAR: u mag dit bericht vrij delen.
evidence-title = Wat u als bewijs moet bewaren
evidence-lead = Per soort incident: wat u moet bewaren, hoe u het bewaart zodat het als bewijs blijft tellen, en hoe u het in uw melding opneemt.
evidence-empty = Er zijn nog geen pagina's over bewijs gepubliceerd.
evidence-all = Alle pagina's over bewijs
