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
