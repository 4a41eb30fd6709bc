## Search page (/{lang}/search)

search-title = Ieškoti patarimų ir pranešimų apie grėsmes
search-label = Kas nutiko? Apibūdinkite savais žodžiais
search-submit = Ieškoti
search-hint = Pavyzdžiui: „įsilaužė į instagram“, „netikra SMS apie siuntinį“, „sumokėjau netikrai parduotuvei“.
search-suggestions = Pasiūlymai
search-suggestions-count = { $count ->
    [0] Pasiūlymų nėra
    [one] { $count } pasiūlymas: norėdami pasirinkti, spauskite rodyklę žemyn
    [few] { $count } pasiūlymai: norėdami pasirinkti, spauskite rodyklę žemyn
    [many] { $count } pasiūlymo: norėdami pasirinkti, spauskite rodyklę žemyn
   *[other] { $count } pasiūlymų: norėdami pasirinkti, spauskite rodyklę žemyn
}
search-count = { $count ->
    [one] { $count } rezultatas pagal užklausą „{ $query }“
    [few] { $count } rezultatai pagal užklausą „{ $query }“
    [many] { $count } rezultato pagal užklausą „{ $query }“
   *[other] { $count } rezultatų pagal užklausą „{ $query }“
}
search-filters = Susiaurinti paiešką
search-filter-kind = Tipas
search-filter-incident = Kas nutiko
search-filter-audience = Kam skirta
search-filter-all = Rodyti visus
search-kind-advice = Patarimas
search-kind-bulletin = Pranešimas apie grėsmę
search-in-english = Anglų kalba
search-pages = Rezultatų puslapiai
search-prev = Ankstesnis puslapis
search-next = Kitas puslapis
search-page = { $page } puslapis iš { $pages }
search-empty-title = Pagal užklausą „{ $query }“ nieko nerasta
search-empty-body = Pabandykite įvesti mažiau arba paprastesnių žodžių arba pasirinkite, kas nutiko, iš toliau pateikto sąrašo. Jei nesate tikri, praneškite apie incidentą: pasakysime, į ką kreiptis.
search-entry-title = Pasirinkite, kas nutiko
search-entry-all = Visi patarimai
search-entry-report = Pranešti apie incidentą
search-busy = Paieška šiuo metu perkrauta. Bandykite dar kartą po kelių sekundžių.
