## Search page (/{lang}/search)

search-title = Ratgeber und Bedrohungsmeldungen durchsuchen
search-label = Was ist passiert? Beschreiben Sie es in Ihren eigenen Worten
search-submit = Suchen
search-hint = Zum Beispiel: „Instagram gehackt“, „falsche Paket-SMS“, „bei Fake-Shop bezahlt“.
search-suggestions = Vorschläge
search-suggestions-count = { $count ->
    [0] Keine Vorschläge
    [one] Ein Vorschlag: Mit der Pfeiltaste nach unten gelangen Sie dorthin
   *[other] { $count } Vorschläge: Mit der Pfeiltaste nach unten gelangen Sie dorthin
}
search-count = { $count ->
    [one] Ein Ergebnis für „{ $query }“
   *[other] { $count } Ergebnisse für „{ $query }“
}
search-filters = Eingrenzen
search-filter-kind = Art
search-filter-incident = Was ist passiert
search-filter-audience = Für wen
search-filter-all = Alle anzeigen
search-kind-advice = Ratgeber
search-kind-bulletin = Bedrohungsmeldung
search-in-english = Auf Englisch
search-pages = Ergebnisseiten
search-prev = Vorherige Seite
search-next = Nächste Seite
search-page = Seite { $page } von { $pages }
search-empty-title = Nichts gefunden für „{ $query }“
search-empty-body = Versuchen Sie es mit weniger oder einfacheren Wörtern, oder wählen Sie in der Liste unten aus, was passiert ist. Wenn Sie unsicher sind, melden Sie den Vorfall: Wir sagen Ihnen, an wen Sie sich wenden können.
search-entry-title = Wählen Sie aus, was passiert ist
search-entry-all = Alle Ratgeber
search-entry-report = Vorfall melden
search-busy = Die Suche ist gerade überlastet. Bitte versuchen Sie es in ein paar Sekunden erneut.
