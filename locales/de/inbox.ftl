## Der Posteingang für Kontaktstellen (/inbox): für Mitarbeitende einer Stelle (CSIRT, Polizei, Datenschutzbehörde …), die
## ihre Meldungen im Portal liest. Einfache Formulare, kein JavaScript.
inbox-title = Posteingang
inbox-lead = Die Meldungen, die an Ihre Organisation gesendet wurden, die neuesten zuerst. Wenn Sie eine Meldung öffnen, wird der meldenden Person bestätigt, dass Sie sie erhalten haben.
inbox-nav-label = Ihr Konto
inbox-signed-in-as = Angemeldet als
inbox-signout = Abmelden
inbox-back = Zurück zum Posteingang
inbox-error-title = Das hat nicht funktioniert
inbox-error-csrf = Dieses Formular ist abgelaufen oder stammt nicht von dieser Website. Gehen Sie zurück, laden Sie die Seite neu und versuchen Sie es noch einmal.
inbox-error-filter = Der Filter „{ $field }“ hat einen Wert, den dieser Posteingang nicht anbietet. Wählen Sie ihn erneut im Formular aus.
inbox-signin-title = Im Posteingang anmelden
inbox-signin-lead = Für Mitarbeitende der Stellen, die über dieses Portal Meldungen erhalten. Die Konten werden vom Betreiber des Portals angelegt.
inbox-field-email = E-Mail-Adresse
inbox-field-password = Passwort
inbox-field-code = 6-stelliger Code aus Ihrer Authenticator-App
inbox-signin-button = Anmelden
inbox-session-ended = Ihre Sitzung ist beendet. Melden Sie sich erneut an.
inbox-signed-out = Sie sind abgemeldet.
inbox-link-title = Oder lassen Sie sich einen einmaligen Anmeldelink per E-Mail senden
inbox-link-button = Anmeldelink per E-Mail senden
inbox-link-no-smtp = Anmeldelinks per E-Mail sind in dieser Installation nicht verfügbar: Sie kann keine E-Mails versenden.
inbox-link-sent = Wenn zu dieser Adresse ein Konto besteht, ist ein Anmeldelink unterwegs. Er funktioniert einmal und ist 15 Minuten lang gültig.
inbox-link-lead = Mit diesem einmaligen Link melden Sie sich im Posteingang an. Er funktioniert nur einmal.
inbox-link-invalid = Dieser Anmeldelink funktioniert nicht mehr: Er wurde bereits verwendet, ist abgelaufen oder wurde falsch kopiert. Fordern Sie einen neuen an.
inbox-link-email-subject = Ihr Anmeldelink für den cyberhelp-Posteingang
inbox-link-email-body =
    Jemand (hoffentlich Sie) hat einen Anmeldelink für den cyberhelp-Posteingang angefordert.

    { $url }

    Der Link funktioniert einmal und ist { $minutes } Minuten lang gültig. Wenn Sie ihn nicht angefordert haben, ignorieren Sie diese E-Mail: Ohne den Link geschieht nichts.
inbox-invite-email-subject = Einladung zum cyberhelp-Posteingang
inbox-invite-email-body =
    Der Betreiber des Portals cyberhelp hat ein Konto im Posteingang für Sie angelegt, damit Sie die Meldungen lesen können, die an Ihre Organisation gesendet werden, und darauf antworten können.

    Öffnen Sie diesen Link, um sich zum ersten Mal anzumelden; er funktioniert einmal und ist { $hours } Stunden lang gültig:

    { $url }

    Richten Sie danach ein Passwort und eine Authenticator-App für spätere Anmeldungen ein.
inbox-setup-title = Passwort und Authenticator-App
inbox-setup-link = Passwort und Authenticator-App
inbox-setup-lead = Richten Sie ein Passwort und eine Authenticator-App ein, um sich ohne Link per E-Mail anzumelden. Sie benötigen bei jeder Anmeldung beides.
inbox-setup-authenticator = Ihre Authenticator-App
inbox-setup-authenticator-lead = Fügen Sie in Ihrer Authenticator-App ein neues Konto hinzu (TOTP: 6 Ziffern, alle 30 Sekunden) und geben Sie diesen Schlüssel ein:
inbox-setup-authenticator-hint = Halten Sie diesen Schlüssel geheim. Er wird nur auf dieser Seite angezeigt; wenn Sie später zurückkehren, wird ein neuer erzeugt.
inbox-field-new-password = Neues Passwort (12 bis 128 Zeichen)
inbox-field-repeat-password = Passwort wiederholen
inbox-setup-button = Speichern
inbox-setup-error-length = Das Passwort muss 12 bis 128 Zeichen lang sein.
inbox-setup-error-mismatch = Die beiden Passwörter stimmen nicht überein.
inbox-setup-error-code = Der Code passt nicht zum Schlüssel. Prüfen Sie die Uhrzeit auf Ihrem Telefon und geben Sie den aktuellen Code ein.
inbox-setup-done = Ihr Passwort und Ihre Authenticator-App sind eingerichtet.
inbox-setup-suggest = Sie haben sich mit einem einmaligen Link angemeldet. Um sich ohne einen solchen Link anzumelden, richten Sie ein Passwort und eine Authenticator-App ein:
inbox-filter-state = Ihr Stand
inbox-filter-incident = Art des Vorfalls
inbox-filter-from = Eingegangen ab
inbox-filter-to = Eingegangen bis
inbox-filter-button = Filtern
inbox-filter-all = Alle
inbox-state-new = Neu: noch nichts erfasst
inbox-state-received = Beim Empfänger eingegangen
inbox-state-in-progress = Wird vom Empfänger bearbeitet
inbox-state-closed = Vom Empfänger abgeschlossen
inbox-export = Diese Meldungen exportieren:
inbox-empty = An Ihre Organisation wurde noch keine Meldung gesendet.
inbox-empty-filtered = Keine Meldung entspricht diesen Filtern.
inbox-new = nicht geöffnet
inbox-withdrawn = Von der meldenden Person zurückgezogen
inbox-caption = Meldungen für { $contact }, Seite { $page }
inbox-col-reference = Referenznummer
inbox-col-received = Eingegangen
inbox-col-incident = Art des Vorfalls
inbox-col-victim = Gemeldet von
inbox-col-state = Ihr Stand
inbox-col-deadline = Gesetzliche Frist
inbox-previous = Vorherige Seite
inbox-next = Nächste Seite
inbox-report-title = Meldung { $reference }
inbox-deadline = gesetzliche Frist bis { $date }
inbox-purged = Die personenbezogenen Daten dieser Meldung wurden am { $date } gelöscht (Ablauf der Aufbewahrungsfrist des Portals oder Zurückziehen durch die meldende Person).
inbox-withdrawn-note = Die meldende Person hat diese Meldung zurückgezogen: Dazu kann nichts mehr erfasst und ihr nichts mehr gesendet werden. Wenden Sie auf das, was Ihnen vorliegt, Ihre eigenen Regeln für zurückgezogene Meldungen an.
inbox-timeline = Was Sie erfasst haben
inbox-no-updates = Noch nichts erfasst.
inbox-questions = Fragen an die meldende Person
inbox-answer = Antwort:
inbox-no-answer = Noch nicht beantwortet.
inbox-done-status = Ihre Rückmeldung wurde gespeichert; die meldende Person sieht sie auf ihrer Statusseite.
inbox-done-question = Ihre Frage wurde gesendet; die meldende Person sieht sie auf ihrer Statusseite.
privacy-channel-inbox = über dieses Portal selbst: Sie bleiben hier gespeichert, und die Stelle liest sie in ihrem eigenen Posteingang
