## Audiences (NIS2 terms for organisations)

audience-citizen = Particulier
audience-business = Entreprise ou organisation
audience-essential-entity = Entité essentielle (NIS2)
audience-important-entity = Entité importante (NIS2)

## Advice list and articles

advice-title = Conseils
advice-lead = Indiquez ce qui s’est passé et qui vous êtes pour voir les étapes adaptées.
advice-filter-legend = Filtrer les conseils
advice-filter-incident = Ce qui s’est passé
advice-filter-audience = Qui vous êtes
advice-filter-all = Tous
advice-filter-submit = Afficher les conseils
advice-count = { $count ->
    [one] { $count } article
    [many] { $count } d’articles
   *[other] { $count } articles
}
advice-empty = Aucun conseil ne correspond encore à ces filtres. Essayez « Tous », ou signalez l’incident : nous vous dirons quand même qui contacter.
article-updated = Mis à jour le { $date }
article-reviewed = Dernière vérification le { $date }
article-sources = Sources
article-related = Conseils liés
article-report-cta-title = Signaler cet incident
article-report-cta-body = Prévenez les bonnes autorités en une seule fois. Nous vous indiquons qui s’en occupe et dans quel délai.
article-report-cta-button = Signaler cet incident
article-in-english = (en anglais)

## Translation notices

notice-missing-translation = Cette page n’est pas encore disponible dans votre langue. Vous lisez l’original en anglais.
notice-stale-translation = Cette traduction n’est peut-être plus à jour : l’original en anglais a été modifié depuis.
notice-read-original = Lire l’original en anglais

## Threat bulletins

bulletins-title = Menaces en cours
bulletins-lead = Les attaques et arnaques du moment, ce qu’elles touchent et ce qu’il faut faire. Informations publiques (TLP:CLEAR) : partagez-les librement.
bulletins-filter-legend = Filtrer les alertes
bulletins-filter-severity = Gravité
bulletins-filter-status = Statut
bulletins-filter-all = Toutes
bulletins-filter-submit = Afficher les alertes
bulletins-empty = Aucune alerte ne correspond à ces filtres.
bulletins-archive-heading = Archives
bulletins-archive-lead = Alertes expirées, conservées pour référence.
bulletins-feed-atom = Flux Atom
bulletins-feed-json = JSON Feed
bulletins-feeds-label = Suivre les nouvelles alertes :
severity-label = Gravité
severity-low = Faible
severity-medium = Moyenne
severity-high = Élevée
severity-critical = Critique
status-active = Active
status-resolved = Résolue
status-archived = Archivée
bulletin-published = Publiée le { $date }
bulletin-updated = Mise à jour le { $date }
bulletin-affected = Produits et services concernés
bulletin-cves = Identifiants CVE
bulletin-tlp = TLP:CLEAR : vous pouvez partager cette alerte librement.
evidence-title = Ce qu’il faut garder comme preuves
evidence-lead = Pour chaque type d’incident : ce qu’il faut garder, comment le conserver pour qu’il garde sa valeur de preuve, et comment l’indiquer dans votre signalement.
evidence-empty = Aucun guide sur les preuves n’est encore publié.
evidence-all = Tous les guides sur les preuves
