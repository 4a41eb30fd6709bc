## Search page (/{lang}/search)

search-title = Hae neuvoja ja uhkatiedotteita
search-label = Mitä tapahtui? Kerro omin sanoin
search-submit = Hae
search-hint = Esimerkiksi: ”instagram hakkeroitu”, ”huijausviesti paketista”, ”maksoin valekauppaan”.
search-suggestions = Ehdotukset
search-suggestions-count = { $count ->
    [0] Ei ehdotuksia
    [one] Yksi ehdotus: siirry siihen alanuolella
   *[other] { $count } ehdotusta: siirry niihin alanuolella
}
search-count = { $count ->
    [one] Yksi tulos haulle ”{ $query }”
   *[other] { $count } tulosta haulle ”{ $query }”
}
search-filters = Rajaa tuloksia
search-filter-kind = Tyyppi
search-filter-incident = Mitä tapahtui
search-filter-audience = Kenelle
search-filter-all = Näytä kaikki
search-kind-advice = Neuvo
search-kind-bulletin = Uhkatiedote
search-in-english = Englanniksi
search-pages = Tulossivut
search-prev = Edellinen sivu
search-next = Seuraava sivu
search-page = Sivu { $page } / { $pages }
search-empty-title = Haulla ”{ $query }” ei löytynyt mitään
search-empty-body = Kokeile vähemmillä tai yksinkertaisemmilla sanoilla tai valitse alla olevasta luettelosta, mitä tapahtui. Jos et ole varma, ilmoita tapauksesta: kerromme, keneen voit ottaa yhteyttä.
search-entry-title = Valitse, mitä tapahtui
search-entry-all = Kaikki neuvot
search-entry-report = Ilmoita tapauksesta
search-busy = Haku on juuri nyt ruuhkautunut. Yritä uudelleen muutaman sekunnin kuluttua.
