## Search page (/{lang}/search)

search-title = Szukaj porad i komunikatów
search-label = Co się stało? Opisz to własnymi słowami
search-submit = Szukaj
search-hint = Na przykład: „zhakowany instagram”, „fałszywy SMS o paczce”, „zapłata w fałszywym sklepie”.
search-suggestions = Podpowiedzi
search-suggestions-count = { $count ->
    [0] Brak podpowiedzi
    [one] Jedna podpowiedź: użyj strzałki w dół, aby do niej przejść
    [few] { $count } podpowiedzi: użyj strzałki w dół, aby do nich przejść
    [many] { $count } podpowiedzi: użyj strzałki w dół, aby do nich przejść
   *[other] { $count } podpowiedzi: użyj strzałki w dół, aby do nich przejść
}
search-count = { $count ->
    [one] Jeden wynik dla „{ $query }”
    [few] { $count } wyniki dla „{ $query }”
    [many] { $count } wyników dla „{ $query }”
   *[other] { $count } wyniku dla „{ $query }”
}
search-filters = Zawęź wyniki
search-filter-kind = Rodzaj
search-filter-incident = Co się stało
search-filter-audience = Dla kogo
search-filter-all = Pokaż wszystko
search-kind-advice = Porada
search-kind-bulletin = Komunikat o zagrożeniu
search-in-english = Po angielsku
search-pages = Strony wyników
search-prev = Poprzednia strona
search-next = Następna strona
search-page = Strona { $page } z { $pages }
search-empty-title = Nic nie znaleziono dla „{ $query }”
search-empty-body = Spróbuj użyć mniej słów lub prostszych słów albo wybierz z listy poniżej, co się stało. Jeśli nie masz pewności, zgłoś incydent: powiemy Ci, z kim się skontaktować.
search-entry-title = Wybierz, co się stało
search-entry-all = Wszystkie porady
search-entry-report = Zgłoś incydent
search-busy = Wyszukiwarka jest teraz przeciążona. Spróbuj ponownie za kilka sekund.
