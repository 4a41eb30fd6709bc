## Audiences (NIS2 terms for organisations)

audience-citizen = Privatperson
audience-business = Virksomhed eller organisation
audience-essential-entity = Væsentlig enhed (NIS2)
audience-important-entity = Vigtig enhed (NIS2)

## Advice list and articles

advice-title = Råd
advice-lead = Vælg, hvad der er sket, og hvem du er, for at se de trin, der passer til dig.
advice-filter-legend = Filtrér råd
advice-filter-incident = Hvad der er sket
advice-filter-audience = Hvem du er
advice-filter-all = Alle
advice-filter-submit = Vis råd
advice-count = { $count ->
    [one] Én artikel
   *[other] { $count } artikler
}
advice-empty = Der er endnu ingen råd, der passer til disse filtre. Prøv »Alle«, eller indberet hændelsen: vi fortæller dig alligevel, hvem du skal kontakte.
article-updated = Opdateret { $date }
article-reviewed = Senest gennemgået { $date }
article-sources = Kilder
article-related = Relaterede råd
article-report-cta-title = Indberet denne hændelse
article-report-cta-body = Giv de rette myndigheder besked én gang. Vi viser dig, hvem der tager sig af sagen, og hvornår.
article-report-cta-button = Indberet denne hændelse
article-in-english = (på engelsk)

## Translation notices

notice-missing-translation = Denne side findes endnu ikke på dit sprog. Du læser den engelske original.
notice-stale-translation = Denne oversættelse er måske forældet: den engelske original er blevet opdateret senere.
notice-read-original = Læs den engelske original

## Threat bulletins

bulletins-title = Aktuelle trusler
bulletins-lead = Angreb og svindel, der foregår nu, hvad de rammer, og hvad du kan gøre. Offentlig information (TLP:CLEAR): del den frit.
bulletins-filter-legend = Filtrér varsler
bulletins-filter-severity = Alvorlighed
bulletins-filter-status = Status
bulletins-filter-all = Alle
bulletins-filter-submit = Vis varsler
bulletins-empty = Ingen trusselsvarsler passer til disse filtre.
bulletins-archive-heading = Arkiv
bulletins-archive-lead = Udløbne varsler, gemt til orientering.
bulletins-feed-atom = Atom-feed
bulletins-feed-json = JSON Feed
bulletins-feeds-label = Følg nye varsler:
severity-label = Alvorlighed
severity-low = Lav
severity-medium = Middel
severity-high = Høj
severity-critical = Kritisk
status-active = Aktiv
status-resolved = Løst
status-archived = Arkiveret
bulletin-published = Offentliggjort { $date }
bulletin-updated = Opdateret { $date }
bulletin-affected = Berørte produkter og tjenester
bulletin-cves = CVE-numre
bulletin-tlp = TLP:CLEAR: du må gerne dele dette varsel frit.
evidence-title = Hvad du skal gemme som bevis
evidence-lead = For hver type hændelse: hvad du skal gemme, hvordan du gemmer det, så det stadig kan bruges som bevis, og hvordan du skriver det på listen i din indberetning.
evidence-empty = Der er endnu ikke udgivet nogen vejledninger om beviser.
evidence-all = Alle vejledninger om beviser
