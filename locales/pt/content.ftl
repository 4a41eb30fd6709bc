## Audiences (NIS2 terms for organisations)

audience-citizen = Particular
audience-business = Empresa ou organização
audience-essential-entity = Entidade essencial (NIS2)
audience-important-entity = Entidade importante (NIS2)

## Advice list and articles

advice-title = Conselhos
advice-lead = Escolha o que aconteceu e quem é para ver os passos adequados.
advice-filter-legend = Filtrar conselhos
advice-filter-incident = O que aconteceu
advice-filter-audience = Quem é
advice-filter-all = Todos
advice-filter-submit = Mostrar conselhos
advice-count = { $count ->
    [0] { $count } artigos
    [one] { $count } artigo
    [many] { $count } de artigos
   *[other] { $count } artigos
}
advice-empty = Ainda não há conselhos para estes filtros. Experimente «Todos», ou comunique o incidente: mesmo assim, dizemos-lhe a quem se dirigir.
article-updated = Atualizado em { $date }
article-reviewed = Revisto pela última vez em { $date }
article-sources = Fontes
article-related = Conselhos relacionados
article-report-cta-title = Comunicar este incidente
article-report-cta-body = Informe as autoridades certas de uma só vez. Mostramos-lhe quem trata do assunto e até quando.
article-report-cta-button = Comunicar este incidente
article-in-english = (em inglês)

## Translation notices

notice-missing-translation = Esta página ainda não está disponível no seu idioma. Está a ler o original em inglês.
notice-stale-translation = Esta tradução pode estar desatualizada: o original em inglês foi alterado mais recentemente.
notice-read-original = Ler o original em inglês

## Threat bulletins

bulletins-title = Ameaças atuais
bulletins-lead = Ataques e burlas a acontecer agora, o que afetam e o que fazer. Informação pública (TLP:CLEAR): partilhe-a à vontade.
bulletins-filter-legend = Filtrar alertas
bulletins-filter-severity = Gravidade
bulletins-filter-status = Estado
bulletins-filter-all = Todos
bulletins-filter-submit = Mostrar alertas
bulletins-empty = Nenhum alerta corresponde a estes filtros.
bulletins-archive-heading = Arquivo
bulletins-archive-lead = Alertas expirados, guardados para consulta.
bulletins-feed-atom = Feed Atom
bulletins-feed-json = JSON Feed
bulletins-feeds-label = Acompanhe os novos alertas:
severity-label = Gravidade
severity-low = Baixa
severity-medium = Média
severity-high = Alta
severity-critical = Crítica
status-active = Ativo
status-resolved = Resolvido
status-archived = Arquivado
bulletin-published = Publicado em { $date }
bulletin-updated = Atualizado em { $date }
bulletin-affected = Produtos e serviços afetados
bulletin-cves = Identificadores CVE
bulletin-tlp = TLP:CLEAR: pode partilhar este alerta à vontade.
evidence-title = O que guardar como prova
evidence-lead = Para cada tipo de incidente: o que guardar, como guardar para que continue a valer como prova e como o indicar na sua comunicação.
evidence-empty = Ainda não foram publicados guias sobre provas.
evidence-all = Todos os guias sobre provas
