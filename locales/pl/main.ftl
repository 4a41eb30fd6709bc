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
