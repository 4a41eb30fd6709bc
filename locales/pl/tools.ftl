## Tools: "Is this message a scam?" (/{lang}/check)

check-title = Czy ta wiadomość to oszustwo?
tool-busy = Sprawdzanie…
check-lead = Wklej otrzymany SMS, e-mail, wiadomość z czatu, link, numer telefonu lub adres nadawcy. Szukamy typowych oznak oszustwa. Nic, co wkleisz, nie jest zapisywane ani nigdzie wysyłane: sprawdzamy to na tym serwerze i od razu zapominamy.
check-field-text = Wiadomość, link lub adres
check-field-text-hint = Wklej dokładnie to, co przyszło. Nie klikaj wcześniej w linki.
check-field-country = Twój kraj
check-submit = Sprawdź wiadomość
check-error-empty = Wklej wiadomość lub link, który chcesz sprawdzić.
check-truncated = Wiadomość jest bardzo długa: sprawdziliśmy tylko jej początek (limit znaków: { $chars }).
check-unchecked-links = Pozostałe linki, których nie sprawdziliśmy: { $count }.
check-found-title = { $count ->
    [one] Znaleźliśmy jedną oznakę oszustwa
    [few] Znaleźliśmy { $count } oznaki oszustwa
    [many] Znaleźliśmy { $count } oznak oszustwa
   *[other] Znaleźliśmy { $count } oznaki oszustwa
}
check-found-lead = Nie klikaj w linki, nie oddzwaniaj na podane numery, nie płać i nie podawaj żadnego kodu ani hasła.
check-none-title = Nie znaleźliśmy znanych oznak oszustwa
check-none-lead = To nie znaczy, że wiadomość jest bezpieczna. Oszuści co tydzień zmieniają treść swoich wiadomości. Jeśli wiadomość każe Ci coś zrobić, skontaktuj się z daną instytucją samodzielnie: przez jej oficjalną stronę, aplikację lub numer z karty albo umowy, nigdy przez samą wiadomość.
check-weak-title = Warto sprawdzić
check-links-title = Linki i adresy w wiadomości
check-link-official = oficjalny adres: { $name }
check-link-lookalike = podszywa się pod: { $name }
check-link-unknown = adres, którego nie znamy
check-what-now = Co zrobić teraz
check-forward = Zgłoś wiadomość
check-advice-link = Porady: phishing i fałszywe wiadomości
check-never-ask = Banki, policja i urzędy nigdy nie proszą w wiadomości ani przez telefon o hasła, kody jednorazowe (np. z SMS-a lub BLIK) ani dane karty. Nigdy nie każą przelewać pieniędzy na „bezpieczne konto” ani instalować aplikacji, przez którą ktoś może sterować Twoim telefonem lub komputerem.

check-sign-lookalike = Link prowadzi pod adres { $domain }, który przypomina oficjalny adres ({ $official }), ale nim nie jest. Nazwa, pod którą się podszywa: { $brand }.
check-sign-brand-in-domain = Link umieszcza nazwę „{ $brand }” w innym adresie ({ $domain }). Oficjalny adres to { $official }.
check-sign-name-in-domain = Link posługuje się nazwą „{ $brand }”, ale prowadzi na inną stronę: { $domain }.
check-sign-brand-elsewhere = Wiadomość powołuje się na nazwę „{ $brand }”, ale jej link prowadzi pod adres { $domain }, a nie na oficjalną stronę ({ $official }).
check-sign-link-ip = Link prowadzi pod sam adres liczbowy ({ $domain }) zamiast na stronę z nazwą.
check-sign-link-shortener = Link jest skrócony ({ $domain }): nie widać, dokąd naprawdę prowadzi.
check-sign-link-punycode = Adres zawiera litery z innych alfabetów, które wyglądają jak nasze ({ $domain }).
check-sign-link-script = Zawiera link, który uruchamia kod lub ukrywa treść ({ $domain }); prawdziwi nadawcy nigdy takich nie używają.
check-sign-hidden-characters = Zawiera niewidoczne znaki, które zmieniają sposób wyświetlania tekstu; służą do maskowania adresów.
check-sign-safe-account = Każe przelać pieniądze na „bezpieczne” lub „chronione” konto. Żaden prawdziwy bank ani policjant nigdy tego nie robi.
check-sign-code = Prosi o podanie, przesłanie lub odczytanie kodu. Kod, który dostajesz, jest tylko dla Ciebie; kto o niego prosi, chce przejąć Twoje konto lub zatwierdzić płatność.
check-sign-remote-access = Prosi o zainstalowanie lub otwarcie aplikacji do zdalnego pulpitu (np. AnyDesk lub TeamViewer). Dzięki niej obca osoba steruje Twoim telefonem lub komputerem.
check-sign-credentials = Prosi o potwierdzenie loginu, hasła, PIN-u lub danych karty.
check-sign-fee = Prosi o niewielką dopłatę, żeby wydać paczkę lub uregulować należność: to częsty sposób na wyłudzenie danych karty.
check-sign-gift-card-crypto = Żąda zapłaty kartami podarunkowymi, voucherami lub kryptowalutą. Takich płatności nie da się wyśledzić ani cofnąć.
check-sign-new-number = Podaje się za bliską osobę z „nowym numerem”: zanim cokolwiek zrobisz, zadzwoń do tej osoby na numer, który znasz.
check-sign-threat = Grozi blokadą konta, karą, sprawą w sądzie lub policją, żeby Cię przestraszyć i zmusić do działania.
check-sign-urgency = Pogania Cię („w ciągu 24 godzin”, „ostatnie ostrzeżenie”). Prawdziwe instytucje dają Ci czas.
check-sign-refund = Obiecuje zwrot pieniędzy lub należną Ci kwotę: to częsta przynęta, żeby zdobyć Twoje dane bankowe.
check-sign-prize = Ogłasza, że czeka na Ciebie nagroda lub wygrana w konkursie, do którego nikt Cię nie zgłaszał.

## "Is this really them?" (on /{lang}/check)

verify-contact-title = Czy to naprawdę policja, mój bank lub urząd?
verify-contact-lead = Wpisz numer telefonu, adres e-mail lub adres strony, który rzekomo należy do instytucji publicznej. Poszukamy go wśród oficjalnych kanałów w naszym wykazie.
verify-contact-field = Numer telefonu, adres e-mail lub strona internetowa
verify-contact-submit = Sprawdź
verify-contact-found = W naszym wykazie ten kontakt należy do:
verify-contact-source = źródło
verify-contact-none = Nie znamy tego kanału jako kontaktu żadnej instytucji z naszego wykazu. To nie dowodzi, że jest fałszywy, ale mu nie ufaj: poszukaj kontaktu do instytucji samodzielnie, na jej oficjalnej stronie.
verify-contact-error = Wpisz numer telefonu, adres e-mail lub adres strony internetowej.

## "Which ransomware is this?" (/{lang}/ransomware)

ransomware-title = Jaki to ransomware?
ransomware-lead = Napisz, co widzisz: rozszerzenie dodane do zaszyfrowanych plików, nazwę pliku z żądaniem okupu albo jego treść. Porównamy to ze znanymi rodzinami ransomware. Nic nie jest przesyłane: nie wysyłaj nam plików.
ransomware-field-extension = Rozszerzenie zaszyfrowanych plików
ransomware-field-extension-hint = Na przykład: zdjecie.jpg.akira → .akira
ransomware-field-note-filename = Nazwa pliku z żądaniem okupu
ransomware-field-note = Treść żądania okupu (opcjonalnie)
ransomware-field-note-hint = Adresy e-mail i onion w treści też są porównywane. Nie kontaktuj się z przestępcami.
ransomware-submit = Rozpoznaj
ransomware-error-empty = Podaj co najmniej jedno: rozszerzenie, nazwę pliku z żądaniem okupu lub jego treść.
ransomware-results = Prawdopodobne rodziny
ransomware-ambiguous = Do podanych informacji pasuje kilka rodzin: wynik jest niepewny. Dodaj nazwę pliku lub treść żądania okupu, żeby go zawęzić.
ransomware-none = Nie pasuje żadna znana rodzina. To częste w przypadku nowego lub rzadkiego ransomware.
ransomware-fake = fałszywka: może wcale nie szyfrować plików
ransomware-evidence-address = adres w żądaniu okupu
ransomware-evidence-note-file = nazwa pliku z żądaniem okupu
ransomware-evidence-extension = rozszerzenie
ransomware-evidence-name = nazwa podana w żądaniu okupu
ransomware-evidence-wording = sformułowania w żądaniu okupu
ransomware-refs = Źródła
ransomware-decryptors = Poszukaj bezpłatnego narzędzia do odszyfrowania
ransomware-nomoreransom = No More Ransom: narzędzia do odszyfrowania (policja i firmy zajmujące się bezpieczeństwem)
ransomware-cryptosheriff = Crypto Sheriff: prześlij tam dwa zaszyfrowane pliki, żeby rozpoznać ransomware (w serwisie No More Ransom)
ransomware-next = Nie płać, zachowaj zaszyfrowane pliki i żądanie okupu, odłącz zaatakowane urządzenia od sieci i zgłoś incydent.
ransomware-advice = Porady dotyczące ransomware
ransomware-data = Dane: galaktyka ransomware projektu MISP (wersja { $version }, CC0).

## "Was this message really sent by cyberhelp?" (/{lang}/verify)

verify-title = Czy tę wiadomość naprawdę wysłał cyberhelp?
verify-lead = Wiadomości z tego portalu dotyczące zgłoszenia zawierają jego numer referencyjny (na przykład 7K4M-9QXP-2D). Wpisz go, aby sprawdzić, czy i kiedy wysłaliśmy wiadomości w sprawie tego zgłoszenia. Nie pokazujemy nic więcej o zgłoszeniu.
verify-field = Numer referencyjny podany w wiadomości
verify-submit = Sprawdź
verify-sent = cyberhelp wysłał wiadomości dotyczące tego numeru referencyjnego w następujących terminach:
verify-none = cyberhelp nie wysłał żadnej wiadomości dotyczącej tego numeru referencyjnego. Jeśli wiadomość z tym numerem referencyjnym twierdzi, że pochodzi od nas, nie ufaj jej i nie rób tego, o co prosi.
verify-invalid = Numer referencyjny składa się z 10 liter i cyfr, na przykład 7K4M-9QXP-2D.
