## Schutzmaßnahmen, die nach einer Sicherheitsprüfung des Posteingangs und des Zurückziehens von Meldungen hinzugefügt wurden.
inbox-field-current-password = Aktuelles Passwort
inbox-setup-error-current = Das aktuelle Passwort ist falsch.
inbox-signin-refused = E-Mail-Adresse, Passwort oder Code sind falsch, oder das Konto ist nach 5 fehlgeschlagenen Versuchen für 15 Minuten gesperrt. Prüfen Sie Ihre Angaben und versuchen Sie es noch einmal, oder fordern Sie einen Anmeldelink an.
followup-error-withdrawn = Sie haben diese Meldung zurückgezogen; Antworten werden daher nicht mehr angenommen.
privacy-stored-inbox = Bei Mitarbeitenden der Stellen, die den Posteingang nutzen, werden die E-Mail-Adresse, die Anmeldungen und die aufgerufenen Inhalte und ausgeführten Aktionen, jeweils mit der verwendeten IP-Adresse, in einem Prüfprotokoll gespeichert.
