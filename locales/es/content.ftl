## Audiences (NIS2 terms for organisations)

audience-citizen = Particular
audience-business = Empresa u organización
audience-essential-entity = Entidad esencial (NIS2)
audience-important-entity = Entidad importante (NIS2)

## Advice list and articles

advice-title = Consejos
advice-lead = Elija qué ha pasado y quién es usted para ver los pasos que le corresponden.
advice-filter-legend = Filtrar consejos
advice-filter-incident = Qué ha pasado
advice-filter-audience = Quién es usted
advice-filter-all = Todos
advice-filter-submit = Ver consejos
advice-count = { $count ->
    [one] Un artículo
    [many] { $count } de artículos
   *[other] { $count } artículos
}
advice-empty = Todavía no hay consejos para estos filtros. Pruebe con «Todos» o notifique el incidente: aun así le diremos a quién dirigirse.
article-updated = Actualizado el { $date }
article-reviewed = Revisado por última vez el { $date }
article-sources = Fuentes
article-related = Consejos relacionados
article-report-cta-title = Notificar este incidente
article-report-cta-body = Avise una sola vez a las autoridades adecuadas. Le mostramos quién se encarga y en qué plazo.
article-report-cta-button = Notificar este incidente
article-in-english = (en inglés)

## Translation notices

notice-missing-translation = Esta página aún no está disponible en su idioma. Está leyendo el original en inglés.
notice-stale-translation = Puede que esta traducción no esté al día: el original en inglés se ha actualizado después.
notice-read-original = Leer el original en inglés

## Threat bulletins

bulletins-title = Amenazas actuales
bulletins-lead = Ataques y estafas que están ocurriendo ahora, a qué afectan y qué hacer. Información pública (TLP:CLEAR): compártala libremente.
bulletins-filter-legend = Filtrar avisos
bulletins-filter-severity = Gravedad
bulletins-filter-status = Estado
bulletins-filter-all = Todos
bulletins-filter-submit = Ver avisos
bulletins-empty = Ningún aviso de amenaza coincide con estos filtros.
bulletins-archive-heading = Archivo
bulletins-archive-lead = Avisos caducados que se conservan como referencia.
bulletins-feed-atom = Canal Atom
bulletins-feed-json = JSON Feed
bulletins-feeds-label = Siga los nuevos avisos:
severity-label = Gravedad
severity-low = Baja
severity-medium = Media
severity-high = Alta
severity-critical = Crítica
status-active = Activo
status-resolved = Resuelto
status-archived = Archivado
bulletin-published = Publicado el { $date }
bulletin-updated = Actualizado el { $date }
bulletin-affected = Productos y servicios afectados
bulletin-cves = Identificadores CVE
bulletin-tlp = TLP:CLEAR: puede compartir este aviso libremente.
evidence-title = Qué conservar como prueba
evidence-lead = Para cada tipo de incidente: qué conservar, cómo guardarlo para que siga sirviendo como prueba y cómo anotarlo en su notificación.
evidence-empty = Todavía no se ha publicado ninguna guía sobre pruebas.
evidence-all = Todas las guías sobre pruebas
