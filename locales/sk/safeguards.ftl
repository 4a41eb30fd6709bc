## Ochranné opatrenia doplnené po bezpečnostnej kontrole schránky hlásení a späťvzatia.
inbox-field-current-password = Aktuálne heslo
inbox-setup-error-current = Aktuálne heslo nie je správne.
inbox-signin-refused = E-mailová adresa, heslo alebo kód nie sú správne, alebo je účet po 5 neúspešných pokusoch na 15 minút zablokovaný. Skontrolujte ich a skúste to znova alebo si vyžiadajte prihlasovací odkaz.
followup-error-withdrawn = Toto hlásenie ste vzali späť, preto sa k nemu už neprijímajú ďalšie odpovede.
privacy-stored-inbox = Zamestnanci inštitúcií, ktoré používajú schránku hlásení: ich e-mailová adresa, ich prihlásenia a to, čo si pozreli a čo urobili, spolu s IP adresou, ktorú pritom použili, sa uchovávajú v auditnom protokole.
