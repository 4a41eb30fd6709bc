## Search page (/{lang}/search)

search-title = Buscar consejos y avisos
search-label = ¿Qué ha pasado? Descríbalo con sus propias palabras
search-submit = Buscar
search-hint = Por ejemplo: «me han hackeado instagram», «sms falso de paquete», «pagué en una tienda falsa».
search-suggestions = Sugerencias
search-suggestions-count = { $count ->
    [0] No hay sugerencias
    [one] Una sugerencia: use la flecha hacia abajo para llegar a ella
    [many] { $count } de sugerencias: use la flecha hacia abajo para llegar a ellas
   *[other] { $count } sugerencias: use la flecha hacia abajo para llegar a ellas
}
search-count = { $count ->
    [one] Un resultado para «{ $query }»
    [many] { $count } de resultados para «{ $query }»
   *[other] { $count } resultados para «{ $query }»
}
search-filters = Acotar resultados
search-filter-kind = Tipo
search-filter-incident = Qué ha pasado
search-filter-audience = Para quién
search-filter-all = Mostrar todo
search-kind-advice = Consejo
search-kind-bulletin = Aviso de amenaza
search-in-english = En inglés
search-pages = Páginas de resultados
search-prev = Página anterior
search-next = Página siguiente
search-page = Página { $page } de { $pages }
search-empty-title = No se ha encontrado nada para «{ $query }»
search-empty-body = Pruebe con menos palabras o con palabras más sencillas, o elija qué ha pasado en la lista de abajo. Si tiene dudas, notifique el incidente: le diremos a quién dirigirse.
search-entry-title = Elija qué ha pasado
search-entry-all = Todos los consejos
search-entry-report = Notificar un incidente
search-busy = La búsqueda está saturada en este momento. Inténtelo de nuevo en unos segundos.
