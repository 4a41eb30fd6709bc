## Shell: skip link, header, navigation, footer

shell-skip-link = Aller au contenu principal
shell-site-name = cyberhelp
shell-tagline = De l’aide après une cyberattaque
shell-nav-label = Menu principal
shell-nav-home = Accueil
shell-nav-advice = Conseils
shell-nav-bulletins = Menaces en cours
shell-nav-report = Signaler un incident
shell-nav-search = Rechercher
shell-language-label = Langue
shell-language-submit = Changer
shell-footer-emergency = Vous êtes en danger maintenant ? Appelez le 112, le numéro d’urgence dans tous les pays de l’UE.
shell-footer-never-ask = Nous ne vous demanderons jamais vos mots de passe, un paiement ou l’accès à distance à votre appareil. Si quelqu’un le fait, ce n’est pas nous.
shell-footer-privacy = Aucun traceur, aucune requête vers des tiers : ce site ne charge rien depuis un autre site.
shell-footer-source = Logiciel libre, que vous pouvez héberger vous-même.
shell-footer-licence = Nos textes sont publiés sous licence CC BY 4.0 : réutilisez-les librement en citant cyberhelp.
shell-footer-feeds = Alertes sur les menaces en flux Atom

## Home page

home-title = De l’aide après une cyberattaque
home-lead = Votre compte a été piraté, vous avez payé sur une fausse boutique en ligne, votre entreprise est touchée par un rançongiciel ? Découvrez quoi faire maintenant, qui prévenir et dans quel délai.
home-emergency = Si vous êtes en danger maintenant, appelez le 112.
home-tasks-heading = De quoi avez-vous besoin ?
home-task-advice = Obtenir des conseils
home-task-advice-desc = Une aide pas à pas pour ce qui vous est arrivé.
home-task-bulletins = Voir les menaces en cours
home-task-bulletins-desc = Les arnaques et attaques du moment, et ce qu’il faut faire.
home-task-report = Signaler un incident
home-task-report-desc = Prévenez les bonnes autorités en une seule fois, et sachez qui s’en occupe et dans quel délai.
home-incidents-heading = Que s’est-il passé ?
home-bulletins-heading = Menaces actives
home-bulletins-people = Arnaques en cours
home-bulletins-organisations = Pour les équipes informatiques des organisations : failles de sécurité activement exploitées
home-bulletins-empty = Il n’y a aucune alerte active en ce moment.
home-bulletins-all = Toutes les alertes

## Errors

error-title-prefix = Erreur : { $title }

error-not-found-title = Page introuvable
error-not-found-body = Nous n’avons pas trouvé cette page. L’adresse est peut-être mal saisie, ou la page a été déplacée.
error-not-found-home = Aller à la page d’accueil
error-internal-title = Un problème est survenu
error-internal-body = C’est notre faute, pas la vôtre. Veuillez réessayer dans un instant.
error-bad-request-title = Nous n’avons pas pu comprendre cette demande
error-too-large-title = Ce que vous avez envoyé est trop volumineux
error-too-large-back = Utilisez le bouton Retour de votre navigateur : le formulaire conserve ce que vous avez saisi. Raccourcissez ensuite la description et envoyez-la à nouveau.
error-rate-limited = Trop de demandes depuis votre connexion en peu de temps. Veuillez patienter une minute puis réessayer.
stats-title = Statistiques ouvertes
stats-lead = Combien de signalements ce portail a reçus, à quel sujet, et en combien de temps les destinataires en ont confirmé la réception. Uniquement des chiffres : aucun signalement ne peut y être reconnu.
stats-empty = Aucun signalement n’a encore été reçu : il n’y a donc rien à compter.
stats-unavailable = Les statistiques ne peuvent pas être affichées pour le moment. Veuillez réessayer dans quelques minutes.
stats-withheld = secret
stats-chart-title = Signalements reçus par mois
stats-chart-caption = Signalements reçus par mois (UTC). Les mêmes chiffres figurent dans le tableau ci-dessous.
stats-per-month = Signalements par mois
stats-category = Catégorie
stats-breakdowns = Répartition des signalements par mois
stats-by-incident = Par type d’incident
stats-by-country = Par pays
stats-by-victim = Selon qui a fait le signalement
stats-deliveries = Transmission aux destinataires
stats-no-deliveries = Aucun signalement n’a encore été remis à un destinataire.
stats-deliveries-caption = Signalements envoyés à chaque type de destinataire, tous mois confondus
stats-recipient-kind = Type de destinataire
stats-delivered = Remis
stats-acknowledged = Confirmés par le destinataire
stats-failed = N’ont pas pu être remis
stats-median-ack = Délai médian de confirmation
stats-hours = { $hours } h
stats-method = Les nombres inférieurs à { $threshold } (sauf zéro) sont couverts par le secret statistique ; lorsqu’un nombre couvert par le secret pourrait être retrouvé à partir du total du mois, d’autres nombres sont aussi placés sous secret avec lui. Les chiffres reposent uniquement sur le mois, le type d’incident, le pays, la catégorie de la personne ou de l’organisation qui a fait le signalement, et le type de destinataire : ces informations sont conservées lorsque les données personnelles d’un signalement sont supprimées.
stats-api = Les mêmes chiffres au format JSON
