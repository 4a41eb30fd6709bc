## Audiences (NIS2 terms for organisations)

audience-citizen = Privatperson
audience-business = Företag eller organisation
audience-essential-entity = Väsentlig entitet (NIS2)
audience-important-entity = Viktig entitet (NIS2)

## Advice list and articles

advice-title = Råd
advice-lead = Välj vad som har hänt och vem du är för att se de steg som passar dig.
advice-filter-legend = Filtrera råd
advice-filter-incident = Vad som har hänt
advice-filter-audience = Vem du är
advice-filter-all = Alla
advice-filter-submit = Visa råd
advice-count = { $count ->
    [one] En artikel
   *[other] { $count } artiklar
}
advice-empty = Det finns inga råd för de här filtren ännu. Prova ”Alla” eller rapportera incidenten: vi berättar ändå vem du ska kontakta.
article-updated = Uppdaterad { $date }
article-reviewed = Senast granskad { $date }
article-sources = Källor
article-related = Relaterade råd
article-report-cta-title = Rapportera den här incidenten
article-report-cta-body = Meddela rätt myndigheter en gång. Vi visar vem som hanterar ärendet och inom vilken tid.
article-report-cta-button = Rapportera den här incidenten
article-in-english = (på engelska)

## Translation notices

notice-missing-translation = Den här sidan finns inte på ditt språk än. Du läser originalet på engelska.
notice-stale-translation = Den här översättningen kan vara inaktuell: originalet på engelska har uppdaterats senare.
notice-read-original = Läs originalet på engelska

## Threat bulletins

bulletins-title = Aktuella hot
bulletins-lead = Attacker och bedrägerier som pågår nu, vad de påverkar och vad du kan göra. Offentlig information (TLP:CLEAR): dela den fritt.
bulletins-filter-legend = Filtrera varningar
bulletins-filter-severity = Allvarlighetsgrad
bulletins-filter-status = Status
bulletins-filter-all = Alla
bulletins-filter-submit = Visa varningar
bulletins-empty = Inga hotvarningar matchar de här filtren.
bulletins-archive-heading = Arkiv
bulletins-archive-lead = Utgångna varningar som sparas för kännedom.
bulletins-feed-atom = Atom-flöde
bulletins-feed-json = JSON Feed
bulletins-feeds-label = Följ nya varningar:
severity-label = Allvarlighetsgrad
severity-low = Låg
severity-medium = Medel
severity-high = Hög
severity-critical = Kritisk
status-active = Aktiv
status-resolved = Åtgärdad
status-archived = Arkiverad
bulletin-published = Publicerad { $date }
bulletin-updated = Uppdaterad { $date }
bulletin-affected = Berörda produkter och tjänster
bulletin-cves = CVE-nummer
bulletin-tlp = TLP:CLEAR: du får dela den här varningen fritt.
evidence-title = Vad du ska spara som bevis
evidence-lead = För varje typ av incident: vad du ska spara, hur du sparar det så att det fortfarande håller som bevis, och hur du tar med det i din rapport.
evidence-empty = Inga guider om bevis har publicerats ännu.
evidence-all = Alla guider om bevis
