## Shell: skip link, header, navigation, footer

shell-skip-link = Przejdź do treści głównej
shell-site-name = cyberhelp
shell-tagline = Pomoc po cyberataku
shell-nav-label = Menu główne
shell-nav-home = Strona główna
shell-nav-advice = Porady
shell-nav-bulletins = Aktualne zagrożenia
shell-nav-report = Zgłoś incydent
shell-nav-search = Szukaj
shell-language-label = Język
shell-language-submit = Zmień
shell-footer-emergency = Grozi Ci teraz niebezpieczeństwo? Zadzwoń pod numer 112 – to numer alarmowy we wszystkich krajach UE.
shell-footer-never-ask = Nigdy nie prosimy o hasła, płatności ani zdalny dostęp do Twojego urządzenia. Jeśli ktoś o to prosi, to nie my.
shell-footer-privacy = Bez śledzenia i bez zapytań do innych firm: ta strona nie pobiera niczego z innych serwerów.
shell-footer-source = Wolne oprogramowanie, które można uruchomić na własnym serwerze.
shell-footer-licence = Nasze teksty są publikowane na licencji CC BY 4.0: możesz z nich swobodnie korzystać, podając cyberhelp jako źródło.
shell-footer-feeds = Komunikaty o zagrożeniach jako kanał Atom

## Home page

home-title = Pomoc po cyberataku
home-lead = Ktoś przejął Twoje konto, pieniądze trafiły do fałszywego sklepu, ransomware zaatakował Twoją firmę? Sprawdź, co zrobić teraz, kogo powiadomić i w jakim terminie.
home-emergency = Jeśli grozi Ci teraz niebezpieczeństwo, zadzwoń pod numer 112.
home-tasks-heading = Czego potrzebujesz?
home-task-advice = Uzyskaj poradę
home-task-advice-desc = Pomoc krok po kroku w Twojej sytuacji.
home-task-bulletins = Sprawdź aktualne zagrożenia
home-task-bulletins-desc = Oszustwa i ataki, które trwają właśnie teraz, i co z nimi zrobić.
home-task-report = Zgłoś incydent
home-task-report-desc = Powiadom właściwe instytucje jednym zgłoszeniem i dowiedz się, kto się tym zajmie i w jakim terminie.
home-incidents-heading = Co się stało?
home-bulletins-heading = Aktywne zagrożenia
home-bulletins-people = Aktualne oszustwa
home-bulletins-organisations = Dla działów IT w organizacjach: aktywnie wykorzystywane podatności
home-bulletins-empty = Obecnie nie ma aktywnych komunikatów o zagrożeniach.
home-bulletins-all = Wszystkie komunikaty o zagrożeniach

## Errors

error-title-prefix = Błąd: { $title }

error-not-found-title = Nie znaleziono strony
error-not-found-body = Nie udało się znaleźć tej strony. Adres może zawierać błąd albo strona została przeniesiona.
error-not-found-home = Przejdź na stronę główną
error-internal-title = Coś poszło nie tak
error-internal-body = To nasz błąd, nie Twój. Spróbuj ponownie za chwilę.
error-bad-request-title = Nie udało się zrozumieć tego żądania
error-too-large-title = Przesłane dane są za duże
error-too-large-back = Użyj przycisku Wstecz w przeglądarce: formularz zachowa wpisany tekst. Następnie skróć opis i wyślij go ponownie.
error-rate-limited = Zbyt wiele żądań z Twojego połączenia w krótkim czasie. Odczekaj minutę i spróbuj ponownie.

## Open statistics

stats-title = Otwarte statystyki
stats-lead = Ile zgłoszeń otrzymał ten portal, czego dotyczyły i jak szybko odbiorcy potwierdzili ich otrzymanie. Tylko liczby: nie da się z nich rozpoznać żadnego zgłoszenia.
stats-empty = Nie otrzymaliśmy jeszcze żadnych zgłoszeń, więc nie ma czego liczyć.
stats-unavailable = Nie można teraz wyświetlić statystyk. Spróbuj ponownie za kilka minut.
stats-withheld = tajemnica statystyczna
stats-chart-title = Zgłoszenia otrzymane w poszczególnych miesiącach
stats-chart-caption = Zgłoszenia otrzymane w poszczególnych miesiącach (UTC). Te same liczby znajdziesz w tabeli poniżej.
stats-per-month = Zgłoszenia w poszczególnych miesiącach
stats-category = Kategoria
stats-breakdowns = Zgłoszenia w poszczególnych miesiącach według rodzaju
stats-by-incident = Według rodzaju incydentu
stats-by-country = Według kraju
stats-by-victim = Według zgłaszającego
stats-deliveries = Przekazanie zgłoszeń odbiorcom
stats-no-deliveries = Żadne zgłoszenie nie zostało jeszcze dostarczone do odbiorcy.
stats-deliveries-caption = Zgłoszenia wysłane do poszczególnych rodzajów odbiorców, łącznie ze wszystkich miesięcy
stats-recipient-kind = Rodzaj odbiorcy
stats-delivered = Dostarczone
stats-acknowledged = Potwierdzone przez odbiorcę
stats-failed = Nie udało się dostarczyć
stats-median-ack = Mediana czasu do potwierdzenia
stats-hours = { $hours } godz.
stats-method = Liczby mniejsze niż { $threshold } (z wyjątkiem zera) są objęte tajemnicą statystyczną i nie są podawane. Jeśli taką liczbę dałoby się wyliczyć z sumy za dany miesiąc, tajemnicą statystyczną obejmujemy także inne liczby. Statystyki opierają się wyłącznie na miesiącu, rodzaju incydentu, kraju, tym, kto zgłosił, oraz rodzaju odbiorcy – te informacje pozostają po usunięciu danych osobowych ze zgłoszenia.
stats-api = Te same liczby w formacie JSON

## Privacy notice (/privacy), generated from the running configuration
privacy-title = Polityka prywatności
privacy-lead = Co ten portal przechowuje na Twój temat, dlaczego, jak długo, kto to otrzymuje i jakie masz prawa. Ta strona powstaje na podstawie bieżących ustawień portalu: podane niżej okresy i kanały to te, które faktycznie obowiązują.
privacy-controller-title = Kto odpowiada za dane
privacy-controller = { $operator } prowadzi ten portal i odpowiada za przechowywane w nim dane osobowe (jest ich administratorem).
privacy-controller-missing = Ta instalacja nie podaje, kto ją prowadzi. Dopóki tak jest, kontaktuj się bezpośrednio z instytucjami wymienionymi na poszczególnych stronach, zamiast wysyłać zgłoszenie przez ten portal.
privacy-controller-contact = Pytania dotyczące Twoich danych:
privacy-dpo = Inspektor ochrony danych:
privacy-dpo-none = Dla tej instalacji nie wyznaczono inspektora ochrony danych.
privacy-stored-title = Co przechowujemy
privacy-stored-report = Gdy wysyłasz zgłoszenie: Twoje odpowiedzi w formularzu (kraj, kim jesteś, co się stało, daty, czy utracono pieniądze), Twój opis, Twoje dane kontaktowe, jeśli je podasz (możesz zgłosić anonimowo), oraz listę dowodów, które zachowujesz. Twoje pliki nigdy nie opuszczają Twojego urządzenia: zapisujemy tylko nazwy, notatki i odciski cyfrowe, które dodasz.
privacy-stored-followups = Później: nowe informacje i pytania, które przesyłają Ci instytucje, oraz Twoje odpowiedzi.
privacy-stored-drafts = Zgłoszenie, dla którego wyświetlisz odbiorców, ale którego nie wyślesz, jest przechowywane w zaszyfrowanej postaci przez 2 godziny – można je odczytać tylko za pomocą linku w Twojej przeglądarce – a następnie usuwane.
privacy-stored-feedback = Jeśli w pomocy krok po kroku wybierzesz „Żadna z tych odpowiedzi”, wpisany przez Ciebie tekst jest przechowywany przez 90 dni, abyśmy mogli ulepszyć pytania, i nie zawiera niczego, co pozwalałoby Cię zidentyfikować.
privacy-stored-tools = Narzędzia do sprawdzania (sprawdzanie wiadomości, sprawdzanie kontaktu) nie przechowują niczego, co w nich wkleisz.
privacy-stored-logs = Dziennik serwera rejestruje, jakie strony są otwierane, oraz ewentualne błędy, ale nie Twój adres IP. Aby zapobiegać nadużyciom, portal przez kilka minut liczy w pamięci żądania z każdego adresu IP i nigdy tych adresów nie zapisuje. Bez narzędzi śledzących, bez reklamowych i analitycznych plików cookie, bez wczytywania czegokolwiek z innych stron.
privacy-basis-title = Dlaczego i na jakiej podstawie prawnej
privacy-basis-consent = Wysyłamy Twoje zgłoszenie tylko do instytucji, które zaznaczysz, bo o to prosisz: podstawą prawną jest Twoja zgoda (art. 6 ust. 1 lit. a RODO). Jeśli zgłoszenie zawiera informacje o Twoim zdrowiu lub inne szczególne kategorie danych osobowych, ich przekazanie obejmuje Twoja wyraźna zgoda (art. 9 ust. 2 lit. a RODO).
privacy-basis-withdraw = Możesz w każdej chwili wycofać zgodę (art. 7 ust. 3 RODO), wycofując zgłoszenie na jego stronie statusu. Nie zmienia to tego, co zostało wysłane wcześniej.
privacy-recipients-title = Kto otrzymuje dane
privacy-recipients = Tylko instytucje, które zaznaczysz w formularzu, na przykład krajowy CSIRT, policja lub organ ochrony danych osobowych. Każda z nich odpowiada za otrzymaną kopię zgodnie z własnymi zasadami i własną polityką prywatności.
privacy-channels = W tej instalacji zgłoszenia są przekazywane:
privacy-channels-none = W tej instalacji nie skonfigurowano jeszcze żadnego kanału przekazywania: zgłoszenia są przechowywane i czekają, a ich strona statusu to pokazuje.
privacy-channel-email = e-mailem
privacy-channel-webhook = szyfrowanym, podpisanym połączeniem bezpośrednio do systemu instytucji
privacy-channel-ticketing = do systemu obsługi spraw instytucji (RT, MISP lub TheHive)
privacy-channel-file = do folderu, który operator przekazuje instytucji
privacy-notices = Jeśli o to poprosisz, wyślemy Ci e-mail, gdy instytucja poda nowe informacje o Twoim zgłoszeniu lub zada Ci pytanie. E-mail zawiera tylko numer referencyjny i linki, nic ze zgłoszenia.
privacy-retention-title = Jak długo
privacy-retention = Twój opis, dane kontaktowe, lista dowodów i wiadomości dotyczące zgłoszenia są usuwane po upływie { $days } dni od chwili, gdy wszystkie instytucje zakończą jego obsługę (potwierdzą odbiór, zamkną sprawę lub okażą się nieosiągalne), a w każdym razie po upływie { $max } dni od wysłania zgłoszenia.
privacy-retention-withdraw = Możesz je od razu usunąć, wycofując zgłoszenie:
privacy-retention-remains = To, co pozostaje potem, nie pozwala Cię zidentyfikować: kraj, rodzaj incydentu, kto zgłosił (osoba prywatna, firma…), daty oraz to, czy każde przekazanie się powiodło. Na tej podstawie liczone są otwarte statystyki:
privacy-rights-title = Twoje prawa
privacy-rights = Masz prawo dostępu do swoich danych (art. 15 RODO), do ich sprostowania (art. 16) lub usunięcia (art. 17), do ograniczenia ich przetwarzania (art. 18), do otrzymania ich w formacie nadającym się do odczytu maszynowego (art. 20) oraz do wniesienia sprzeciwu (art. 21).
privacy-rights-how = Za pomocą numeru referencyjnego i prywatnego kodu statusu możesz na stronie statusu samodzielnie zobaczyć swoje zgłoszenie, pobrać je w formacie JSON i je wycofać. W innych sprawach napisz na podany wyżej kontakt.
privacy-complaint = Możesz też wnieść skargę do organu nadzorczego ds. ochrony danych (art. 77 RODO), w szczególności w kraju, w którym mieszkasz lub pracujesz.
privacy-complaint-link = Pełną listę tych organów publikuje Europejska Rada Ochrony Danych.
privacy-generated = Ta polityka jest tworzona z ustawień portalu przy każdym wyświetleniu. Źródło:
privacy-source-gdpr = Rozporządzenie (UE) 2016/679 (RODO)

## Accessibility statement (/accessibility), on the model of Implementing Decision (EU) 2018/1523
a11y-title = Oświadczenie w sprawie dostępności
a11y-intro = { $operator } chce, aby z tego portalu mógł korzystać każdy, jak wymaga tego dyrektywa (UE) 2016/2102 w sprawie dostępności stron internetowych i mobilnych aplikacji organów sektora publicznego. Niniejsze oświadczenie w sprawie dostępności ma zastosowanie do tej strony internetowej.
a11y-intro-unnamed = Operator tego portalu chce, aby mógł z niego korzystać każdy, jak wymaga tego dyrektywa (UE) 2016/2102 w sprawie dostępności stron internetowych i mobilnych aplikacji organów sektora publicznego. Niniejsze oświadczenie w sprawie dostępności ma zastosowanie do tej strony internetowej.
a11y-status-title = Status pod względem zgodności
a11y-status = Ta strona internetowa jest częściowo zgodna z normą EN 301 549 V3.2.1 – europejską normą obejmującą WCAG 2.1 na poziomie AA – z powodu niezgodności wymienionych poniżej.
a11y-gaps-title = Treści niedostępne
a11y-gaps-lead = Poniższe elementy nie są jeszcze w pełni dostępne:
a11y-gap-unaudited = Nie przeprowadzono jeszcze ani audytu ręcznego, ani testów z udziałem osób korzystających z czytników ekranu lub innych technologii wspomagających. Mogą więc występować problemy, których automatyczne testy nie wykrywają.
a11y-gap-chart = Wykres na stronie statystyk ma na wąskich ekranach małe etykiety. Te same liczby znajdują się w tabelach obok.
a11y-out-of-scope = Linki prowadzą do stron internetowych urzędów i innych instytucji; za ich dostępność odpowiadają one same.
a11y-prep-title = Sporządzenie niniejszego oświadczenia w sprawie dostępności
a11y-prep = Niniejsze oświadczenie sporządzono i ostatnio poddano przeglądowi dnia { $date }.
a11y-method = Metoda: samoocena. Automatyczne testy (axe-core) sprawdzają główne strony pod kątem poziomów A i AA WCAG 2.1, w jasnej i ciemnej kolorystyce, z JavaScriptem i bez niego; każdą stronę sprawdza się we wszystkich 24 językach pod kątem tego, czy mieści się na ekranie o szerokości 320 pikseli; każda strona działa bez JavaScriptu.
a11y-feedback-title = Informacje zwrotne i dane kontaktowe
a11y-feedback = Jeśli coś na tej stronie jest dla Ciebie trudne w użyciu lub potrzebujesz jej treści w innej formie, daj nam znać:
a11y-feedback-none = Ta instalacja nie wskazała jeszcze kontaktu w sprawie dostępności.
a11y-enforcement-title = Procedura egzekwowania przepisów
a11y-enforcement = Jeśli nasza odpowiedź na Twoją informację zwrotną lub wniosek Cię nie zadowala, możesz zwrócić się do krajowego organu, który egzekwuje przepisy dyrektywy w sprawie dostępności stron internetowych:
a11y-enforcement-none = Ta instalacja nie wskazała jeszcze swojego krajowego organu odpowiedzialnego za egzekwowanie przepisów. Zapytaj operatora, który to organ.
a11y-sources = Źródła:
a11y-source-wad = Dyrektywa (UE) 2016/2102, art. 7
a11y-source-model = Decyzja wykonawcza (UE) 2018/1523 (wzór oświadczenia w sprawie dostępności)
