## Audiences (NIS2 terms for organisations)

audience-citizen = Privatna osoba
audience-business = Tvrtka ili organizacija
audience-essential-entity = Ključni subjekt (NIS2)
audience-important-entity = Važni subjekt (NIS2)

## Advice list and articles

advice-title = Savjeti
advice-lead = Odaberite što se dogodilo i tko ste kako biste vidjeli odgovarajuće korake.
advice-filter-legend = Filtriraj savjete
advice-filter-incident = Što se dogodilo
advice-filter-audience = Tko ste
advice-filter-all = Sve
advice-filter-submit = Prikaži savjete
advice-count = { $count ->
    [one] { $count } članak
    [few] { $count } članka
   *[other] { $count } članaka
}
advice-empty = Za ove filtre još nema savjeta. Odaberite „Sve” ili prijavite incident: svejedno ćemo vam reći kome se obratiti.
article-updated = Ažurirano { $date }
article-reviewed = Posljednja provjera { $date }
article-sources = Izvori
article-related = Povezani savjeti
article-report-cta-title = Prijavite ovaj incident
article-report-cta-body = Obavijestite nadležna tijela samo jednom. Pokazat ćemo vam tko se time bavi i do kada.
article-report-cta-button = Prijavite ovaj incident
article-in-english = (na engleskom)

## Translation notices

notice-missing-translation = Ova stranica još nije dostupna na vašem jeziku. Čitate izvornik na engleskom.
notice-stale-translation = Ovaj prijevod možda nije ažuran: izvornik na engleskom u međuvremenu je izmijenjen.
notice-read-original = Pročitajte izvornik na engleskom

## Threat bulletins

bulletins-title = Aktualne prijetnje
bulletins-lead = Napadi i prijevare koji su upravo u tijeku, na što utječu i što učiniti. Javne informacije (TLP:CLEAR): slobodno ih dijelite.
bulletins-filter-legend = Filtriraj upozorenja
bulletins-filter-severity = Ozbiljnost
bulletins-filter-status = Status
bulletins-filter-all = Sve
bulletins-filter-submit = Prikaži upozorenja
bulletins-empty = Nijedno upozorenje ne odgovara ovim filtrima.
bulletins-archive-heading = Arhiva
bulletins-archive-lead = Istekla upozorenja, sačuvana radi informacije.
bulletins-feed-atom = Atom feed
bulletins-feed-json = JSON Feed
bulletins-feeds-label = Pratite nova upozorenja:
severity-label = Ozbiljnost
severity-low = Niska
severity-medium = Srednja
severity-high = Visoka
severity-critical = Kritična
status-active = Aktivno
status-resolved = Riješeno
status-archived = Arhivirano
bulletin-published = Objavljeno { $date }
bulletin-updated = Ažurirano { $date }
bulletin-affected = Zahvaćeni proizvodi i usluge
bulletin-cves = CVE oznake
bulletin-tlp = TLP:CLEAR: ovo upozorenje možete slobodno dijeliti.
evidence-title = Što sačuvati kao dokaz
evidence-lead = Za svaku vrstu incidenta: što sačuvati, kako to sačuvati da i dalje vrijedi kao dokaz i kako to navesti u prijavi.
evidence-empty = Još nema objavljenih vodiča o dokazima.
evidence-all = Svi vodiči o dokazima
