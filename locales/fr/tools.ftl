## Tools: "Is this message a scam?" (/{lang}/check)

check-title = Ce message est-il une arnaque ?
tool-busy = Vérification en cours…
check-lead = Collez le SMS, l’e-mail, le message instantané, le lien, le numéro de téléphone ou l’adresse d’expéditeur que vous avez reçu. Nous y cherchons les signes habituels d’une arnaque. Rien de ce que vous collez n’est conservé ni envoyé ailleurs : tout est vérifié sur ce serveur, puis oublié.
check-field-text = Le message, le lien ou l’adresse
check-field-text-hint = Collez-le tel que vous l’avez reçu. Ne cliquez pas sur ses liens avant.
check-field-country = Votre pays
check-submit = Vérifier le message
check-error-empty = Collez le message ou le lien que vous voulez vérifier.
check-truncated = Le message est très long : nous n’avons vérifié que ses { $chars } premiers caractères.
check-unchecked-links = Autres liens non vérifiés : { $count }.
check-found-title = { $count ->
    [one] Nous avons trouvé un signe d’arnaque
    [many] Nous avons trouvé { $count } de signes d’arnaque
   *[other] Nous avons trouvé { $count } signes d’arnaque
}
check-found-lead = Ne cliquez pas sur ses liens, ne rappelez pas les numéros qu’il contient, ne payez rien et ne donnez aucun code ni mot de passe.
check-none-title = Nous n’avons trouvé aucun signe d’arnaque connu
check-none-lead = Cela ne veut pas dire que le message est sans danger. Les escrocs changent de formules chaque semaine. Si le message vous demande d’agir, contactez vous-même l’organisme par son site officiel, son application ou le numéro inscrit sur votre carte ou votre contrat, jamais par le message.
check-weak-title = À vérifier
check-links-title = Liens et adresses du message
check-link-official = adresse officielle de : { $name }
check-link-lookalike = imitation de : { $name }
check-link-unknown = adresse que nous ne connaissons pas
check-what-now = Que faire maintenant
check-forward = Signaler le message
check-advice-link = Conseils : hameçonnage et faux messages
check-never-ask = Les banques, la police et les administrations ne vous demandent jamais, par message ou par téléphone, vos mots de passe, vos codes à usage unique ou les données de votre carte. Elles ne vous demandent jamais de virer de l’argent sur un « compte sécurisé », ni d’installer une application pour contrôler votre téléphone ou votre ordinateur.

check-sign-lookalike = Le lien mène à { $domain }. Cette adresse ressemble à l’adresse officielle ({ $official }), mais ce n’est pas la même. Organisme imité : { $brand }.
check-sign-brand-in-domain = Le lien glisse le nom « { $brand } » dans une autre adresse ({ $domain }). L’adresse officielle est { $official }.
check-sign-name-in-domain = Le lien emprunte le nom « { $brand } », mais mène à un autre site : { $domain }.
check-sign-brand-elsewhere = Le message utilise le nom « { $brand } », mais son lien mène à { $domain }, et non au site officiel ({ $official }).
check-sign-link-ip = Un lien mène à un simple numéro ({ $domain }) au lieu d’un site portant un nom.
check-sign-link-shortener = Un lien est raccourci ({ $domain }) : impossible de voir où il mène vraiment.
check-sign-link-punycode = Une adresse utilise des lettres d’autres alphabets qui ressemblent aux nôtres ({ $domain }).
check-sign-link-script = Il contient un lien qui exécute du code ou cache du contenu ({ $domain }) ; les vrais expéditeurs n’en utilisent jamais.
check-sign-hidden-characters = Il contient des caractères invisibles qui modifient l’affichage du texte ; ils servent à déguiser des adresses.
check-sign-safe-account = Il vous demande de virer de l’argent sur un compte « sûr » ou « sécurisé ». Aucune vraie banque, aucun vrai policier ne fait cela.
check-sign-code = Il vous demande de donner, d’envoyer ou de lire à voix haute un code. Un code que vous recevez est pour vous seul ; celui qui le demande veut prendre le contrôle de votre compte ou valider un paiement.
check-sign-remote-access = Il vous demande d’installer ou d’ouvrir une application de prise en main à distance (comme AnyDesk ou TeamViewer). Avec elle, un inconnu contrôle votre téléphone ou votre ordinateur.
check-sign-credentials = Il vous demande de confirmer votre identifiant, votre mot de passe, votre code PIN ou les données de votre carte.
check-sign-fee = Il réclame un petit paiement pour débloquer un colis ou régler des frais : une technique courante pour obtenir les données de votre carte.
check-sign-gift-card-crypto = Il demande un paiement en cartes cadeaux, en coupons prépayés ou en cryptomonnaie : ces paiements sont intraçables et ne peuvent pas être remboursés.
check-sign-new-number = Il prétend venir d’un proche qui a un « nouveau numéro » : appelez cette personne au numéro que vous connaissez avant de faire quoi que ce soit.
check-sign-threat = Il vous menace d’un blocage de compte, d’une amende, de poursuites judiciaires ou de la police, pour vous faire agir sous le coup de la peur.
check-sign-urgency = Il vous presse (« sous 24 heures », « dernier avertissement »). Les vrais organismes vous laissent le temps.
check-sign-refund = Il promet un remboursement ou une somme qui vous serait due : un appât courant pour obtenir vos coordonnées bancaires.
check-sign-prize = Il annonce que vous avez gagné un prix ou une récompense, alors que vous n’avez participé à rien.

## "Is this really them?" (on /{lang}/check)

verify-contact-title = Est-ce vraiment la police, ma banque ou une administration ?
verify-contact-lead = Saisissez un numéro de téléphone, une adresse e-mail ou un site web qui se présente comme celui d’une autorité. Nous le recherchons parmi les canaux officiels de notre annuaire.
verify-contact-field = Numéro de téléphone, adresse e-mail ou site web
verify-contact-submit = Rechercher
verify-contact-found = Ce contact figure dans notre annuaire pour :
verify-contact-source = source
verify-contact-none = Ce contact ne correspond à aucune autorité de notre annuaire. Cela ne prouve pas qu’il est faux, mais ne lui faites pas confiance : cherchez vous-même les coordonnées de l’autorité, sur son site officiel.
verify-contact-error = Saisissez un numéro de téléphone, une adresse e-mail ou une adresse web.

## "Which ransomware is this?" (/{lang}/ransomware)

ransomware-title = De quel rançongiciel s’agit-il ?
ransomware-lead = Dites-nous ce que vous voyez : l’extension ajoutée à vos fichiers chiffrés, le nom du fichier de la note de rançon, ou son texte. Nous les comparons aux familles de rançongiciels connues. Rien n’est mis en ligne : ne nous envoyez aucun fichier.
ransomware-field-extension = Extension des fichiers chiffrés
ransomware-field-extension-hint = Par exemple : photo.jpg.akira → .akira
ransomware-field-note-filename = Nom du fichier de la note de rançon
ransomware-field-note = Texte de la note de rançon (facultatif)
ransomware-field-note-hint = Les adresses e-mail et onion qu’elle contient sont aussi comparées. Ne contactez pas les criminels.
ransomware-submit = Identifier
ransomware-error-empty = Indiquez au moins l’un des trois : l’extension, le nom du fichier de la note ou son texte.
ransomware-results = Familles probables
ransomware-ambiguous = Plusieurs familles correspondent à vos indications : la réponse est incertaine. Ajoutez le nom du fichier ou le texte de la note de rançon pour affiner.
ransomware-none = Aucune famille connue ne correspond. C’est fréquent avec les rançongiciels nouveaux ou rares.
ransomware-fake = faux rançongiciel : il ne chiffre peut-être pas vraiment les fichiers
ransomware-evidence-address = une adresse dans la note
ransomware-evidence-note-file = le nom du fichier de la note
ransomware-evidence-extension = l’extension
ransomware-evidence-name = son nom dans la note
ransomware-evidence-wording = la formulation de la note
ransomware-refs = Sources
ransomware-decryptors = Chercher un outil de déchiffrement gratuit
ransomware-nomoreransom = No More Ransom : outils de déchiffrement (police et entreprises de sécurité)
ransomware-cryptosheriff = Crypto Sheriff : déposez-y deux fichiers chiffrés pour identifier le rançongiciel (sur le site de No More Ransom)
ransomware-next = Ne payez pas, gardez les fichiers chiffrés et la note, déconnectez du réseau les appareils touchés, et signalez l’attaque.
ransomware-advice = Conseils sur les rançongiciels
ransomware-data = Données : galaxie « ransomware » du projet MISP (version { $version }, CC0).

## "Was this message really sent by cyberhelp?" (/{lang}/verify)

verify-title = Ce message vient-il vraiment de cyberhelp ?
verify-lead = Les messages de ce portail concernant un signalement portent sa référence (par exemple 7K4M-9QXP-2D). Saisissez-la pour savoir si nous avons envoyé des messages à son sujet, et quand. Rien d’autre n’est affiché sur le signalement.
verify-field = Référence indiquée dans le message
verify-submit = Vérifier
verify-sent = cyberhelp a envoyé des messages concernant cette référence aux dates suivantes :
verify-none = cyberhelp n’a envoyé aucun message concernant cette référence. Si un message portant cette référence prétend venir de nous, ne lui faites pas confiance et n’y donnez pas suite.
verify-invalid = Une référence compte 10 lettres et chiffres, par exemple 7K4M-9QXP-2D.
