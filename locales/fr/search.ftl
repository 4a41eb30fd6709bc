## Search page (/{lang}/search)

search-title = Rechercher des conseils et des alertes
search-label = Que s’est-il passé ? Décrivez-le avec vos propres mots
search-submit = Rechercher
search-hint = Par exemple : « instagram piraté », « faux SMS colis », « payé sur une fausse boutique ».
search-suggestions = Suggestions
search-suggestions-count = { $count ->
    [0] Aucune suggestion
    [one] Une suggestion : utilisez la flèche vers le bas pour l’atteindre
    [many] { $count } de suggestions : utilisez la flèche vers le bas pour les atteindre
   *[other] { $count } suggestions : utilisez la flèche vers le bas pour les atteindre
}
search-count = { $count ->
    [one] { $count } résultat pour « { $query } »
    [many] { $count } de résultats pour « { $query } »
   *[other] { $count } résultats pour « { $query } »
}
search-filters = Affiner
search-filter-kind = Type
search-filter-incident = Ce qui s’est passé
search-filter-audience = Pour qui
search-filter-all = Tout afficher
search-kind-advice = Conseil
search-kind-bulletin = Alerte
search-in-english = En anglais
search-pages = Pages de résultats
search-prev = Page précédente
search-next = Page suivante
search-page = Page { $page } sur { $pages }
search-empty-title = Aucun résultat pour « { $query } »
search-empty-body = Essayez avec moins de mots ou des mots plus simples, ou choisissez ce qui s’est passé dans la liste ci-dessous. En cas de doute, signalez l’incident : nous vous dirons qui contacter.
search-entry-title = Choisissez ce qui s’est passé
search-entry-all = Tous les conseils
search-entry-report = Signaler un incident
search-busy = La recherche est surchargée pour le moment. Veuillez réessayer dans quelques secondes.
