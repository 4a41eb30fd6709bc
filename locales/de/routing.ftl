## Routing: why each step is recommended (ids referenced from content/routing.toml)

route-why-police-people = Wenn jemand Sie bedroht, belästigt oder ausnutzt oder wenn ein Kind betroffen ist, wenden Sie sich zuerst an die Polizei. Zahlen Sie nicht und verhandeln Sie nicht: Bewahren Sie die Nachrichten als Beweismittel auf.
route-why-helpline = Sie müssen das nicht allein durchstehen: Diese Hilfetelefone hören zu, beraten Sie und können helfen, Bilder oder Inhalte entfernen zu lassen.
route-why-nis2-early-warning = Als wesentliche oder wichtige Einrichtung müssen Sie Ihrem CSIRT oder der zuständigen Behörde innerhalb von 24 Stunden, nachdem Sie von einem erheblichen Sicherheitsvorfall Kenntnis erlangt haben, eine Frühwarnung übermitteln.
route-why-nis2-notification = Innerhalb von 72 Stunden folgt die Meldung über den Sicherheitsvorfall: erste Bewertung, Schweregrad, Auswirkungen und Kompromittierungsindikatoren.
route-why-nis2-final = Spätestens einen Monat nach dieser Meldung übermitteln Sie den Abschlussbericht: ausführliche Beschreibung, Ursache, getroffene Maßnahmen und grenzüberschreitende Auswirkungen.
route-why-gdpr-controller = Personenbezogene Daten anderer Menschen sind betroffen, daher ist Ihre Organisation der Verantwortliche: Melden Sie die Verletzung innerhalb von 72 Stunden der Datenschutzbehörde, es sei denn, sie führt voraussichtlich für niemanden zu einem Risiko. Ist das Risiko für die Betroffenen hoch, informieren Sie auch sie.
route-why-police-money = Erstatten Sie Anzeige bei der Polizei. Ihre Bank oder Versicherung fragt vielleicht nach dem Aktenzeichen der Anzeige.
route-why-platform = Nutzen Sie die offiziellen Seiten des betroffenen Dienstes zur Wiederherstellung und zum Melden (nie Links, die man Ihnen geschickt hat). Melden Sie das Konto oder den Inhalt, damit die Plattform es sperren kann.
route-why-phishing-report = Leiten Sie die verdächtige Nachricht an die nationale Meldeadresse weiter: Das hilft, die gefälschte Website für alle zu sperren.
route-why-ecc = Der Verkäufer sitzt in einem anderen Land: Das Europäische Verbraucherzentrum Ihres Landes hilft kostenlos bei grenzüberschreitenden Streitfällen.
route-why-consumer = Melden Sie den Händler der Verbraucherschutzbehörde: Sie kann gegen Fake-Shops vorgehen und andere warnen.
route-why-csirt-business = Das nationale CSIRT kann Ihrer Organisation helfen, den Angriff einzudämmen und den Betrieb wiederherzustellen. Aus Ihrer Meldung lernt es, um andere zu warnen.
route-why-dpa-citizen = Ihre Daten sind bei einem Unternehmen nach außen gelangt. Sie müssen niemanden innerhalb einer Frist informieren: Das ist die Pflicht des Unternehmens. Wenn Sie meinen, dass Ihre Daten nicht geschützt waren oder das Unternehmen Sie nicht informiert hat, können Sie sich bei der Datenschutzbehörde beschweren.
route-why-police-crime = Das ist in jedem EU-Land eine Straftat. Eine Anzeige bei der Polizei schafft einen offiziellen Nachweis und kann Ermittlungen unterstützen.
route-why-unsure = Sie wissen nicht genau, was passiert ist? Die Polizei kann Ihre Anzeige aufnehmen und Sie an die richtige Stelle verweisen. Bewahren Sie alles als Beweismittel auf.
