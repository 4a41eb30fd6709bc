## Search page (/{lang}/search)

search-title = Meklēt padomus un brīdinājumus
search-label = Kas notika? Aprakstiet to saviem vārdiem
search-submit = Meklēt
search-hint = Piemēram: „uzlauzts instagram”, „viltota īsziņa par sūtījumu”, „samaksāju viltotā veikalā”.
search-suggestions = Ieteikumi
search-suggestions-count = { $count ->
    [0] Nav ieteikumu
    [zero] { $count } ieteikumu: pārvietojieties uz tiem ar lejupvērsto bultiņu
    [one] { $count } ieteikums: pārvietojieties uz to ar lejupvērsto bultiņu
   *[other] { $count } ieteikumi: pārvietojieties uz tiem ar lejupvērsto bultiņu
}
search-count = { $count ->
    [zero] { $count } rezultātu vaicājumam „{ $query }”
    [one] { $count } rezultāts vaicājumam „{ $query }”
   *[other] { $count } rezultāti vaicājumam „{ $query }”
}
search-filters = Precizēt meklēšanu
search-filter-kind = Veids
search-filter-incident = Kas notika
search-filter-audience = Kam paredzēts
search-filter-all = Rādīt visus
search-kind-advice = Padoms
search-kind-bulletin = Brīdinājums par draudiem
search-in-english = Angļu valodā
search-pages = Rezultātu lapas
search-prev = Iepriekšējā lapa
search-next = Nākamā lapa
search-page = { $page }. lapa no { $pages }
search-empty-title = Vaicājumam „{ $query }” nekas netika atrasts
search-empty-body = Mēģiniet ar mazāk vai vienkāršākiem vārdiem vai izvēlieties, kas notika, sarakstā zemāk. Ja šaubāties, ziņojiet par incidentu: mēs pateiksim, pie kā vērsties.
search-entry-title = Izvēlieties, kas notika
search-entry-all = Visi padomi
search-entry-report = Ziņot par incidentu
search-busy = Meklēšana pašlaik ir pārslogota. Lūdzu, mēģiniet vēlreiz pēc dažām sekundēm.
