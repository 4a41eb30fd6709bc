## Garde-fous ajoutés à la suite d’un examen de sécurité de la boîte de réception et du retrait des signalements.
inbox-field-current-password = Mot de passe actuel
inbox-setup-error-current = Le mot de passe actuel est incorrect.
inbox-signin-refused = L’adresse e-mail, le mot de passe ou le code est incorrect, ou le compte est bloqué pendant 15 minutes après 5 tentatives infructueuses. Vérifiez-les et réessayez, ou demandez un lien de connexion.
followup-error-withdrawn = Vous avez retiré ce signalement : les réponses ne sont donc plus acceptées.
privacy-stored-inbox = Pour le personnel des organismes qui utilisent la boîte de réception : l’adresse e-mail de chaque personne, ses connexions, ce qu’elle a consulté et fait, ainsi que l’adresse IP utilisée, sont conservés dans un journal d’audit.
