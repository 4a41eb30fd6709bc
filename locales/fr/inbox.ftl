## La boîte de réception des points de contact (/inbox) : pour le personnel d’un organisme (CSIRT, police, autorité de
## protection des données…) qui lit ses signalements dans le portail. Formulaires simples, sans JavaScript.
inbox-title = Boîte de réception
inbox-lead = Les signalements envoyés à votre organisation, du plus récent au plus ancien. Lorsque vous ouvrez un signalement, la personne qui l’a fait reçoit la confirmation que vous l’avez bien reçu.
inbox-nav-label = Votre compte
inbox-signed-in-as = Connecté en tant que
inbox-signout = Se déconnecter
inbox-back = Retour à la boîte de réception
inbox-error-title = L’opération n’a pas abouti
inbox-error-csrf = Ce formulaire a expiré ou ne provient pas de ce site. Revenez en arrière, rechargez la page et réessayez.
inbox-error-filter = Le filtre « { $field } » a une valeur que cette boîte de réception ne propose pas. Choisissez-la de nouveau dans le formulaire.
inbox-signin-title = Se connecter à la boîte de réception
inbox-signin-lead = Pour le personnel des organismes qui reçoivent des signalements par ce portail. Les comptes sont créés par l’exploitant du portail.
inbox-field-email = Adresse e-mail
inbox-field-password = Mot de passe
inbox-field-code = Code à 6 chiffres de votre application d’authentification
inbox-signin-button = Se connecter
inbox-session-ended = Votre session a pris fin. Reconnectez-vous.
inbox-signed-out = Vous êtes déconnecté.
inbox-link-title = Ou recevez par e-mail un lien de connexion à usage unique
inbox-link-button = M’envoyer un lien de connexion par e-mail
inbox-link-no-smtp = Les liens de connexion par e-mail ne sont pas disponibles sur cette installation : elle ne peut pas envoyer d’e-mails.
inbox-link-sent = Si un compte existe pour cette adresse, un lien de connexion vient d’être envoyé. Il ne fonctionne qu’une fois, pendant 15 minutes.
inbox-link-lead = Ce lien à usage unique vous connecte à la boîte de réception. Il ne fonctionne qu’une fois.
inbox-link-invalid = Ce lien de connexion ne fonctionne plus : il a déjà été utilisé, il a expiré ou il a été mal copié. Demandez-en un nouveau.
inbox-link-email-subject = Votre lien de connexion à la boîte de réception cyberhelp
inbox-link-email-body =
    Quelqu’un (vous, espérons-le) a demandé un lien de connexion à la boîte de réception cyberhelp.

    { $url }

    Le lien ne fonctionne qu’une fois, pendant { $minutes } minutes. Si vous ne l’avez pas demandé, ignorez cet e-mail : rien ne se passe sans le lien.
inbox-invite-email-subject = Invitation à la boîte de réception cyberhelp
inbox-invite-email-body =
    L’exploitant du portail cyberhelp vous a créé un compte dans la boîte de réception, afin que vous puissiez lire les signalements envoyés à votre organisation et y répondre.

    Ouvrez ce lien pour vous connecter la première fois ; il ne fonctionne qu’une fois, dans un délai de { $hours } heures :

    { $url }

    Définissez ensuite un mot de passe et une application d’authentification pour vos prochaines connexions.
inbox-setup-title = Mot de passe et application d’authentification
inbox-setup-link = Mot de passe et application d’authentification
inbox-setup-lead = Définissez un mot de passe et une application d’authentification pour vous connecter sans lien envoyé par e-mail. Les deux vous seront demandés à chaque connexion.
inbox-setup-authenticator = Votre application d’authentification
inbox-setup-authenticator-lead = Ajoutez un nouveau compte dans votre application d’authentification (TOTP : 6 chiffres, toutes les 30 secondes) et saisissez cette clé :
inbox-setup-authenticator-hint = Gardez cette clé secrète. Elle n’est affichée que sur cette page ; si vous revenez plus tard, une nouvelle clé sera créée.
inbox-field-new-password = Nouveau mot de passe (12 à 128 caractères)
inbox-field-repeat-password = Confirmez le mot de passe
inbox-setup-button = Enregistrer
inbox-setup-error-length = Le mot de passe doit comporter de 12 à 128 caractères.
inbox-setup-error-mismatch = Les deux mots de passe ne sont pas identiques.
inbox-setup-error-code = Le code ne correspond pas à la clé. Vérifiez l’heure de votre téléphone et saisissez le code actuel.
inbox-setup-done = Votre mot de passe et votre application d’authentification sont configurés.
inbox-setup-suggest = Vous avez utilisé un lien à usage unique pour vous connecter. Pour vous connecter sans lien, définissez un mot de passe et une application d’authentification :
inbox-filter-state = État de votre traitement
inbox-filter-incident = Type d’incident
inbox-filter-from = Reçus à partir du
inbox-filter-to = Reçus jusqu’au
inbox-filter-button = Filtrer
inbox-filter-all = Tous
inbox-state-new = Nouveau : rien n’a encore été enregistré
inbox-state-received = Reçu par le destinataire
inbox-state-in-progress = En cours de traitement par le destinataire
inbox-state-closed = Clôturé par le destinataire
inbox-export = Exporter ces signalements :
inbox-empty = Aucun signalement n’a encore été envoyé à votre organisation.
inbox-empty-filtered = Aucun signalement ne correspond à ces filtres.
inbox-new = non ouvert
inbox-withdrawn = Retiré par la personne qui a fait le signalement
inbox-caption = Signalements pour { $contact }, page { $page }
inbox-col-reference = Référence
inbox-col-received = Reçu le
inbox-col-incident = Type d’incident
inbox-col-victim = Signalé par
inbox-col-state = État de votre traitement
inbox-col-deadline = Délai légal
inbox-previous = Page précédente
inbox-next = Page suivante
inbox-report-title = Signalement { $reference }
inbox-deadline = délai légal : au plus tard le { $date }
inbox-purged = Les données personnelles de ce signalement ont été supprimées le { $date } (fin de la durée de conservation du portail, ou retrait par la personne qui a fait le signalement).
inbox-withdrawn-note = La personne qui a fait ce signalement l’a retiré : plus rien ne peut être enregistré à son sujet, ni envoyé à cette personne. Appliquez à ce que vous détenez vos propres règles pour les signalements retirés.
inbox-timeline = Ce que vous avez enregistré
inbox-no-updates = Rien n’a encore été enregistré.
inbox-questions = Questions à la personne qui a fait le signalement
inbox-answer = Réponse :
inbox-no-answer = Pas encore de réponse.
inbox-done-status = Votre mise à jour a été enregistrée ; la personne qui a fait le signalement la voit sur sa page de suivi.
inbox-done-question = Votre question a été envoyée ; la personne qui a fait le signalement la voit sur sa page de suivi.
privacy-channel-inbox = dans ce portail même : ils y restent conservés, et l’organisme les lit dans sa propre boîte de réception
