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

## Geld, das sich noch aufhalten lässt

route-why-card-block = Lassen Sie die Karte jetzt sperren: Rufen Sie die Nummer auf der Rückseite Ihrer Karte oder in der App Ihrer Bank an oder den zentralen Sperr-Notruf. Die Sperre verhindert weitere Kartenzahlungen, eine Überweisung holt sie aber nicht zurück.
route-why-payment-recall-urgent = Das Geld ist vor weniger als einem Tag abgeflossen: Rufen Sie sofort die Betrugs-Hotline Ihrer Bank an (die Nummer aus Ihrer Banking-App oder von Ihrer Karte, nie eine aus einer Nachricht) und bitten Sie darum, die Zahlung aufzuhalten oder zurückzurufen. Jede Stunde zählt.
route-why-payment-recall = Rufen Sie die Betrugs-Hotline Ihrer eigenen Bank an (die Nummer aus Ihrer Banking-App oder von Ihrer Karte, nie eine aus einer Nachricht): Bitten Sie darum, die Zahlung aufzuhalten oder zurückzurufen und Ihr Konto zu sichern. Wenn Sie die Zahlung nicht autorisiert haben, verlangen Sie schriftlich die Erstattung.
route-why-bank-access = Möglicherweise kann jemand über Ihre Telefonnummer oder Ihren Computer auf Ihr Bankkonto zugreifen: Rufen Sie sofort die Betrugs-Hotline Ihrer Bank an, damit sie den Zugang überwachen oder sperren kann – auch wenn noch kein Geld abgeflossen ist.

## Anzeigen und Meldungen

route-why-police-stolen = Wurde das Gerät gestohlen, zeigen Sie den Diebstahl bei der Polizei an: Das Aktenzeichen brauchen Sie für Ihre Versicherung und Ihren Mobilfunkanbieter. Ein Gerät zu verlieren ist keine Straftat: Haben Sie es nur verloren, gibt es nichts anzuzeigen.
route-why-financial-regulator = Die Finanzaufsicht führt eine Liste von Firmen, die keine Geldanlagen anbieten dürfen, und warnt öffentlich vor ihnen. Melden Sie die Firma und lesen Sie die Warnungen, bevor Sie noch etwas zahlen: Betrüger melden sich oft erneut und geben sich als Dienst aus, der Ihr Geld „zurückholt“.
route-why-illegal-content-minor = Bilder oder Nachrichten, die ein Kind sexuell ausbeuten, sind überall verboten: Melden Sie sie dieser Stelle, damit sie entfernt werden und ermittelt wird. Leiten Sie sie nicht weiter und speichern Sie selbst keine Kopien.
route-why-ncii = Wurden intime Bilder von Ihnen verbreitet oder droht jemand damit, hilft diese Stelle, sie sperren oder entfernen zu lassen – ohne dass Sie die Bilder irgendjemandem schicken müssen.
route-why-assistance = Diese Stelle hilft Betroffenen wie Ihnen kostenlos: Sie erklärt, was zu tun ist, vermittelt geprüfte Hilfe in Ihrer Nähe und sagt Ihnen, wo Sie Anzeige erstatten können.
route-why-victim-support = Betrogen oder bedroht zu werden ist schwer. Diese kostenlose, vertrauliche Stelle unterstützt Opfer von Straftaten – ganz gleich, ob Sie Anzeige erstatten oder nicht.
route-why-outside-police = Die Anlaufstellen dieses Landes kennen wir nicht. Erstatten Sie Anzeige bei der Polizei vor Ort und bitten Sie um eine schriftliche Bestätigung mit Aktenzeichen: Ihre Bank und Ihre Versicherung fragen vielleicht danach.
route-why-outside-national = Dieses Land hat eine nationale Stelle, bei der Sie Internetkriminalität melden können.

## Warum ein Schritt freiwillig ist

route-optional-complaint = Freiwillig: Wenn Sie nichts verloren haben, entscheiden Sie selbst über eine Anzeige. Sie hilft der Polizei, Betrugsmaschen zu erkennen, die viele Menschen treffen.
route-optional-stolen = Nur, wenn das Gerät gestohlen wurde.
route-optional-consumer = Freiwillig: Ihr Geld bekommen Sie so nicht zurück, aber es hilft, den Shop zu stoppen und andere zu warnen.
route-optional-ncii = Freiwillig: Nutzen Sie diese Stelle, wenn Sie Bilder entfernen oder sperren lassen möchten.
route-optional-csirt = Für Ihre Organisation freiwillig: Eine gesetzliche Pflicht haben nur Einrichtungen nach NIS2, aber das CSIRT kann helfen und andere warnen.
route-optional-gdpr-complaint = Freiwillig: Sie können sich beschweren, für Sie gilt keine Frist.
route-optional-victim-support = Freiwillig: Wenden Sie sich jederzeit an diese Stelle, wenn Sie mit jemandem sprechen möchten.

## Gesetzliche Pflichten (content/laws/)

route-why-nis2-trust = Als Vertrauensdiensteanbieter müssen Sie einen erheblichen Sicherheitsvorfall, der Ihre Vertrauensdienste beeinträchtigt, innerhalb von 24 Stunden melden, nachdem Sie davon Kenntnis erlangt haben – nicht erst nach 72.
route-why-gdpr-processor = Sie verarbeiten diese Daten im Auftrag einer anderen Organisation (als deren Auftragsverarbeiter): Informieren Sie diesen Verantwortlichen unverzüglich. Ob die Datenschutzbehörde benachrichtigt wird, entscheidet der Verantwortliche, nicht Sie.
route-why-gdpr-record = Die Festplatte war stark verschlüsselt und der Schlüssel ist sicher: Die Verletzung führt daher voraussichtlich für niemanden zu einem Risiko und muss nicht gemeldet werden. Dokumentieren Sie sie in Ihrem eigenen Verzeichnis der Datenschutzverletzungen: Sachverhalt, Auswirkungen und ergriffene Maßnahmen. Ging auch der Schlüssel verloren oder war die Verschlüsselung schwach, melden Sie sie innerhalb von 72 Stunden.
route-why-dora-initial = Als Finanzunternehmen nach DORA übermitteln Sie Ihrer Aufsichtsbehörde die Erstmeldung eines schwerwiegenden IKT-bezogenen Vorfalls innerhalb von 4 Stunden, nachdem Sie ihn als schwerwiegend eingestuft haben, spätestens aber 24 Stunden, nachdem Sie davon Kenntnis erlangt haben.
route-why-dora-intermediate = Übermitteln Sie die Zwischenmeldung innerhalb von 72 Stunden nach der Erstmeldung.
route-why-dora-final = Übermitteln Sie die Abschlussmeldung innerhalb eines Monats nach der letzten Zwischenmeldung.
route-why-ch-isa = Betreiberinnen und Betreiber kritischer Infrastrukturen müssen einen Cyberangriff innerhalb von 24 Stunden nach seiner Entdeckung dem Bundesamt für Cybersicherheit (BACS) melden.
route-why-ch-isa-completion = War Ihre erste Meldung unvollständig, ergänzen Sie sie innerhalb von 14 Tagen.
route-why-ch-fadp-breach = Führt die Verletzung voraussichtlich zu einem hohen Risiko für die betroffenen Personen, melden Sie sie so rasch als möglich dem Eidgenössischen Datenschutz- und Öffentlichkeitsbeauftragten (EDÖB).
route-why-gb-ukgdpr = Personenbezogene Daten anderer Menschen sind betroffen: Melden Sie die Verletzung innerhalb von 72 Stunden, nachdem Sie davon Kenntnis erlangt haben, dem Information Commissioner's Office (ICO), es sei denn, sie führt voraussichtlich für niemanden zu einem Risiko.
route-why-gb-nis = Als Betreiber eines wesentlichen Dienstes melden Sie Ihrer zuständigen Behörde einen Sicherheitsvorfall mit erheblichen Auswirkungen auf Ihren Dienst innerhalb von 72 Stunden, nachdem Sie davon Kenntnis erlangt haben.
route-why-is-nis = Als Betreiber eines wesentlichen Dienstes melden Sie CERT-IS einen erheblichen Sicherheitsvorfall unverzüglich.
route-why-no-dsa = Als Anbieter eines wesentlichen Dienstes melden Sie einen erheblichen Sicherheitsvorfall innerhalb von 24 Stunden der norwegischen Nationalen Sicherheitsbehörde (NSM).
route-why-csirt-citizen = Das nationale CSIRT nimmt auch Meldungen von Privatpersonen an: Es kann gefälschte Seiten sperren lassen, andere warnen und Ihnen Tipps zur Bereinigung Ihres Geräts geben.
route-optional-csirt-citizen = Freiwillig: Ihre Meldung schützt andere; sie ersetzt keine Strafanzeige.

## Legal bases: Union acts are cited by type and number (EUR-Lex form); national citations keep the national act's own wording

law-regulation = Verordnung (EU) { $number }
law-directive = Richtlinie (EU) { $number }
law-delegated-regulation = Delegierte Verordnung (EU) { $number } der Kommission
law-article = Art. { $article }
law-transposing = { $national }, zur Umsetzung von { $eu }
law-not-transposed = { $eu }. Für dieses Land ({ $country }) ist nicht bestätigt, dass ein nationaler Umsetzungsakt in Kraft ist: Die nationalen Regeln können abweichen.
