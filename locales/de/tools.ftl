## Tools: "Is this message a scam?" (/{lang}/check)

check-title = Ist diese Nachricht Betrug?
tool-busy = Wird geprüft…
check-lead = Fügen Sie die SMS, E-Mail, Chatnachricht, den Link, die Telefonnummer oder die Absenderadresse ein, die Sie erhalten haben. Wir suchen nach den typischen Anzeichen für Betrug. Was Sie einfügen, wird weder gespeichert noch irgendwohin gesendet: Wir prüfen es auf diesem Server und vergessen es danach.
check-field-text = Die Nachricht, der Link oder die Adresse
check-field-text-hint = Fügen Sie alles so ein, wie Sie es erhalten haben. Klicken Sie vorher nicht auf die Links darin.
check-field-country = Ihr Land
check-submit = Nachricht prüfen
check-error-empty = Fügen Sie die Nachricht oder den Link ein, den Sie prüfen möchten.
check-truncated = Die Nachricht ist sehr lang: Wir haben nur die ersten { $chars } Zeichen geprüft.
check-unchecked-links = Weitere Links, die wir nicht geprüft haben: { $count }.
check-found-title = { $count ->
    [one] Wir haben ein Anzeichen für Betrug gefunden
   *[other] Wir haben { $count } Anzeichen für Betrug gefunden
}
check-found-lead = Klicken Sie nicht auf die Links, rufen Sie keine Nummern aus der Nachricht zurück, zahlen Sie nichts und geben Sie keinen Code und kein Passwort heraus.
check-none-title = Wir haben keine bekannten Anzeichen für Betrug gefunden
check-none-lead = Das heißt nicht, dass die Nachricht harmlos ist. Betrüger ändern ihre Formulierungen jede Woche. Wenn die Nachricht Sie zu etwas auffordert, wenden Sie sich selbst an die Organisation: über ihre offizielle Website, ihre App oder die Nummer auf Ihrer Karte oder Ihrem Vertrag, nie über die Nachricht.
check-weak-title = Einen genaueren Blick wert
check-links-title = Links und Adressen in der Nachricht
check-link-official = offizielle Adresse von: { $name }
check-link-lookalike = Nachahmung von: { $name }
check-link-unknown = keine uns bekannte Adresse
check-what-now = Was Sie jetzt tun können
check-forward = Nachricht melden
check-advice-link = Ratgeber: Phishing und gefälschte Nachrichten
check-never-ask = Banken, Polizei und Behörden fragen Sie nie per Nachricht oder Telefon nach Passwörtern, Einmalcodes (z. B. TAN) oder Kartendaten. Sie fordern Sie nie auf, Geld auf ein „sicheres Konto“ zu überweisen, und verlangen nie, dass Sie eine App installieren, mit der jemand Ihr Handy oder Ihren Computer steuern kann.

check-sign-lookalike = Der Link führt zu { $domain }. Das sieht aus wie die echte Adresse ({ $official }), ist es aber nicht. Nachgeahmt wird: { $brand }.
check-sign-brand-in-domain = Der Link versteckt den Namen „{ $brand }“ in einer fremden Adresse ({ $domain }). Die echte Adresse ist { $official }.
check-sign-name-in-domain = Der Link nutzt den Namen „{ $brand }“, führt aber zu einer anderen Website: { $domain }.
check-sign-brand-elsewhere = Die Nachricht nennt den Namen „{ $brand }“, ihr Link führt aber zu { $domain } und nicht zur echten Website ({ $official }).
check-sign-link-ip = Ein Link führt zu einer bloßen Zahlenfolge ({ $domain }) statt zu einer Website mit Namen.
check-sign-link-shortener = Ein Link ist gekürzt ({ $domain }): Sie können nicht sehen, wohin er wirklich führt.
check-sign-link-punycode = Eine Adresse enthält Buchstaben aus anderen Alphabeten, die wie unsere aussehen ({ $domain }).
check-sign-link-script = Die Nachricht enthält einen Link, der Code ausführt oder Inhalte versteckt ({ $domain }). Echte Absender verwenden so etwas nie.
check-sign-hidden-characters = Die Nachricht enthält unsichtbare Zeichen, die verändern, wie der Text angezeigt wird. Damit werden Adressen getarnt.
check-sign-safe-account = Sie werden aufgefordert, Geld auf ein „sicheres“ oder „geschütztes“ Konto zu überweisen. Das verlangt keine echte Bank und kein echter Polizist.
check-sign-code = Sie werden aufgefordert, einen Code weiterzugeben, zu senden oder vorzulesen. Ein Code, den Sie erhalten, ist nur für Sie bestimmt. Wer danach fragt, will Ihr Konto übernehmen oder eine Zahlung freigeben.
check-sign-remote-access = Sie werden aufgefordert, eine Fernwartungs-App (etwa AnyDesk oder TeamViewer) zu installieren oder zu öffnen. Damit steuert ein Fremder Ihr Handy oder Ihren Computer.
check-sign-credentials = Sie werden aufgefordert, Ihre Zugangsdaten, Ihr Passwort, Ihre PIN oder Ihre Kartendaten zu bestätigen.
check-sign-fee = Sie sollen einen kleinen Betrag zahlen, damit ein Paket zugestellt oder eine Gebühr beglichen wird: ein häufiger Trick, um an Ihre Kartendaten zu kommen.
check-sign-gift-card-crypto = Sie sollen mit Geschenkkarten, Gutscheinen oder Kryptowährung bezahlen. Solche Zahlungen lassen sich nicht zurückverfolgen und nicht zurückholen.
check-sign-new-number = Angeblich schreibt ein Angehöriger mit einer „neuen Nummer“: Rufen Sie die Person unter der Nummer an, die Sie kennen, bevor Sie irgendetwas tun.
check-sign-threat = Sie werden mit einer Kontosperrung, einem Bußgeld, einem Gerichtsverfahren oder der Polizei bedroht, damit Sie aus Angst handeln.
check-sign-urgency = Sie werden unter Zeitdruck gesetzt („innerhalb von 24 Stunden“, „letzte Mahnung“). Echte Organisationen lassen Ihnen Zeit.
check-sign-refund = Ihnen wird eine Erstattung oder Geld versprochen, das Ihnen angeblich zusteht: ein häufiger Köder, um an Ihre Bankdaten zu kommen.
check-sign-prize = Angeblich haben Sie einen Preis gewonnen oder wurden für eine Belohnung ausgewählt, obwohl Sie nirgends teilgenommen haben.

## "Is this really them?" (on /{lang}/check)

verify-contact-title = Ist das wirklich die Polizei, meine Bank oder eine Behörde?
verify-contact-lead = Geben Sie eine Telefonnummer, E-Mail-Adresse oder Website ein, die angeblich zu einer Behörde gehört. Wir suchen sie unter den offiziellen Kanälen in unserem Verzeichnis.
verify-contact-field = Telefonnummer, E-Mail-Adresse oder Website
verify-contact-submit = Nachschlagen
verify-contact-found = Dieser Kanal ist eingetragen für:
verify-contact-source = Quelle
verify-contact-none = Diesen Kanal kennen wir für keine Behörde in unserem Verzeichnis. Das beweist nicht, dass er gefälscht ist, aber vertrauen Sie ihm nicht: Suchen Sie die Kontaktdaten der Behörde selbst heraus, auf ihrer offiziellen Website.
verify-contact-error = Geben Sie eine Telefonnummer, eine E-Mail-Adresse oder eine Webadresse ein.

## "Which ransomware is this?" (/{lang}/ransomware)

ransomware-title = Welche Ransomware ist das?
ransomware-lead = Sagen Sie uns, was Sie sehen: die Endung, die an Ihre verschlüsselten Dateien angehängt wurde, den Dateinamen der Lösegeldforderung oder deren Text. Wir vergleichen das mit bekannten Ransomware-Familien. Es wird nichts hochgeladen: Senden Sie uns keine Dateien.
ransomware-field-extension = Endung der verschlüsselten Dateien
ransomware-field-extension-hint = Zum Beispiel: foto.jpg.akira → .akira
ransomware-field-note-filename = Dateiname der Lösegeldforderung
ransomware-field-note = Text der Lösegeldforderung (freiwillig)
ransomware-field-note-hint = E-Mail- und Onion-Adressen darin werden ebenfalls verglichen. Nehmen Sie keinen Kontakt zu den Tätern auf.
ransomware-submit = Bestimmen
ransomware-error-empty = Geben Sie mindestens eines an: die Endung, den Dateinamen der Lösegeldforderung oder ihren Text.
ransomware-results = Wahrscheinliche Familien
ransomware-ambiguous = Mehrere Familien passen zu Ihren Angaben: Das Ergebnis ist unsicher. Geben Sie auch den Dateinamen oder den Text der Lösegeldforderung an, um es einzugrenzen.
ransomware-none = Keine bekannte Familie passt. Das ist bei neuer oder seltener Ransomware häufig.
ransomware-fake = eine Fälschung: verschlüsselt Dateien womöglich gar nicht
ransomware-evidence-address = eine Adresse in der Lösegeldforderung
ransomware-evidence-note-file = der Dateiname der Lösegeldforderung
ransomware-evidence-extension = die Dateiendung
ransomware-evidence-name = ihr Name in der Lösegeldforderung
ransomware-evidence-wording = die Formulierungen der Lösegeldforderung
ransomware-refs = Quellen
ransomware-decryptors = Nach einem kostenlosen Entschlüsselungsprogramm suchen
ransomware-nomoreransom = No More Ransom: Entschlüsselungsprogramme (Polizei und IT-Sicherheitsfirmen)
ransomware-cryptosheriff = Crypto Sheriff: Laden Sie dort zwei verschlüsselte Dateien hoch, um die Ransomware zu bestimmen (auf der Website von No More Ransom)
ransomware-next = Zahlen Sie nicht, bewahren Sie die verschlüsselten Dateien und die Lösegeldforderung auf, trennen Sie die betroffenen Geräte vom Netzwerk und melden Sie den Vorfall.
ransomware-advice = Ratgeber zu Ransomware
ransomware-data = Daten: Ransomware-Galaxy des MISP-Projekts (Version { $version }, CC0).

## "Was this message really sent by cyberhelp?" (/{lang}/verify)

verify-title = Stammt diese Nachricht wirklich von cyberhelp?
verify-lead = Nachrichten dieses Portals zu einer Meldung enthalten die Referenznummer der Meldung (zum Beispiel 7K4M-9QXP-2D). Geben Sie sie ein, um zu sehen, ob und wann wir Nachrichten zu dieser Meldung gesendet haben. Sonst wird nichts über die Meldung angezeigt.
verify-field = Referenznummer aus der Nachricht
verify-submit = Prüfen
verify-sent = cyberhelp hat Nachrichten zu dieser Referenznummer gesendet, und zwar am:
verify-none = cyberhelp hat keine Nachricht zu dieser Referenznummer gesendet. Wenn eine Nachricht mit dieser Referenznummer angeblich von uns stammt, vertrauen Sie ihr nicht und reagieren Sie nicht darauf.
verify-invalid = Eine Referenznummer besteht aus 10 Buchstaben und Ziffern, zum Beispiel 7K4M-9QXP-2D.
