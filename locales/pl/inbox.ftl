## Skrzynka odbiorcza punktów kontaktowych (/inbox): dla pracowników instytucji (CSIRT, policja, organ ochrony danych
## osobowych…), która czyta swoje zgłoszenia w portalu. Proste formularze, bez JavaScriptu.
inbox-title = Skrzynka odbiorcza
inbox-lead = Zgłoszenia wysłane do Państwa organizacji, od najnowszych. Otwarcie zgłoszenia potwierdza zgłaszającemu, że otrzymali je Państwo.
inbox-nav-label = Państwa konto
inbox-signed-in-as = Zalogowano jako
inbox-signout = Wyloguj się
inbox-back = Powrót do skrzynki odbiorczej
inbox-error-title = Nie udało się
inbox-error-csrf = Ten formularz wygasł lub nie pochodzi z tej witryny. Prosimy wrócić, odświeżyć stronę i spróbować ponownie.
inbox-error-filter = Filtr „{ $field }” ma wartość, której ta skrzynka odbiorcza nie oferuje. Prosimy ponownie wybrać ją w formularzu.
inbox-signin-title = Logowanie do skrzynki odbiorczej
inbox-signin-lead = Dla pracowników instytucji, które otrzymują zgłoszenia za pośrednictwem tego portalu. Konta zakłada operator portalu.
inbox-field-email = Adres e-mail
inbox-field-password = Hasło
inbox-field-code = 6-cyfrowy kod z aplikacji uwierzytelniającej
inbox-signin-button = Zaloguj się
inbox-session-ended = Sesja została zakończona. Prosimy zalogować się ponownie.
inbox-signed-out = Wylogowano.
inbox-link-title = Można też otrzymać e-mailem jednorazowy link do logowania
inbox-link-button = Wyślij mi link do logowania e-mailem
inbox-link-no-smtp = Linki do logowania wysyłane e-mailem nie są dostępne w tej instalacji: nie może ona wysyłać wiadomości e-mail.
inbox-link-sent = Jeśli dla tego adresu istnieje konto, link do logowania jest już w drodze. Działa jeden raz, przez 15 minut.
inbox-link-lead = Ten jednorazowy link loguje Państwa do skrzynki odbiorczej. Działa tylko raz.
inbox-link-invalid = Ten link do logowania już nie działa: został już użyty, wygasł albo został nieprawidłowo skopiowany. Można poprosić o nowy.
inbox-link-email-subject = Link do logowania do skrzynki odbiorczej cyberhelp
inbox-link-email-body =
    Ktoś (mamy nadzieję, że Państwo) poprosił o link do logowania do skrzynki odbiorczej cyberhelp.

    { $url }

    Link działa jeden raz i trzeba go użyć w ciągu { $minutes } minut. Jeśli nie prosili Państwo o ten link, prosimy zignorować tę wiadomość: bez linku nic się nie stanie.
inbox-invite-email-subject = Zaproszenie do skrzynki odbiorczej cyberhelp
inbox-invite-email-body =
    Operator portalu cyberhelp założył dla Państwa konto w skrzynce odbiorczej, aby mogli Państwo czytać zgłoszenia wysyłane do Państwa organizacji i na nie odpowiadać.

    Aby zalogować się po raz pierwszy, prosimy otworzyć ten link; działa on jeden raz i trzeba go użyć w ciągu { $hours } godzin:

    { $url }

    Następnie prosimy ustawić hasło i aplikację uwierzytelniającą do kolejnych logowań.
inbox-setup-title = Hasło i aplikacja uwierzytelniająca
inbox-setup-link = Hasło i aplikacja uwierzytelniająca
inbox-setup-lead = Prosimy ustawić hasło i aplikację uwierzytelniającą, aby logować się bez linku wysyłanego e-mailem. Przy każdym logowaniu potrzebne jest jedno i drugie.
inbox-setup-authenticator = Państwa aplikacja uwierzytelniająca
inbox-setup-authenticator-lead = Prosimy dodać nowe konto w aplikacji uwierzytelniającej (TOTP: 6 cyfr, co 30 sekund) i wpisać ten klucz:
inbox-setup-authenticator-hint = Prosimy zachować ten klucz w tajemnicy. Jest wyświetlany tylko na tej stronie; po ponownym wejściu na nią zostanie utworzony nowy.
inbox-field-new-password = Nowe hasło (od 12 do 128 znaków)
inbox-field-repeat-password = Powtórz hasło
inbox-setup-button = Zapisz
inbox-setup-error-length = Hasło musi mieć od 12 do 128 znaków.
inbox-setup-error-mismatch = Podane hasła nie są takie same.
inbox-setup-error-code = Kod nie pasuje do klucza. Prosimy sprawdzić czas ustawiony w telefonie i wpisać aktualny kod.
inbox-setup-done = Hasło i aplikacja uwierzytelniająca zostały ustawione.
inbox-setup-suggest = Zalogowali się Państwo jednorazowym linkiem. Aby logować się bez takiego linku, prosimy ustawić hasło i aplikację uwierzytelniającą:
inbox-filter-state = Państwa status
inbox-filter-incident = Rodzaj incydentu
inbox-filter-from = Otrzymane od
inbox-filter-to = Otrzymane do
inbox-filter-button = Filtruj
inbox-filter-all = Wszystkie
inbox-state-new = Nowe: jeszcze nic nie zapisano
inbox-state-received = Otrzymane przez odbiorcę
inbox-state-in-progress = Odbiorca zajmuje się sprawą
inbox-state-closed = Zamknięte przez odbiorcę
inbox-export = Eksportuj te zgłoszenia:
inbox-empty = Do Państwa organizacji nie wysłano jeszcze żadnego zgłoszenia.
inbox-empty-filtered = Żadne zgłoszenie nie pasuje do tych filtrów.
inbox-new = nieotwarte
inbox-withdrawn = Wycofane przez zgłaszającego
inbox-caption = Zgłoszenia dla: { $contact }, strona { $page }
inbox-col-reference = Numer referencyjny
inbox-col-received = Otrzymano
inbox-col-incident = Rodzaj incydentu
inbox-col-victim = Zgłaszający
inbox-col-state = Państwa status
inbox-col-deadline = Termin ustawowy
inbox-previous = Poprzednia strona
inbox-next = Następna strona
inbox-report-title = Zgłoszenie { $reference }
inbox-deadline = termin ustawowy: do { $date }
inbox-purged = Dane osobowe z tego zgłoszenia zostały usunięte dnia { $date } (upłynął okres przechowywania w portalu albo zgłaszający wycofał zgłoszenie).
inbox-withdrawn-note = Zgłaszający wycofał to zgłoszenie: nie można już niczego w nim zapisać ani nic mu wysłać. Do posiadanych danych prosimy stosować własne zasady dotyczące wycofanych zgłoszeń.
inbox-timeline = Co Państwo zapisali
inbox-no-updates = Jeszcze nic nie zapisano.
inbox-questions = Pytania do zgłaszającego
inbox-answer = Odpowiedź:
inbox-no-answer = Jeszcze bez odpowiedzi.
inbox-done-status = Państwa aktualizacja została zapisana; zgłaszający zobaczy ją na swojej stronie statusu.
inbox-done-question = Państwa pytanie zostało wysłane; zgłaszający zobaczy je na swojej stronie statusu.
privacy-channel-inbox = za pośrednictwem samego portalu: pozostają w nim zapisane, a instytucja czyta je we własnej skrzynce odbiorczej
