## Audiences (NIS2 terms for organisations)

audience-citizen = Súkromná osoba
audience-business = Firma alebo organizácia
audience-essential-entity = Základný subjekt (NIS2)
audience-important-entity = Dôležitý subjekt (NIS2)

## Advice list and articles

advice-title = Rady
advice-lead = Vyberte, čo sa stalo a kto ste, a zobrazia sa vám vhodné kroky.
advice-filter-legend = Filtrovať rady
advice-filter-incident = Čo sa stalo
advice-filter-audience = Kto ste
advice-filter-all = Všetko
advice-filter-submit = Zobraziť rady
advice-count = { $count ->
    [one] Jeden článok
    [few] { $count } články
    [many] { $count } článku
   *[other] { $count } článkov
}
advice-empty = Pre tieto filtre zatiaľ nemáme žiadne rady. Skúste „Všetko“ alebo incident nahláste: aj tak vám povieme, na koho sa obrátiť.
article-updated = Aktualizované { $date }
article-reviewed = Naposledy skontrolované { $date }
article-sources = Zdroje
article-related = Súvisiace rady
article-report-cta-title = Nahlásiť tento incident
article-report-cta-body = Oznámte to raz tým správnym úradom. Ukážeme vám, kto to rieši a do kedy.
article-report-cta-button = Nahlásiť tento incident
article-in-english = (v angličtine)

## Translation notices

notice-missing-translation = Táto stránka zatiaľ nie je dostupná vo vašom jazyku. Čítate anglický originál.
notice-stale-translation = Tento preklad nemusí byť aktuálny: anglický originál bol medzitým upravený.
notice-read-original = Prečítať anglický originál

## Threat bulletins

bulletins-title = Aktuálne hrozby
bulletins-lead = Útoky a podvody, ktoré práve prebiehajú, čoho sa týkajú a čo robiť. Verejné informácie (TLP:CLEAR): pokojne ich zdieľajte.
bulletins-filter-legend = Filtrovať varovania
bulletins-filter-severity = Závažnosť
bulletins-filter-status = Stav
bulletins-filter-all = Všetko
bulletins-filter-submit = Zobraziť varovania
bulletins-empty = Týmto filtrom nezodpovedá žiadne varovanie.
bulletins-archive-heading = Archív
bulletins-archive-lead = Varovania, ktoré už neplatia, uchované pre informáciu.
bulletins-feed-atom = Kanál Atom
bulletins-feed-json = JSON Feed
bulletins-feeds-label = Sledujte nové varovania:
severity-label = Závažnosť
severity-low = Nízka
severity-medium = Stredná
severity-high = Vysoká
severity-critical = Kritická
status-active = Aktívne
status-resolved = Vyriešené
status-archived = Archivované
bulletin-published = Zverejnené { $date }
bulletin-updated = Aktualizované { $date }
bulletin-affected = Dotknuté produkty a služby
bulletin-cves = Identifikátory CVE
bulletin-tlp = TLP:CLEAR: toto varovanie môžete voľne zdieľať.
evidence-title = Čo si uschovať ako dôkaz
evidence-lead = Pre každý druh incidentu: čo si uschovať, ako to uschovať, aby to stále platilo ako dôkaz, a ako to uviesť v hlásení.
evidence-empty = Zatiaľ nie sú zverejnené žiadne návody o dôkazoch.
evidence-all = Všetky návody o dôkazoch
