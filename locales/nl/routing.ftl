## Routing: why each step is recommended (ids referenced from content/routing.toml)

route-why-police-people = Als iemand u bedreigt, lastigvalt of uitbuit, of als er een kind bij betrokken is, gaat de politie voor. Betaal niet en onderhandel niet: bewaar de berichten als bewijs.
route-why-helpline = U hoeft dit niet alleen te doen: deze hulplijnen luisteren, geven advies en kunnen u helpen beelden of inhoud te laten verwijderen.
route-why-nis2-early-warning = Als essentiële of belangrijke entiteit moet u binnen 24 uur nadat u kennis heeft gekregen van een significant incident een vroegtijdige waarschuwing sturen aan uw CSIRT of de bevoegde autoriteit.
route-why-nis2-notification = Stuur binnen 72 uur de incidentmelding: eerste beoordeling, ernst, gevolgen en indicatoren van aantasting.
route-why-nis2-final = Stuur uiterlijk een maand na de incidentmelding het eindverslag: gedetailleerde beschrijving, hoofdoorzaak, genomen maatregelen en grensoverschrijdende gevolgen.
route-why-gdpr-controller = Het gaat om persoonsgegevens van anderen, dus uw organisatie is de verwerkingsverantwoordelijke: meld het datalek binnen 72 uur bij de privacytoezichthouder, tenzij het waarschijnlijk voor niemand een risico oplevert. Is het risico voor de betrokkenen hoog, informeer hen dan ook.
route-why-police-money = Doe aangifte van de fraude bij de politie. Uw bank of verzekeraar kan naar het nummer van de aangifte vragen.
route-why-platform = Gebruik de officiële herstel- en meldpagina's van de betreffende dienst (nooit links die u zijn toegestuurd). Meld het account of de inhoud, zodat het platform het kan blokkeren.
route-why-phishing-report = Stuur het verdachte bericht door naar het nationale meldadres: zo kan de nepsite voor iedereen worden geblokkeerd.
route-why-ecc = De verkoper zit in een ander land: het Europees Consumentencentrum in uw land helpt gratis bij grensoverschrijdende geschillen.
route-why-consumer = Meld de verkoper bij de toezichthouder voor consumentenbescherming: die kan optreden tegen nepwinkels en anderen waarschuwen.
route-why-csirt-business = Het nationale CSIRT kan uw organisatie helpen de aanval in te dammen en te herstellen, en leert van uw melding om anderen te waarschuwen.
route-why-dpa-citizen = Uw gegevens zijn bij een bedrijf gelekt. U hoeft niemand binnen een termijn in te lichten: die plicht ligt bij het bedrijf. Denkt u dat uw gegevens niet goed beschermd waren of dat het bedrijf u niet heeft geïnformeerd, dan kunt u een klacht indienen bij de privacytoezichthouder.
route-why-police-crime = Dit is in elk EU-land een misdrijf. Een aangifte bij de politie legt het officieel vast en kan een onderzoek helpen.
route-why-unsure = Weet u niet precies wat er is gebeurd? De politie kan uw aangifte opnemen en u naar de juiste instantie verwijzen. Bewaar alles als bewijs.
