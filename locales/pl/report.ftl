## Report form

report-title = Zgłoś incydent
report-lead = Cztery pytania są obowiązkowe, reszta jest dobrowolna. Zanim cokolwiek wyślemy, pokażemy Ci, kto otrzyma Twoje zgłoszenie, a Ty zdecydujesz.
report-never-ask = Nigdy nie poprosimy Cię o hasła, płatność ani dostęp do Twojego urządzenia. Nie wpisuj haseł w tym formularzu.
report-required-note = Pola oznaczone * są obowiązkowe.
report-section-who = O Tobie
report-section-what = Co się stało
report-section-money = Pieniądze i dane
report-section-contact = Jak się z Tobą skontaktować
report-field-country = Kraj, w którym mieszkasz lub w którym ma siedzibę Twoja organizacja *
report-field-country-choose = Wybierz kraj
report-field-country-other = Inny kraj
report-field-victim = Kim jesteś? *
report-victim-citizen = Osoba prywatna
report-victim-business = Firma lub organizacja
report-victim-essential-entity = Podmiot kluczowy w rozumieniu NIS2 (np. energetyka, transport, ochrona zdrowia, woda pitna, infrastruktura cyfrowa)
report-victim-important-entity = Podmiot ważny w rozumieniu NIS2 (np. usługi pocztowe, odpady, chemikalia, żywność, produkcja, dostawcy usług cyfrowych)
report-field-incident = Co się stało? *
report-field-incident-choose = Wybierz, co się stało
report-incident-unknown = Nie wiem
report-field-description = Opisz własnymi słowami, co się stało *
report-field-description-hint = Co się pojawiło, co zrobiono i co wydarzyło się potem. Co najmniej 10 znaków.
report-field-started = Kiedy to się zaczęło? (opcjonalnie)
report-field-aware = Kiedy to zauważono? (opcjonalnie; terminy ustawowe biegną od tej chwili)
report-field-dates-hint = Czas lokalny w kraju wybranym powyżej. Jeśli nie wiesz, zostaw puste.
report-field-ongoing = To wciąż trwa
report-field-money-lost = Utracono pieniądze lub podano dane karty albo konta bankowego
report-field-amount = Utracona kwota (opcjonalnie)
report-field-currency = Waluta
report-field-personal-data = Chodzi o dane osobowe innych osób (klientów, pracowników, pacjentów)
report-field-minor = Sprawa dotyczy dziecka lub nastolatka
report-field-cross-border = Sprzedawca lub druga osoba jest w innym kraju
report-field-email = E-mail (opcjonalnie)
report-field-phone = Telefon (opcjonalnie)
report-field-anonymous = Zgłoś anonimowo (bez danych kontaktowych)
report-contact-hint = Podaj kontakt tylko wtedy, gdy zgadzasz się, by wybrane przez Ciebie instytucje się z Tobą skontaktowały.
report-evidence-title = Dowody, które zachowujesz (opcjonalnie)
report-evidence-body = Wypisz, co zachowujesz: zrzuty ekranu, wiadomości, e-maile zapisane jako pliki, wyciągi bankowe, pisma. Pliki nie są nigdzie przesyłane: zostają u Ciebie, dopóki nie poprosi o nie policja lub CSIRT. Nigdy nie wpisuj haseł ani kodów.
report-evidence-guide = Co zachować przy tego rodzaju incydencie i jak to zrobić
report-evidence-name = Nazwa pliku lub co to jest
report-evidence-note = Twoja notatka (gdzie to jest, co pokazuje)
report-evidence-pick = Dodaj pliki z tego urządzenia
report-evidence-pick-hint = Do listy trafia nazwa, rozmiar, data i odcisk cyfrowy SHA-256 każdego pliku. Pliki są odczytywane tylko na Twoim urządzeniu i nigdy nie są nigdzie przesyłane. Dzięki odciskowi cyfrowemu każdy może później sprawdzić, czy plik jest dokładnie tym, który jest na liście.
report-evidence-working = Obliczanie odcisku cyfrowego pliku { $name }…
report-evidence-done = Dodano plik { $name } z odciskiem cyfrowym. Plik zostaje na Twoim urządzeniu.
report-evidence-too-large = Plik { $name } jest większy niż { $size }, więc dodano go bez odcisku cyfrowego. Możesz go obliczyć na komputerze: sha256sum w Linuksie, shasum -a 256 w macOS, certutil -hashfile z parametrem SHA256 w Windows.
report-evidence-unavailable = Ta przeglądarka nie może obliczyć odcisków cyfrowych na tej stronie; plik dodano tylko z nazwą, rozmiarem i datą.
report-evidence-full = Lista jest pełna ({ $max } pozycji).
report-honeypot = Zostaw to pole puste
report-preview-button = Pokaż, kto otrzyma moje zgłoszenie
report-send-button = Wyślij zgłoszenie
report-edit-hint = Nadal możesz zmienić odpowiedzi powyżej i ponownie wyświetlić odbiorców.
report-preview-title = Kto powinien otrzymać Twoje zgłoszenie
report-preview-lead = W tej kolejności. Zaznacz instytucje, do których mamy wysłać Twoje zgłoszenie; pozostałe kroki i tak warto wykonać samodzielnie.
report-preview-uncovered = Nie mamy jeszcze punktów kontaktowych dla tego kraju.
report-consent = Wyślij teraz moje zgłoszenie do: { $name }
report-consent-unavailable = Nie możemy wysłać go za Ciebie: skontaktuj się z nimi bezpośrednio.
report-deadline = Termin ustawowy: w ciągu { $hours } godzin
report-deadline-at = do { $date }
report-legal-basis = Podstawa prawna: { $basis }
report-contact-website = Strona internetowa
report-contact-form = Formularz online
report-contact-email = E-mail
report-contact-phone = Telefon
report-contact-source = Źródło
report-contact-unverified = Sprawdź ten kanał na stronie instytucji: nie udało nam się go potwierdzić w oficjalnym źródle.
report-step-bank = Twój bank lub infolinia do zastrzegania kart
report-step-police = Policja
report-step-csirt = CSIRT (krajowy zespół reagowania na incydenty bezpieczeństwa komputerowego)
report-step-dpa = Organ ochrony danych osobowych
report-step-consumer = Centrum konsumenckie lub organ ochrony konsumentów
report-step-regulator = Właściwy organ
report-step-helpline = Telefon zaufania
report-step-platform = Dany serwis lub platforma
report-no-contact = Skorzystaj z numeru na odwrocie karty albo z oficjalnej aplikacji lub strony internetowej banku.
report-errors-title = Sprawdź te odpowiedzi
report-error-country-required = Wybierz kraj.
report-error-country-invalid = Wybierz kraj z listy.
report-error-victim-required = Powiedz nam, kim jesteś.
report-error-incident-required = Powiedz nam, co się stało, lub wybierz „Nie wiem”.
report-error-invalid-choice = Wybierz jedną z opcji.
report-error-description-required = Opisz, co się stało.
report-error-description-short = Napisz trochę więcej (co najmniej 10 znaków).
report-error-description-long = Skróć opis do 5000 znaków.
report-error-control-chars = Usuń z tego pola niewidoczne znaki sterujące.
report-error-evidence-too-many = Lista dowodów może mieć najwyżej 50 pozycji.
report-error-evidence-too-long = Nazwa lub notatka na liście dowodów jest za długa: nazwa może mieć najwyżej 255 znaków, a notatka 500.
report-error-evidence-invalid = Jedna z pozycji na liście dowodów ma nieprawidłowy rozmiar, datę lub odcisk cyfrowy. Usuń ją i dodaj plik ponownie.
report-error-date-invalid = Wpisz datę w formacie 2026-11-29 albo zostaw pole puste.
report-error-date-future = Ta data jest w przyszłości.
report-error-aware-before-start = Nie można było tego zauważyć, zanim się zaczęło.
report-error-amount-invalid = Wpisz kwotę, np. 250 lub 250,50.
report-error-currency-invalid = Wybierz walutę.
report-error-email-invalid = Wpisz adres e-mail, np. imie@example.org, albo zostaw pole puste.
report-error-phone-invalid = Wpisz numer telefonu zawierający od 6 do 20 cyfr albo zostaw pole puste.
report-error-anonymous-with-contact = Wybrano zgłoszenie anonimowe: usuń swoje dane kontaktowe albo odznacz „Zgłoś anonimowo”.
report-error-bad-request = Nie udało się odczytać przesłanych danych. Wróć i spróbuj ponownie.
report-error-no-recipient = Nic nie zostało wysłane: nie zaznaczono żadnego odbiorcy. Zaznacz poniżej co najmniej jednego albo zachowaj zgłoszenie tylko dla siebie.
report-record-button = Zachowaj tylko dla siebie (nic nie wysyłaj)
report-draft-sent = To zgłoszenie zostało już wysłane. Jego numer referencyjny to { $reference }.
report-draft-receipt = Zobacz potwierdzenie
report-draft-new = Zacznij nowe zgłoszenie
report-draft-expired = Ta strona straciła ważność: dla ochrony Twojej prywatności wpisane dane przechowujemy najwyżej 2 godziny od ostatniego wyświetlenia odbiorców. Wypełnij formularz ponownie.
report-step-later-duty = Na później: to zgłoszenie wyślesz samodzielnie, gdy nadejdzie termin, podając swój numer referencyjny. Teraz go nie wysyłamy.
report-step-clocks = Terminy ustawowe dla tego odbiorcy
report-error-rate-limited = Z Twojego połączenia przyszło w krótkim czasie zbyt wiele zgłoszeń. Odczekaj minutę i spróbuj ponownie.

## Receipt and status

receipt-title = Otrzymaliśmy Twoje zgłoszenie
receipt-title-record = Zachowane tylko dla Ciebie: nic nie zostało wysłane
receipt-record-lead = Nikt nie otrzymał tego zgłoszenia. Aby zgłosić incydent, skontaktuj się samodzielnie z instytucjami wymienionymi poniżej i wykorzystaj informacje wpisane na tej stronie.
receipt-reference = Twój numer referencyjny
receipt-reference-hint = Zapisz go lub wydrukuj tę stronę. Podaj go, gdy jakaś instytucja zapyta o Twoje zgłoszenie.
receipt-token = Twój prywatny kod statusu
receipt-token-hint = Razem z numerem referencyjnym ten kod pozwala sprawdzić status Twojego zgłoszenia. Nie udostępniaj go nikomu.
receipt-received = Otrzymano { $date }
receipt-steps = Co dzieje się teraz
receipt-state-queued = Czeka na wysłanie
receipt-state-sent = Wysłano
receipt-state-acknowledged = Potwierdzone przez odbiorcę
receipt-state-failed = Nie udało się dostarczyć
receipt-state-not-sent = Nie wysłaliśmy: skontaktuj się z nimi samodzielnie
receipt-download-json = Pobierz kopię (JSON)
receipt-print = Wydrukuj tę stronę
receipt-status-link = Strona statusu
receipt-your-report = Co zgłoszono
receipt-manual-title = Nie dostarczono automatycznie
receipt-manual-deadline = Aby dotrzymać terminu ustawowego, zgłoś incydent tej instytucji samodzielnie do { $date }, korzystając z jednego z kanałów poniżej, i podaj swój numer referencyjny.
receipt-manual-act = Skontaktuj się z nimi samodzielnie, korzystając z jednego z kanałów poniżej, i podaj swój numer referencyjny.
receipt-manual-deadline-find = Aby dotrzymać terminu ustawowego, zgłoś incydent samodzielnie do { $date }. Nie mamy potwierdzonego kanału kontaktu z tą instytucją: znajdź go na jej oficjalnej stronie internetowej i podaj swój numer referencyjny.
receipt-manual-find = Nie mamy potwierdzonego kanału kontaktu z tą instytucją: znajdź go na jej oficjalnej stronie internetowej, skontaktuj się z nią samodzielnie i podaj swój numer referencyjny.
receipt-manual-not-chosen = Nie zlecono nam wysłania zgłoszenia do tego odbiorcy.
receipt-manual-no-channel = Nie mamy możliwości wysłania go do nich za Ciebie.
receipt-private-title = Nie udostępniaj nikomu
receipt-print-hint = Wydruk tej strony nie zawiera Twojego prywatnego kodu statusu.
receipt-flags = Zaznaczono również
receipt-evidence = Dowody, które zachowujesz
receipt-evidence-hint = Pliki nie zostały wysłane; przechowuj je bez zmian. Jeśli odcisk cyfrowy SHA-256 pliku nadal się zgadza, jest to dokładnie ten plik, który jest na liście.
receipt-evidence-modified = ostatnia zmiana: { $date }
receipt-zone-hint = Godziny podano w strefie czasowej { $zone }; w UTC: { $utc }.
status-title = Status Twojego zgłoszenia
status-lead = Wpisz numer referencyjny i prywatny kod statusu z potwierdzenia. Konto nie jest potrzebne.
status-field-reference = Numer referencyjny
status-field-token = Prywatny kod statusu
status-submit = Pokaż status
status-not-found = Nie znaleźliśmy zgłoszenia z tym numerem referencyjnym i kodem. Sprawdź oba i spróbuj ponownie.

## Delivery: status notes on the receipt, and the recipients' confirmation page
receipt-note-waiting-setup = Ten portal nie jest jeszcze skonfigurowany do wysyłania zgłoszeń do tego odbiorcy. Twoje zgłoszenie jest przechowywane i zostanie wysłane, gdy to nastąpi; możesz też samodzielnie się z nimi skontaktować.
receipt-note-retrying = Wysyłka jeszcze się nie powiodła. Ponawiamy próbę automatycznie.
receipt-note-failed = Skontaktuj się z nimi samodzielnie i podaj swój numer referencyjny.
delivery-ack-title = Potwierdź odbiór
delivery-ack-intro = Prosimy potwierdzić, że Państwa organizacja otrzymała zgłoszenie { $reference }. Zgłaszający zobaczy to na swojej stronie statusu.
delivery-ack-button = Potwierdź odbiór
delivery-ack-done = Dziękujemy. Odbiór zgłoszenia { $reference } został potwierdzony.
delivery-ack-invalid = Ten link potwierdzający jest nieprawidłowy. Użyj linku z wiadomości e-mail dokładnie w takiej postaci, w jakiej został wysłany.
delivery-status-title = Poinformuj zgłaszającego, na jakim etapie jest sprawa
delivery-status-lead = Zgłaszający zobaczy Państwa aktualizację na swojej stronie statusu, razem z Państwa numerem sprawy i wiadomością. Prosimy pisać zwykłym tekstem i nie podawać danych osobowych innych osób.
delivery-status-state = Status
delivery-status-reference = Państwa numer sprawy (opcjonalnie)
delivery-status-outcome = Wynik (opcjonalnie)
delivery-status-message = Wiadomość dla zgłaszającego (opcjonalnie, maksymalnie 2000 znaków)
delivery-status-button = Wyślij aktualizację
delivery-status-done = Dziękujemy. Państwa aktualizacja dotycząca zgłoszenia { $reference } została zapisana; zgłaszający zobaczy ją na swojej stronie statusu.
delivery-status-back = Powrót do formularza
delivery-status-error-unknown-state = Wybierz jeden ze statusów z listy.
delivery-status-error-unknown-outcome = Wybierz jeden z wyników z listy albo żaden.
delivery-status-error-message-too-long = Wiadomość jest za długa: maksymalnie 2000 znaków.
delivery-status-error-field-too-long = Numer sprawy jest za długi: maksymalnie 100 znaków.
delivery-status-error-control-characters = Usuń niewidoczne znaki sterujące z numeru sprawy lub wiadomości.
delivery-status-error-state-backwards = To zgłoszenie ma już późniejszy status; statusu nie można cofnąć.
delivery-status-error-not-delivered = To zgłoszenie nie zostało Państwu dostarczone, więc nie ma czego aktualizować.
delivery-status-error-unknown-delivery = Ten link jest nieprawidłowy. Użyj linku z wiadomości e-mail dokładnie w takiej postaci, w jakiej został wysłany.
recipient-state-received = Otrzymane przez odbiorcę
recipient-state-in-progress = Odbiorca zajmuje się sprawą
recipient-state-closed = Zamknięte przez odbiorcę
recipient-outcome-advice-given = Udzielono porady
recipient-outcome-case-opened = Założono sprawę
recipient-outcome-referred-elsewhere = Przekazano do innej instytucji
recipient-outcome-no-action-possible = Nie można podjąć działań
recipient-their-reference = ich numer sprawy { $reference }
recipient-updates = Co przekazał Ci odbiorca

## Pytania, od których zależy, kogo zawiadomić (widoczne po podglądzie, jeśli zmieniają odpowiedź)

report-victim-public-body = Instytucja publiczna (np. gmina lub szkoła)
report-section-more = Jeszcze kilka pytań: od Twoich odpowiedzi zależy, kogo musisz zawiadomić
report-field-region = Region
report-field-region-choose = Wybierz swój region
report-field-sector = Sektor Twojej organizacji
report-field-sector-hint = Podmioty objęte NIS2 muszą wybrać sektor; banki i inne podmioty finansowe zgłaszają incydenty na podstawie DORA.
report-field-sector-none = Mojego sektora nie ma na liście / nie wiem
report-sector-energy = Energetyka
report-sector-transport = Transport
report-sector-banking = Bankowość
report-sector-financial-market-infrastructure = Infrastruktura rynków finansowych
report-sector-health = Ochrona zdrowia
report-sector-drinking-water = Woda pitna
report-sector-waste-water = Ścieki
report-sector-digital-infrastructure = Infrastruktura cyfrowa
report-sector-ict-service-management = Zarządzanie usługami ICT (usługi zarządzane)
report-sector-public-administration = Administracja publiczna
report-sector-space = Przestrzeń kosmiczna
report-sector-postal-courier = Usługi pocztowe i kurierskie
report-sector-waste-management = Gospodarowanie odpadami
report-sector-chemicals = Chemikalia
report-sector-food = Żywność
report-sector-manufacturing = Produkcja
report-sector-digital-providers = Dostawcy usług cyfrowych (platformy handlowe, wyszukiwarki, serwisy społecznościowe)
report-sector-research = Badania naukowe
report-sector-trust-services = Usługi zaufania (podpisy i pieczęcie elektroniczne, znaczniki czasu)
report-field-role = W odniesieniu do danych osobowych, których dotyczy incydent, Twoja organizacja jest
report-role-controller = administratorem: decyduje, w jakim celu i w jaki sposób dane są wykorzystywane
report-role-processor = podmiotem przetwarzającym: przetwarza dane w imieniu innej organizacji
report-role-unsure = nie wiem
report-field-device-encrypted = Dysk zgubionego urządzenia był silnie zaszyfrowany, a hasło lub klucz są bezpieczne
report-field-payment = Jak wyszły pieniądze?
report-payment-card = Kartą
report-payment-transfer = Przelewem bankowym
report-payment-instant = Przelewem natychmiastowym lub w aplikacji płatniczej
report-payment-crypto = W kryptowalucie
report-payment-cash = Gotówką, w bonach lub kartach podarunkowych
report-payment-none = Żadne pieniądze nie wyszły
report-field-payment-recent = Niecałe 24 godziny temu
report-field-self-approved = Płatność została zatwierdzona przeze mnie (np. podczas rozmowy z fałszywym pracownikiem banku)
report-error-region-invalid = Wybierz region w wybranym kraju.
report-error-sector-required = Wybierz sektor swojej organizacji: od niego zależą obowiązki wynikające z NIS2.
report-error-role-citizen = Osoba prywatna nie może być podmiotem przetwarzającym: wybierz „nie wiem”.
report-step-controller = Organizacja, w imieniu której przetwarzasz dane (administrator)
report-step-optional = Opcjonalnie
report-deadline-after-hours = Termin ustawowy: w ciągu { $hours } godzin od Twojego poprzedniego zgłoszenia
report-deadline-after-months = Termin ustawowy: w ciągu { $months ->
    [one] miesiąca
    [few] { $months } miesięcy
    [many] { $months } miesięcy
   *[other] { $months } miesiąca
} od Twojego poprzedniego zgłoszenia
report-deadline-undue-delay = Obowiązek prawny: bez zbędnej zwłoki
report-needs-region = To zależy od Twojego regionu: wybierz go powyżej i ponownie wyświetl odbiorców. Właściwe instytucje to:
report-alternatives = Możesz też:
report-field-notify = Powiadom mnie e-mailem, gdy odbiorca poda nowe informacje o moim zgłoszeniu lub zada mi pytanie
report-notify-hint = E-mail informuje tylko, że pojawiło się coś nowego, i zawiera Twój numer referencyjny oraz link do Twojej strony statusu; nigdy nie zawiera Twojego zgłoszenia ani wiadomości od odbiorcy. Aby je przeczytać, potrzebujesz swojego prywatnego kodu statusu.
report-error-notify-without-email = Aby otrzymywać e-maile o nowych informacjach, podaj swój adres e-mail (i nie zgłaszaj anonimowo) albo odznacz to pole.
delivery-question-title = Zadaj pytanie zgłaszającemu
delivery-question-lead = Zgłaszający zobaczy Państwa pytanie na swojej stronie statusu i będzie mógł tam na nie odpowiedzieć; odpowiedź dotrze do Państwa tą samą drogą co to zgłoszenie. Prosimy pisać zwykłym tekstem i pytać tylko o to, co jest potrzebne do prowadzenia sprawy.
delivery-question-label = Państwa pytanie (maksymalnie 2000 znaków)
delivery-question-button = Wyślij pytanie
delivery-question-done = Dziękujemy. Państwa pytanie dotyczące zgłoszenia { $reference } zostało zapisane; zgłaszający zobaczy je na swojej stronie statusu.
followup-error-empty = Najpierw wpisz tekst: pole jest puste.
followup-error-too-long = Tekst jest za długi: pytanie może mieć najwyżej 2000 znaków, a odpowiedź 4000.
followup-error-field-too-long = Identyfikator pytania jest za długi: maksymalnie 100 znaków.
followup-error-control-characters = Usuń z tekstu niewidoczne znaki sterujące.
followup-error-thread-closed = Odbiorca zamknął tę sprawę, więc nie można już zadawać w niej pytań ani udzielać odpowiedzi. Jeśli coś jest jeszcze niewyjaśnione, skontaktuj się bezpośrednio z odbiorcą.
followup-error-already-answered = Na to pytanie udzielono już innej odpowiedzi. Twój tekst jest pokazany poniżej, żeby nie przepadł.
followup-error-not-delivered = To zgłoszenie nie zostało Państwu dostarczone, więc na razie nie ma kogo zapytać.
followup-error-unknown = Nie znaleźliśmy tego pytania dla tego numeru referencyjnego i prywatnego kodu statusu. Sprawdź oba i ponownie otwórz swoją stronę statusu.
status-questions-title = Pytania do Ciebie
status-questions-lead = Odbiorca Twojego zgłoszenia zadał Ci pytanie. Twoja odpowiedź trafi tylko do odbiorcy, który pytał, tym samym kanałem co Twoje zgłoszenie.
status-questions-from = Pyta: { $name }
status-question-asked = Zadano { $date }
status-answer-label = Twoja odpowiedź
status-answer-hint = Zwykły tekst, najwyżej 4000 znaków. Na każde pytanie możesz odpowiedzieć tylko raz.
status-answer-hint-anonymous = Twoje zgłoszenie jest anonimowe: odpowiedź zostanie wysłana bez Twojego imienia i nazwiska oraz danych kontaktowych. Nie podawaj ich w odpowiedzi, chyba że chcesz, by odbiorca je otrzymał.
status-answer-button = Wyślij moją odpowiedź
status-answer-yours = Twoja odpowiedź z dnia { $date }
status-answer-state-queued = Czeka na wysłanie
status-answer-state-sent = Wysłano do odbiorcy
status-answer-state-failed = Nie udało się wysłać. Skontaktuj się bezpośrednio z odbiorcą i podaj swój numer referencyjny.
status-answered-notice = Otrzymaliśmy Twoją odpowiedź. Trafi ona do odbiorcy, który zadał pytanie; jej status jest widoczny pod pytaniem.
status-thread-closed = Odbiorca zamknął sprawę: odpowiedzi nie są już przyjmowane.
status-answer-error-title = Twoja odpowiedź nie została wysłana
status-answer-back = Powrót do strony statusu
notice-email-subject = Nowe informacje o Twoim zgłoszeniu { $reference }
notice-email-body = Dzień dobry,

    Odbiorca Twojego zgłoszenia { $reference } przesłał nowe informacje lub pytanie.

    Aby się z nimi zapoznać, otwórz swoją stronę statusu i wpisz prywatny kod statusu z potwierdzenia:
    { $status_url }

    Ze względów bezpieczeństwa ten e-mail nie zawiera żadnych informacji z Twojego zgłoszenia. Nigdy nie prosimy o hasła, kody ani płatności. Aby sprawdzić, czy ten e-mail naprawdę pochodzi od nas, wpisz tutaj swój numer referencyjny:
    { $verify_url }

    Otrzymujesz ten e-mail, ponieważ przy zgłoszeniu wybrano powiadomienia e-mailem o nowych informacjach.

## Withdrawal and retention (issue 19)
receipt-state-withdrawn = Wycofane przed wysłaniem
delivery-status-error-withdrawn = Zgłaszający wycofał to zgłoszenie. Nie można już zapisać w nim niczego więcej; do otrzymanej kopii prosimy stosować własne zasady dotyczące wycofanych zgłoszeń.
status-withdraw-title = Wycofaj to zgłoszenie
status-withdraw-lead = Wycofanie zgłoszenia natychmiast usuwa z tego portalu Twój opis, Twoje dane kontaktowe, listę dowodów i wiadomości dotyczące tego zgłoszenia. Każda instytucja, która otrzymała zgłoszenie, zostanie o tym powiadomiona tym samym kanałem. Tego nie można cofnąć.
status-withdraw-keep = Instytucja, która już otrzymała zgłoszenie, zachowuje własną kopię zgodnie ze swoimi zasadami: na przykład policja może mieć ustawowy obowiązek przechowywania zawiadomienia. Jeśli chcesz, aby instytucja usunęła swoją kopię, skontaktuj się z nią bezpośrednio i podaj swój numer referencyjny.
status-withdraw-confirm = Rozumiem, że wycofania nie można cofnąć
status-withdraw-button = Wycofaj moje zgłoszenie
status-withdraw-error-confirm = Zaznacz pole, aby potwierdzić, że chcesz wycofać zgłoszenie.
status-withdrawn-title = Zgłoszenie wycofane
status-withdrawn-done = Twoje zgłoszenie zostało wycofane.
status-withdrawn-notice = To zgłoszenie wycofano dnia { $date }. Zawarte w nim dane osobowe zostały usunięte z tego portalu.
status-withdrawn-told = { $count ->
    [0] Żadna instytucja go nie otrzymała, więc nikogo nie trzeba powiadamiać.
    [one] Jedyna instytucja, która je otrzymała, zostanie powiadomiona własnym kanałem.
    [few] { $count } instytucje, które je otrzymały, zostaną powiadomione, każda własnym kanałem.
    [many] { $count } instytucji, które je otrzymały, zostanie powiadomionych, każda własnym kanałem.
   *[other] { $count } instytucji, które je otrzymały, zostanie powiadomionych, każda własnym kanałem.
}
status-withdrawal-notice = Powiadomienie o wycofaniu:
status-purged-notice = Dane osobowe z tego zgłoszenia (Twój opis, dane kontaktowe, lista dowodów i dotyczące go wiadomości) zostały usunięte dnia { $date }, zgodnie z polityką prywatności. To, co pozostało, widać poniżej.
report-privacy-before = Twoje zgłoszenie trafi tylko do instytucji, które zaznaczysz. Co przechowujemy, jak długo i jakie masz prawa:
report-privacy-link = polityka prywatności
