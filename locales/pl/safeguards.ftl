## Zabezpieczenia dodane po przeglądzie bezpieczeństwa skrzynki odbiorczej i wycofywania zgłoszeń.
inbox-field-current-password = Aktualne hasło
inbox-setup-error-current = Aktualne hasło jest nieprawidłowe.
inbox-signin-refused = Adres e-mail, hasło lub kod są nieprawidłowe albo konto zostało zablokowane na 15 minut po 5 nieudanych próbach. Prosimy sprawdzić dane i spróbować ponownie albo poprosić o link do logowania.
followup-error-withdrawn = To zgłoszenie zostało przez Ciebie wycofane, więc odpowiedzi nie są już przyjmowane.
privacy-stored-inbox = W przypadku pracowników instytucji korzystających ze skrzynki odbiorczej: ich adres e-mail, ich logowania oraz informacje o tym, co wyświetlali i jakie działania wykonywali, wraz z adresem IP, z którego korzystali, są przechowywane w dzienniku audytu.
