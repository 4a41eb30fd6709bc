## Audiences (NIS2 terms for organisations)

audience-citizen = Osoba prywatna
audience-business = Firma lub organizacja
audience-essential-entity = Podmiot kluczowy (NIS2)
audience-important-entity = Podmiot ważny (NIS2)

## Advice list and articles

advice-title = Porady
advice-lead = Wybierz, co się stało i kim jesteś, aby zobaczyć odpowiednie kroki.
advice-filter-legend = Filtruj porady
advice-filter-incident = Co się stało
advice-filter-audience = Kim jesteś
advice-filter-all = Wszystkie
advice-filter-submit = Pokaż porady
advice-count = { $count ->
    [one] Jeden artykuł
    [few] { $count } artykuły
    [many] { $count } artykułów
   *[other] { $count } artykułu
}
advice-empty = Nie ma jeszcze porad dla tych filtrów. Wybierz „Wszystkie” albo zgłoś incydent: i tak powiemy Ci, z kim się skontaktować.
article-updated = Zaktualizowano: { $date }
article-reviewed = Ostatnio sprawdzono: { $date }
article-sources = Źródła
article-related = Powiązane porady
article-report-cta-title = Zgłoś ten incydent
article-report-cta-body = Powiadom właściwe instytucje jednym zgłoszeniem. Pokażemy Ci, kto się tym zajmie i w jakim terminie.
article-report-cta-button = Zgłoś ten incydent
article-in-english = (po angielsku)

## Translation notices

notice-missing-translation = Ta strona nie jest jeszcze dostępna w Twoim języku. Czytasz angielski oryginał.
notice-stale-translation = To tłumaczenie może być nieaktualne: angielski oryginał został później zmieniony.
notice-read-original = Przeczytaj angielski oryginał

## Threat bulletins

bulletins-title = Aktualne zagrożenia
bulletins-lead = Trwające ataki i oszustwa, czego dotyczą i co robić. Informacje publiczne (TLP:CLEAR): możesz je swobodnie udostępniać.
bulletins-filter-legend = Filtruj komunikaty
bulletins-filter-severity = Poziom zagrożenia
bulletins-filter-status = Status
bulletins-filter-all = Wszystkie
bulletins-filter-submit = Pokaż komunikaty
bulletins-empty = Brak komunikatów o zagrożeniach pasujących do tych filtrów.
bulletins-archive-heading = Archiwum
bulletins-archive-lead = Wygasłe komunikaty, zachowane do wglądu.
bulletins-feed-atom = Kanał Atom
bulletins-feed-json = JSON Feed
bulletins-feeds-label = Obserwuj nowe komunikaty:
severity-label = Poziom zagrożenia
severity-low = Niski
severity-medium = Średni
severity-high = Wysoki
severity-critical = Krytyczny
status-active = Aktywny
status-resolved = Rozwiązany
status-archived = Zarchiwizowany
bulletin-published = Opublikowano: { $date }
bulletin-updated = Zaktualizowano: { $date }
bulletin-affected = Produkty i usługi, których dotyczy
bulletin-cves = Identyfikatory CVE
bulletin-tlp = TLP:CLEAR: możesz swobodnie udostępniać ten komunikat.
evidence-title = Co zachować jako dowód
evidence-lead = Dla każdego rodzaju incydentu: co zachować, jak to przechować, żeby nadal mogło służyć jako dowód, i jak wpisać to do zgłoszenia.
evidence-empty = Nie opublikowaliśmy jeszcze żadnych poradników o dowodach.
evidence-all = Wszystkie poradniki o dowodach
