## Audiences (NIS2 terms for organisations)

audience-citizen = Magánszemély
audience-business = Vállalkozás vagy szervezet
audience-essential-entity = Alapvető szervezet (NIS2)
audience-important-entity = Fontos szervezet (NIS2)

## Advice list and articles

advice-title = Tanácsok
advice-lead = Válassza ki, mi történt és kicsoda Ön, hogy lássa az Önnek szóló lépéseket.
advice-filter-legend = Tanácsok szűrése
advice-filter-incident = Mi történt
advice-filter-audience = Kicsoda Ön
advice-filter-all = Mind
advice-filter-submit = Tanácsok megjelenítése
advice-count = { $count ->
    [one] Egy cikk
   *[other] { $count } cikk
}
advice-empty = Ezekre a szűrőkre még nincs tanács. Próbálja a „Mind” lehetőséget, vagy jelentse be az incidenst: akkor is megmondjuk, kihez fordulhat.
article-updated = Frissítve: { $date }
article-reviewed = Utoljára ellenőrizve: { $date }
article-sources = Források
article-related = Kapcsolódó tanácsok
article-report-cta-title = Jelentse be ezt az incidenst
article-report-cta-body = Értesítse egyszerre a megfelelő hatóságokat. Megmutatjuk, ki foglalkozik az ügyével és milyen határidővel.
article-report-cta-button = Incidens bejelentése
article-in-english = (angolul)

## Translation notices

notice-missing-translation = Ez az oldal még nem érhető el az Ön nyelvén. Az angol eredetit olvassa.
notice-stale-translation = Ez a fordítás elavult lehet: az angol eredetit azóta frissítették.
notice-read-original = Az angol eredeti elolvasása

## Threat bulletins

bulletins-title = Aktuális fenyegetések
bulletins-lead = Éppen zajló támadások és csalások, mit érintenek és mit tegyen. Nyilvános információ (TLP:CLEAR): szabadon megoszthatja.
bulletins-filter-legend = Riasztások szűrése
bulletins-filter-severity = Súlyosság
bulletins-filter-status = Állapot
bulletins-filter-all = Mind
bulletins-filter-submit = Riasztások megjelenítése
bulletins-empty = Ezekre a szűrőkre nincs fenyegetési riasztás.
bulletins-archive-heading = Archívum
bulletins-archive-lead = Lejárt riasztások, tájékoztatásul megőrizve.
bulletins-feed-atom = Atom-hírcsatorna
bulletins-feed-json = JSON Feed
bulletins-feeds-label = Új riasztások követése:
severity-label = Súlyosság
severity-low = Alacsony
severity-medium = Közepes
severity-high = Magas
severity-critical = Kritikus
status-active = Aktív
status-resolved = Megoldva
status-archived = Archiválva
bulletin-published = Közzétéve: { $date }
bulletin-updated = Frissítve: { $date }
bulletin-affected = Érintett termékek és szolgáltatások
bulletin-cves = CVE-azonosítók
bulletin-tlp = TLP:CLEAR: ezt a riasztást szabadon megoszthatja.
evidence-title = Mit őrizzen meg bizonyítékként
evidence-lead = Minden incidenstípushoz: mit őrizzen meg, hogyan őrizze meg úgy, hogy bizonyítékként is megálljon, és hogyan sorolja fel a bejelentésében.
evidence-empty = Még nincs közzétett útmutató a bizonyítékokról.
evidence-all = Összes útmutató a bizonyítékokról
