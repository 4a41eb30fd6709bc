## Audiences (NIS2 terms for organisations)

audience-citizen = Privato cittadino
audience-business = Impresa od organizzazione
audience-essential-entity = Soggetto essenziale (NIS2)
audience-important-entity = Soggetto importante (NIS2)

## Advice list and articles

advice-title = Consigli
advice-lead = Scelga cosa è successo e chi è per vedere i passi adatti a lei.
advice-filter-legend = Filtra i consigli
advice-filter-incident = Cosa è successo
advice-filter-audience = Chi è
advice-filter-all = Tutti
advice-filter-submit = Mostra i consigli
advice-count = { $count ->
    [one] Un articolo
    [many] { $count } di articoli
   *[other] { $count } articoli
}
advice-empty = Non ci sono ancora consigli per questi filtri. Provi con «Tutti», oppure segnali l’incidente: le diremo comunque a chi rivolgersi.
article-updated = Aggiornato il { $date }
article-reviewed = Ultima revisione il { $date }
article-sources = Fonti
article-related = Consigli correlati
article-report-cta-title = Segnala questo incidente
article-report-cta-body = Avvisi una sola volta le autorità giuste. Le mostriamo chi se ne occupa ed entro quando.
article-report-cta-button = Segnala questo incidente
article-in-english = (in inglese)

## Translation notices

notice-missing-translation = Questa pagina non è ancora disponibile nella sua lingua. Sta leggendo l’originale in inglese.
notice-stale-translation = Questa traduzione potrebbe non essere aggiornata: l’originale in inglese è stato modificato più di recente.
notice-read-original = Leggi l’originale in inglese

## Threat bulletins

bulletins-title = Minacce in corso
bulletins-lead = Attacchi e truffe in corso, chi o cosa colpiscono e cosa fare. Informazioni pubbliche (TLP:CLEAR): le condivida liberamente.
bulletins-filter-legend = Filtra gli avvisi
bulletins-filter-severity = Gravità
bulletins-filter-status = Stato
bulletins-filter-all = Tutti
bulletins-filter-submit = Mostra gli avvisi
bulletins-empty = Nessun avviso corrisponde a questi filtri.
bulletins-archive-heading = Archivio
bulletins-archive-lead = Avvisi scaduti, conservati per consultazione.
bulletins-feed-atom = Feed Atom
bulletins-feed-json = JSON Feed
bulletins-feeds-label = Segua i nuovi avvisi:
severity-label = Gravità
severity-low = Bassa
severity-medium = Media
severity-high = Alta
severity-critical = Critica
status-active = Attivo
status-resolved = Risolto
status-archived = Archiviato
bulletin-published = Pubblicato il { $date }
bulletin-updated = Aggiornato il { $date }
bulletin-affected = Prodotti e servizi interessati
bulletin-cves = Identificativi CVE
bulletin-tlp = TLP:CLEAR: può condividere liberamente questo avviso.
evidence-title = Che cosa conservare come prova
evidence-lead = Per ogni tipo di incidente: che cosa conservare, come conservarlo perché resti valido come prova, e come indicarlo nella sua segnalazione.
evidence-empty = Non è ancora stata pubblicata nessuna guida sulle prove.
evidence-all = Tutte le guide sulle prove
