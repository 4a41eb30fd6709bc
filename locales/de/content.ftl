## Audiences (NIS2 terms for organisations)

audience-citizen = Privatperson
audience-business = Unternehmen oder Organisation
audience-essential-entity = Wesentliche Einrichtung (NIS2)
audience-important-entity = Wichtige Einrichtung (NIS2)

## Advice list and articles

advice-title = Ratgeber
advice-lead = Wählen Sie aus, was passiert ist und wer Sie sind, um die passenden Schritte zu sehen.
advice-filter-legend = Ratschläge filtern
advice-filter-incident = Was ist passiert
advice-filter-audience = Wer Sie sind
advice-filter-all = Alle
advice-filter-submit = Ratschläge anzeigen
advice-count = { $count ->
    [one] Ein Artikel
   *[other] { $count } Artikel
}
advice-empty = Zu diesen Filtern gibt es noch keine Ratschläge. Wählen Sie „Alle“ oder melden Sie den Vorfall: Wir sagen Ihnen trotzdem, an wen Sie sich wenden können.
article-updated = Aktualisiert am { $date }
article-reviewed = Zuletzt geprüft am { $date }
article-sources = Quellen
article-related = Ähnliche Ratschläge
article-report-cta-title = Diesen Vorfall melden
article-report-cta-body = Informieren Sie die zuständigen Behörden mit einer einzigen Meldung. Wir zeigen Ihnen, wer sich darum kümmert und bis wann.
article-report-cta-button = Diesen Vorfall melden
article-in-english = (auf Englisch)

## Translation notices

notice-missing-translation = Diese Seite gibt es noch nicht in Ihrer Sprache. Sie lesen das englische Original.
notice-stale-translation = Diese Übersetzung ist möglicherweise veraltet: Das englische Original wurde später aktualisiert.
notice-read-original = Englisches Original lesen

## Threat bulletins

bulletins-title = Aktuelle Bedrohungen
bulletins-lead = Angriffe und Betrugsmaschen, die gerade laufen, wen oder was sie betreffen und was zu tun ist. Öffentliche Informationen (TLP:CLEAR): Sie dürfen sie frei weitergeben.
bulletins-filter-legend = Meldungen filtern
bulletins-filter-severity = Schweregrad
bulletins-filter-status = Status
bulletins-filter-all = Alle
bulletins-filter-submit = Meldungen anzeigen
bulletins-empty = Keine Bedrohungsmeldungen passen zu diesen Filtern.
bulletins-archive-heading = Archiv
bulletins-archive-lead = Abgelaufene Meldungen, zum Nachschlagen aufbewahrt.
bulletins-feed-atom = Atom-Feed
bulletins-feed-json = JSON Feed
bulletins-feeds-label = Neue Meldungen abonnieren:
severity-label = Schweregrad
severity-low = Niedrig
severity-medium = Mittel
severity-high = Hoch
severity-critical = Kritisch
status-active = Aktiv
status-resolved = Behoben
status-archived = Archiviert
bulletin-published = Veröffentlicht am { $date }
bulletin-updated = Aktualisiert am { $date }
bulletin-affected = Betroffene Produkte und Dienste
bulletin-cves = CVE-Kennungen
bulletin-tlp = TLP:CLEAR: Sie dürfen diese Meldung frei weitergeben.
evidence-title = Was Sie als Beweis aufbewahren sollten
evidence-lead = Für jede Art von Vorfall: was Sie aufbewahren sollten, wie Sie es aufbewahren, damit es als Beweis verwertbar bleibt, und wie Sie es in Ihrer Meldung aufführen.
evidence-empty = Es sind noch keine Anleitungen zur Beweissicherung veröffentlicht.
evidence-all = Alle Anleitungen zur Beweissicherung
