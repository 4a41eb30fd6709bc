## Shell: skip link, header, navigation, footer

shell-skip-link = Zum Hauptinhalt springen
shell-site-name = cyberhelp
shell-tagline = Hilfe nach einem Cyberangriff
shell-nav-label = Hauptmenü
shell-nav-home = Startseite
shell-nav-advice = Ratgeber
shell-nav-bulletins = Aktuelle Bedrohungen
shell-nav-report = Vorfall melden
shell-nav-search = Suche
shell-language-label = Sprache
shell-language-submit = Ändern
shell-footer-emergency = Sind Sie jetzt in Gefahr? Rufen Sie die 112 an, die Notrufnummer in allen EU-Ländern.
shell-footer-never-ask = Wir fragen nie nach Ihren Passwörtern, nach Zahlungen oder nach Fernzugriff auf Ihr Gerät. Wer das tut, gehört nicht zu uns.
shell-footer-privacy = Keine Tracker, keine Anfragen an Dritte: Diese Website lädt nichts von anderswo.
shell-footer-source = Freie Software, auf eigenen Servern betreibbar.
shell-footer-licence = Unsere Texte stehen unter der Lizenz CC BY 4.0: Sie dürfen sie frei weiterverwenden, wenn Sie cyberhelp nennen.
shell-footer-feeds = Bedrohungsmeldungen als Atom-Feed

## Home page

home-title = Hilfe nach einem Cyberangriff
home-lead = Ihr Konto wurde gehackt, Sie haben in einem Fake-Shop bezahlt, Ihre Firma wurde von Ransomware getroffen? Hier erfahren Sie, was Sie jetzt tun sollten, wen Sie informieren müssen und bis wann.
home-emergency = Wenn Sie jetzt in Gefahr sind, rufen Sie die 112 an.
home-tasks-heading = Was brauchen Sie?
home-task-advice = Rat bekommen
home-task-advice-desc = Schritt-für-Schritt-Hilfe für das, was Ihnen passiert ist.
home-task-bulletins = Aktuelle Bedrohungen ansehen
home-task-bulletins-desc = Betrugsmaschen und Angriffe, die gerade laufen, und was Sie dagegen tun können.
home-task-report = Vorfall melden
home-task-report-desc = Informieren Sie die zuständigen Behörden mit einer einzigen Meldung und erfahren Sie, wer sich darum kümmert und bis wann.
home-incidents-heading = Was ist passiert?
home-bulletins-heading = Aktive Bedrohungen
home-bulletins-people = Aktuelle Betrugsmaschen
home-bulletins-organisations = Für IT-Verantwortliche in Organisationen: aktiv ausgenutzte Sicherheitslücken
home-bulletins-empty = Derzeit gibt es keine aktiven Bedrohungsmeldungen.
home-bulletins-all = Alle Bedrohungsmeldungen

## Errors

error-title-prefix = Fehler: { $title }

error-not-found-title = Seite nicht gefunden
error-not-found-body = Wir konnten diese Seite nicht finden. Vielleicht ist die Adresse falsch geschrieben oder die Seite wurde verschoben.
error-not-found-home = Zur Startseite
error-internal-title = Etwas ist schiefgelaufen
error-internal-body = Das ist unser Fehler, nicht Ihrer. Bitte versuchen Sie es gleich noch einmal.
error-bad-request-title = Wir konnten diese Anfrage nicht verstehen
error-too-large-title = Was Sie gesendet haben, ist zu groß
error-too-large-back = Nutzen Sie die Zurück-Schaltfläche Ihres Browsers: Das Formular behält, was Sie eingegeben haben. Kürzen Sie dann die Beschreibung und senden Sie sie erneut.
error-rate-limited = Zu viele Anfragen von Ihrer Verbindung in kurzer Zeit. Bitte warten Sie eine Minute und versuchen Sie es erneut.
stats-title = Offene Statistik
stats-lead = Wie viele Meldungen dieses Portal erhalten hat, worum es ging und wie schnell die Empfänger sie bestätigt haben. Nur Zahlen: Keine Meldung lässt sich darin wiedererkennen.
stats-empty = Es sind noch keine Meldungen eingegangen, daher gibt es noch nichts zu zählen.
stats-unavailable = Die Statistik kann gerade nicht angezeigt werden. Bitte versuchen Sie es in ein paar Minuten noch einmal.
stats-withheld = geheim gehalten
stats-chart-title = Eingegangene Meldungen pro Monat
stats-chart-caption = Eingegangene Meldungen pro Monat (UTC). Dieselben Zahlen stehen in der Tabelle unten.
stats-per-month = Meldungen pro Monat
stats-category = Kategorie
stats-breakdowns = Meldungen pro Monat, aufgeschlüsselt
stats-by-incident = Nach Art des Vorfalls
stats-by-country = Nach Land
stats-by-victim = Nach meldender Person oder Organisation
stats-deliveries = Zustellungen an Empfänger
stats-no-deliveries = Bisher wurde noch keine Meldung an einen Empfänger zugestellt.
stats-deliveries-caption = An jede Art von Empfänger gesendete Meldungen, alle Monate zusammen
stats-recipient-kind = Art des Empfängers
stats-delivered = Zugestellt
stats-acknowledged = Vom Empfänger bestätigt
stats-failed = Konnte nicht zugestellt werden
stats-median-ack = Zeit bis zur Bestätigung (Median)
stats-hours = { $hours } Std.
stats-method = Zahlen unter { $threshold } (außer null) werden geheim gehalten. Wo sich eine geheim gehaltene Zahl aus der Monatssumme errechnen ließe, werden weitere Zahlen mit ihr geheim gehalten. Für die Zahlen werden nur diese Angaben verwendet: Monat, Art des Vorfalls, Land, meldende Person oder Organisation und Art des Empfängers. Sie bleiben erhalten, wenn die personenbezogenen Daten einer Meldung gelöscht werden.
stats-api = Dieselben Zahlen als JSON
