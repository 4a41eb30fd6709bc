## Audiences (NIS2 terms for organisations)

audience-citizen = Persoană fizică
audience-business = Firmă sau organizație
audience-essential-entity = Entitate esențială (NIS2)
audience-important-entity = Entitate importantă (NIS2)

## Advice list and articles

advice-title = Sfaturi
advice-lead = Alegeți ce s-a întâmplat și cine sunteți, ca să vedeți pașii potriviți.
advice-filter-legend = Filtrați sfaturile
advice-filter-incident = Ce s-a întâmplat
advice-filter-audience = Cine sunteți
advice-filter-all = Toate
advice-filter-submit = Afișați sfaturile
advice-count = { $count ->
    [one] Un articol
    [few] { $count } articole
   *[other] { $count } de articole
}
advice-empty = Încă nu există sfaturi pentru aceste filtre. Încercați „Toate” sau raportați incidentul: vă spunem oricum cui să vă adresați.
article-updated = Actualizat pe { $date }
article-reviewed = Verificat ultima dată pe { $date }
article-sources = Surse
article-related = Sfaturi similare
article-report-cta-title = Raportați acest incident
article-report-cta-body = Anunțați o singură dată autoritățile potrivite. Vă arătăm cine se ocupă și până când.
article-report-cta-button = Raportați acest incident
article-in-english = (în engleză)

## Translation notices

notice-missing-translation = Această pagină nu este încă disponibilă în limba dumneavoastră. Citiți originalul în engleză.
notice-stale-translation = Această traducere poate fi depășită: originalul în engleză a fost actualizat mai recent.
notice-read-original = Citiți originalul în engleză

## Threat bulletins

bulletins-title = Amenințări actuale
bulletins-lead = Atacuri și înșelătorii în desfășurare, ce afectează și ce trebuie făcut. Informații publice (TLP:CLEAR): le puteți distribui liber.
bulletins-filter-legend = Filtrați alertele
bulletins-filter-severity = Gravitate
bulletins-filter-status = Stare
bulletins-filter-all = Toate
bulletins-filter-submit = Afișați alertele
bulletins-empty = Nicio alertă nu corespunde acestor filtre.
bulletins-archive-heading = Arhivă
bulletins-archive-lead = Alerte expirate, păstrate pentru referință.
bulletins-feed-atom = Flux Atom
bulletins-feed-json = JSON Feed
bulletins-feeds-label = Urmăriți alertele noi:
severity-label = Gravitate
severity-low = Scăzută
severity-medium = Medie
severity-high = Ridicată
severity-critical = Critică
status-active = Activă
status-resolved = Rezolvată
status-archived = Arhivată
bulletin-published = Publicată pe { $date }
bulletin-updated = Actualizată pe { $date }
bulletin-affected = Produse și servicii afectate
bulletin-cves = Identificatori CVE
bulletin-tlp = TLP:CLEAR: puteți distribui liber această alertă.
evidence-title = Ce să păstrați ca dovezi
evidence-lead = Pentru fiecare tip de incident: ce să păstrați, cum să păstrați lucrurile ca să rămână valabile ca dovezi și cum să le treceți în raportul dumneavoastră.
evidence-empty = Încă nu au fost publicate ghiduri despre dovezi.
evidence-all = Toate ghidurile despre dovezi
