## Ochranná opatření doplněná po bezpečnostní revizi schránky hlášení a odvolávání hlášení.
inbox-field-current-password = Současné heslo
inbox-setup-error-current = Současné heslo není správné.
inbox-signin-refused = E-mailová adresa, heslo nebo kód nejsou správné, nebo je účet po 5 neúspěšných pokusech na 15 minut zablokován. Zkontrolujte je a zkuste to znovu, nebo si vyžádejte přihlašovací odkaz.
followup-error-withdrawn = Toto hlášení jste odvolali, takže se k němu už nepřijímají žádné odpovědi.
privacy-stored-inbox = U pracovníků institucí, které používají schránku hlášení: jejich e-mailová adresa, jejich přihlášení a to, co si zobrazili a jaké úkony provedli, včetně použité IP adresy, se uchovávají v auditním protokolu.
