## Routing: why each step is recommended (ids referenced from content/routing.toml)

route-why-police-people = Si quelqu’un vous menace, vous harcèle ou vous exploite, ou si un enfant est concerné, la police passe en premier. Ne payez pas et ne négociez pas : gardez les messages comme preuves.
route-why-helpline = Vous n’avez pas à affronter cela en solitaire : ces services vous écoutent, vous conseillent et peuvent vous aider à faire retirer des images ou des contenus.
route-why-nis2-early-warning = En tant qu’entité essentielle ou importante, vous devez envoyer une alerte précoce à votre CSIRT ou à l’autorité compétente dans les 24 heures après avoir eu connaissance d’un incident important.
route-why-nis2-notification = Dans les 72 heures, complétez-la par la notification d’incident : première évaluation, gravité, impact et indicateurs de compromission.
route-why-nis2-final = Au plus tard un mois après la notification d’incident, envoyez le rapport final : description détaillée, cause profonde, mesures prises et impact transfrontière.
route-why-gdpr-controller = Des données personnelles d’autres personnes sont touchées : votre organisation est donc responsable du traitement. Notifiez la violation à l’autorité de protection des données dans les 72 heures, sauf si elle ne risque pas de porter atteinte à qui que ce soit. Si le risque pour les personnes concernées est élevé, informez-les aussi.
route-why-police-money = Portez plainte pour fraude auprès de la police. Votre banque ou votre assurance peut vous demander le numéro de la plainte.
route-why-platform = Utilisez les pages officielles de récupération et de signalement du service concerné (jamais des liens que l’on vous a envoyés). Signalez le compte ou le contenu pour que la plateforme puisse le bloquer.
route-why-phishing-report = Transférez le message suspect à l’adresse nationale de signalement : cela aide à bloquer le faux site pour tout le monde.
route-why-ecc = Le vendeur se trouve dans un autre pays : le Centre européen des consommateurs de votre pays vous aide gratuitement dans les litiges transfrontaliers.
route-why-consumer = Signalez le commerçant à l’autorité de protection des consommateurs : elle peut agir contre les fausses boutiques et prévenir les autres.
route-why-csirt-business = Le CSIRT national peut aider votre organisation à contenir l’attaque et à rétablir ses activités. Votre signalement l’aide aussi à prévenir les autres.
route-why-dpa-citizen = Vos données ont fuité chez une entreprise. Vous n’avez personne à prévenir dans un délai précis : cette obligation revient à l’entreprise. Si vous pensez que vos données n’étaient pas protégées ou que l’entreprise ne vous a rien dit, vous pouvez porter plainte auprès de l’autorité de protection des données.
route-why-police-crime = C’est une infraction pénale dans tous les pays de l’UE. Une plainte à la police crée une trace officielle et peut aider une enquête.
route-why-unsure = Vous ne savez pas vraiment ce qui s’est passé ? La police peut enregistrer votre plainte et vous orienter vers le bon service. Gardez tout comme preuve.

## L’argent qu’on peut encore bloquer

route-why-card-block = Faites opposition sur votre carte dès maintenant : appelez le numéro au dos de la carte ou dans l’application de votre banque, ou le service national d’opposition. L’opposition empêche de nouveaux paiements par carte, mais ne permet pas de récupérer un virement.
route-why-payment-recall-urgent = L’argent est parti il y a moins d’un jour : appelez tout de suite le service anti-fraude de votre banque (le numéro de votre application bancaire ou de votre carte, jamais celui d’un message) et demandez-lui de bloquer ou de rappeler le paiement. Chaque heure compte.
route-why-payment-recall = Appelez le service anti-fraude de votre propre banque (le numéro de votre application bancaire ou de votre carte, jamais celui d’un message) : demandez-lui de bloquer ou de rappeler le paiement et de sécuriser votre compte. Si vous n’avez pas autorisé le paiement, demandez-en le remboursement par écrit.
route-why-bank-access = Quelqu’un pourrait accéder à votre compte bancaire par votre numéro de téléphone ou votre ordinateur : appelez tout de suite le service anti-fraude de votre banque pour qu’il surveille ou bloque l’accès, même si aucun argent n’est encore parti.

## Plaintes et signalements

route-why-police-stolen = Si l’appareil a été volé, portez plainte pour vol auprès de la police : votre assureur et votre opérateur vous demanderont le numéro de la plainte. Perdre un appareil n’est pas une infraction : si vous l’avez simplement perdu, il n’y a rien à signaler.
route-why-financial-regulator = Le régulateur financier tient une liste des sociétés qui n’ont pas le droit de proposer des placements et met le public en garde contre elles. Signalez la société et consultez ses mises en garde avant de payer quoi que ce soit d’autre : les escrocs reviennent souvent en se faisant passer pour des services de « récupération » de fonds.
route-why-illegal-content-minor = Les images ou messages qui exploitent sexuellement un enfant sont illégaux partout : signalez-les à ce service pour qu’ils soient retirés et qu’une enquête soit ouverte. Ne les transférez pas et n’en gardez aucune copie vous-même.
route-why-ncii = Si des images intimes de vous ont été diffusées, ou si quelqu’un menace de les diffuser, ce service peut aider à les bloquer ou à les faire retirer, sans que vous ayez à envoyer ces images à qui que ce soit.
route-why-assistance = Ce service aide gratuitement les victimes comme vous : il vous explique quoi faire, vous met en relation avec une aide de confiance près de chez vous et vous indique où signaler les faits.
route-why-victim-support = Être victime d’une arnaque ou de menaces est éprouvant. Ce service gratuit et confidentiel accompagne les victimes d’infractions, que vous portiez plainte ou non.
route-why-outside-police = Nous ne connaissons pas les services de ce pays. Portez plainte auprès de la police locale et demandez un numéro de plainte écrit : votre banque et votre assureur pourront vous le demander.
route-why-outside-national = Ce pays dispose d’un service national pour signaler la cybercriminalité.

## Pourquoi une étape est facultative

route-optional-complaint = Facultatif : si vous n’avez rien perdu, porter plainte est votre choix ; cela aide la police à repérer les arnaques qui visent beaucoup de personnes.
route-optional-stolen = Seulement si l’appareil a été volé.
route-optional-consumer = Facultatif : cela ne vous rendra pas votre argent, mais aide à faire fermer la boutique et à prévenir les autres.
route-optional-ncii = Facultatif : utilisez-le si vous voulez faire retirer ou bloquer des images.
route-optional-csirt = Facultatif pour votre organisation : il n’y a pas d’obligation légale si vous n’êtes pas une entité NIS2, mais le CSIRT peut vous aider et prévenir les autres.
route-optional-gdpr-complaint = Facultatif : vous pouvez introduire une réclamation, aucun délai ne s’impose à vous.
route-optional-victim-support = Facultatif : contactez-le chaque fois que vous avez besoin de parler à quelqu’un.

## Obligations légales (content/laws/)

route-why-nis2-trust = En tant que prestataire de services de confiance, vous devez notifier tout incident important touchant vos services de confiance dans les 24 heures après en avoir eu connaissance, et non dans les 72 heures.
route-why-gdpr-processor = Vous traitez ces données pour le compte d’une autre organisation (vous êtes son sous-traitant) : prévenez ce responsable du traitement dans les meilleurs délais. C’est le responsable du traitement, et non vous, qui décide de notifier ou non l’autorité de protection des données.
route-why-gdpr-record = Le disque était solidement chiffré et la clé est en sécurité : la violation ne risque donc pas de porter atteinte à qui que ce soit et n’a pas à être notifiée. Consignez-la dans votre propre registre des violations : faits, conséquences et mesures prises. Si la clé a aussi été perdue, ou si le chiffrement était faible, notifiez-la dans les 72 heures.
route-why-dora-initial = En tant qu’entité financière soumise à DORA, envoyez à votre autorité de surveillance la notification initiale d’un incident majeur lié aux TIC dans les 4 heures suivant sa classification comme majeur, et au plus tard 24 heures après en avoir eu connaissance.
route-why-dora-intermediate = Envoyez le rapport intermédiaire dans les 72 heures suivant la notification initiale.
route-why-dora-final = Envoyez le rapport final dans un délai d’un mois après le dernier rapport intermédiaire.
route-why-ch-isa = Les exploitants d’infrastructures critiques doivent signaler une cyberattaque à l’Office fédéral de la cybersécurité (OFCS) dans les 24 heures suivant sa découverte.
route-why-ch-isa-completion = Si votre premier signalement était incomplet, complétez-le dans les 14 jours.
route-why-ch-fadp-breach = Si la violation entraînera vraisemblablement un risque élevé pour les personnes concernées, annoncez-la dans les meilleurs délais au Préposé fédéral à la protection des données et à la transparence (PFPDT).
route-why-gb-ukgdpr = Des données personnelles d’autres personnes sont touchées : notifiez la violation à l’Information Commissioner’s Office (ICO) dans les 72 heures après en avoir eu connaissance, sauf si elle ne risque pas de porter atteinte à qui que ce soit.
route-why-gb-nis = En tant qu’opérateur de services essentiels, notifiez à votre autorité compétente tout incident ayant un impact significatif sur votre service dans les 72 heures après en avoir eu connaissance.
route-why-is-nis = En tant qu’opérateur de services essentiels, notifiez à CERT-IS tout incident important sans retard injustifié.
route-why-no-dsa = En tant que fournisseur d’un service essentiel, notifiez tout incident important à l’Autorité nationale de sécurité norvégienne (NSM) dans les 24 heures.
route-why-csirt-citizen = Le CSIRT national reçoit aussi les signalements des particuliers : il peut faire fermer les faux sites, alerter les autres et vous conseiller pour nettoyer votre appareil.
route-optional-csirt-citizen = Facultatif : cela protège les autres, mais ne remplace pas une plainte.

## Legal bases: Union acts are cited by type and number (EUR-Lex form); national citations keep the national act's own wording

law-regulation = Règlement (UE) { $number }
law-directive = Directive (UE) { $number }
law-delegated-regulation = Règlement délégué (UE) { $number } de la Commission
law-article = art. { $article }
law-transposing = { $national }, transposant la { $eu }
law-not-transposed = { $eu }. Aucun texte national de transposition n’est confirmé comme étant en vigueur dans ce pays ({ $country }) : les règles nationales peuvent différer.
