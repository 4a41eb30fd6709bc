## Search page (/{lang}/search)

search-title = Pesquisar conselhos e alertas
search-label = O que aconteceu? Descreva por palavras suas
search-submit = Pesquisar
search-hint = Por exemplo: «instagram pirateado», «sms falso de encomenda», «paguei numa loja falsa».
search-suggestions = Sugestões
search-suggestions-count = { $count ->
    [0] Sem sugestões
    [one] Uma sugestão: use a seta para baixo para lá chegar
    [many] { $count } de sugestões: use a seta para baixo para lá chegar
   *[other] { $count } sugestões: use a seta para baixo para lá chegar
}
search-count = { $count ->
    [0] { $count } resultados para «{ $query }»
    [one] { $count } resultado para «{ $query }»
    [many] { $count } de resultados para «{ $query }»
   *[other] { $count } resultados para «{ $query }»
}
search-filters = Refinar
search-filter-kind = Tipo
search-filter-incident = O que aconteceu
search-filter-audience = Para quem
search-filter-all = Mostrar tudo
search-kind-advice = Conselho
search-kind-bulletin = Alerta de ameaça
search-in-english = Em inglês
search-pages = Páginas de resultados
search-prev = Página anterior
search-next = Página seguinte
search-page = Página { $page } de { $pages }
search-empty-title = Nada encontrado para «{ $query }»
search-empty-body = Experimente menos palavras ou palavras mais simples, ou escolha o que aconteceu na lista abaixo. Se tiver dúvidas, comunique o incidente: dizemos-lhe a quem se dirigir.
search-entry-title = Escolha o que aconteceu
search-entry-all = Todos os conselhos
search-entry-report = Comunicar um incidente
search-busy = A pesquisa está sobrecarregada neste momento. Tente novamente dentro de alguns segundos.
