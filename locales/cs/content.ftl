## Audiences (NIS2 terms for organisations)

audience-citizen = Soukromá osoba
audience-business = Firma nebo organizace
audience-essential-entity = Základní subjekt (NIS2)
audience-important-entity = Důležitý subjekt (NIS2)

## Advice list and articles

advice-title = Rady
advice-lead = Vyberte, co se stalo a kdo jste, a zobrazí se vám vhodné kroky.
advice-filter-legend = Filtrovat rady
advice-filter-incident = Co se stalo
advice-filter-audience = Kdo jste
advice-filter-all = Vše
advice-filter-submit = Zobrazit rady
advice-count = { $count ->
    [one] Jeden článek
    [few] { $count } články
    [many] { $count } článku
   *[other] { $count } článků
}
advice-empty = Pro tyto filtry zatím nemáme žádné rady. Zkuste „Vše“, nebo incident nahlaste: i tak vám řekneme, na koho se obrátit.
article-updated = Aktualizováno { $date }
article-reviewed = Naposledy zkontrolováno { $date }
article-sources = Zdroje
article-related = Související rady
article-report-cta-title = Nahlásit tento incident
article-report-cta-body = Oznamte to jednou těm správným úřadům. Ukážeme vám, kdo to řeší a do kdy.
article-report-cta-button = Nahlásit tento incident
article-in-english = (v angličtině)

## Translation notices

notice-missing-translation = Tato stránka zatím není dostupná ve vašem jazyce. Čtete anglický originál.
notice-stale-translation = Tento překlad nemusí být aktuální: anglický originál byl mezitím upraven.
notice-read-original = Přečíst anglický originál

## Threat bulletins

bulletins-title = Aktuální hrozby
bulletins-lead = Útoky a podvody, které právě probíhají, čeho se týkají a co dělat. Veřejné informace (TLP:CLEAR): klidně je sdílejte.
bulletins-filter-legend = Filtrovat varování
bulletins-filter-severity = Závažnost
bulletins-filter-status = Stav
bulletins-filter-all = Vše
bulletins-filter-submit = Zobrazit varování
bulletins-empty = Těmto filtrům neodpovídá žádné varování.
bulletins-archive-heading = Archiv
bulletins-archive-lead = Varování, která už neplatí, uchovaná pro informaci.
bulletins-feed-atom = Kanál Atom
bulletins-feed-json = JSON Feed
bulletins-feeds-label = Sledujte nová varování:
severity-label = Závažnost
severity-low = Nízká
severity-medium = Střední
severity-high = Vysoká
severity-critical = Kritická
status-active = Aktivní
status-resolved = Vyřešeno
status-archived = Archivováno
bulletin-published = Zveřejněno { $date }
bulletin-updated = Aktualizováno { $date }
bulletin-affected = Dotčené produkty a služby
bulletin-cves = Identifikátory CVE
bulletin-tlp = TLP:CLEAR: toto varování můžete volně sdílet.
evidence-title = Co si uchovat jako důkaz
evidence-lead = Pro každý druh incidentu: co si uchovat, jak to uchovat, aby to dál mohlo sloužit jako důkaz, a jak to uvést v hlášení.
evidence-empty = Zatím nejsou zveřejněny žádné návody k uchování důkazů.
evidence-all = Všechny návody k uchování důkazů
