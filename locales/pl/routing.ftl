## Routing: why each step is recommended (ids referenced from content/routing.toml)

route-why-police-people = Jeśli ktoś Ci grozi, nęka Cię lub wykorzystuje albo sprawa dotyczy dziecka, najpierw zwróć się na policję. Nie płać i nie negocjuj: zachowaj wiadomości jako dowód.
route-why-helpline = Nie musisz mierzyć się z tym bez wsparcia: te telefony zaufania wysłuchają Cię, doradzą i mogą pomóc usunąć zdjęcia lub treści.
route-why-nis2-early-warning = Jako podmiot kluczowy lub ważny musisz w ciągu 24 godzin od powzięcia wiedzy o poważnym incydencie przekazać wczesne ostrzeżenie do swojego CSIRT lub właściwego organu.
route-why-nis2-notification = W ciągu 72 godzin przekaż zgłoszenie incydentu: wstępną ocenę, wagę, skutki i wskaźniki naruszenia bezpieczeństwa.
route-why-nis2-final = Najpóźniej miesiąc po zgłoszeniu incydentu przekaż sprawozdanie końcowe: szczegółowy opis, pierwotną przyczynę, podjęte środki i skutki transgraniczne.
route-why-gdpr-controller = Chodzi o dane osobowe innych osób, więc Twoja organizacja jest administratorem: zgłoś naruszenie organowi ochrony danych osobowych w ciągu 72 godzin, chyba że jest mało prawdopodobne, by stwarzało dla kogokolwiek ryzyko. Jeśli ryzyko dla osób, których dotyczy, jest wysokie, poinformuj także je.
route-why-police-money = Zgłoś oszustwo na policję. Twój bank lub ubezpieczyciel może poprosić o numer zawiadomienia.
route-why-platform = Korzystaj z oficjalnych stron odzyskiwania konta i zgłoszeń danego serwisu (nigdy z linków, które ktoś Ci przysłał). Zgłoś konto lub treść, aby platforma mogła je zablokować.
route-why-phishing-report = Prześlij podejrzaną wiadomość na krajowy adres do zgłoszeń: to pomaga zablokować fałszywą stronę dla wszystkich.
route-why-ecc = Sprzedawca jest w innym kraju: Europejskie Centrum Konsumenckie w Twoim kraju bezpłatnie pomaga w sporach transgranicznych.
route-why-consumer = Zgłoś sprzedawcę do organu ochrony konsumentów: może on działać przeciwko fałszywym sklepom i ostrzegać innych.
route-why-csirt-business = Krajowy CSIRT może pomóc Twojej organizacji powstrzymać atak i wrócić do normalnej pracy, a z Twojego zgłoszenia uczy się, jak ostrzegać innych.
route-why-dpa-citizen = Twoje dane wyciekły z firmy. Nie musisz nikogo zawiadamiać w żadnym terminie: to obowiązek firmy. Jeśli uważasz, że Twoje dane nie były chronione albo firma Cię nie poinformowała, możesz złożyć skargę do organu ochrony danych osobowych.
route-why-police-crime = To przestępstwo w każdym kraju UE. Zawiadomienie na policji tworzy oficjalny ślad i może pomóc w śledztwie.
route-why-unsure = Nie wiesz dokładnie, co się stało? Policja może przyjąć Twoje zgłoszenie i wskazać właściwą instytucję. Zachowaj wszystko jako dowód.

## Pieniądze, które jeszcze da się zatrzymać

route-why-card-block = Zastrzeż kartę od razu: zadzwoń pod numer z odwrotu karty lub z aplikacji swojego banku albo na krajową infolinię do zastrzegania kart. Zastrzeżenie blokuje kolejne płatności kartą, ale nie cofnie przelewu.
route-why-payment-recall-urgent = Pieniądze wyszły niecałą dobę temu: zadzwoń teraz na infolinię swojego banku ds. oszustw (numer z aplikacji bankowej lub z karty, nigdy z wiadomości) i poproś o wstrzymanie lub odwołanie płatności. Liczy się każda godzina.
route-why-payment-recall = Zadzwoń na infolinię swojego banku ds. oszustw (numer z aplikacji bankowej lub z karty, nigdy z wiadomości): poproś o wstrzymanie lub odwołanie płatności i zabezpieczenie konta. Jeśli ta płatność nie była przez Ciebie autoryzowana, złóż pisemny wniosek o zwrot.
route-why-bank-access = Ktoś może mieć dostęp do Twojego konta bankowego przez Twój numer telefonu lub komputer: zadzwoń teraz na infolinię swojego banku ds. oszustw, żeby bank mógł monitorować lub zablokować dostęp, nawet jeśli żadne pieniądze jeszcze nie wyszły.

## Zgłoszenia

route-why-police-stolen = Jeśli urządzenie zostało skradzione, zgłoś kradzież na policję: numer zgłoszenia będzie Ci potrzebny dla ubezpieczyciela i operatora. Zgubienie urządzenia nie jest przestępstwem, więc jeśli urządzenie po prostu zginęło, nie ma czego zgłaszać.
route-why-financial-regulator = Nadzór finansowy prowadzi listę firm, które nie mogą oferować inwestycji, i ostrzega przed nimi. Zgłoś firmę i sprawdź ostrzeżenia, zanim zapłacisz cokolwiek więcej: oszuści często wracają, podszywając się pod firmy „odzyskujące” pieniądze.
route-why-illegal-content-minor = Zdjęcia lub wiadomości, które wykorzystują seksualnie dziecko, są wszędzie nielegalne: zgłoś je do tej instytucji, aby zostały usunięte i zbadane. Nie przesyłaj ich dalej i nie zapisuj kopii.
route-why-ncii = Jeśli ktoś udostępnił Twoje intymne zdjęcia albo grozi, że to zrobi, ta instytucja pomoże je zablokować lub usunąć – bez wysyłania tych zdjęć komukolwiek.
route-why-assistance = Ta instytucja bezpłatnie pomaga takim osobom jak Ty: wyjaśnia, co robić, kontaktuje Cię ze sprawdzoną pomocą w pobliżu i mówi, gdzie zgłosić sprawę.
route-why-victim-support = Oszustwo albo groźby to trudne przeżycie. Ta bezpłatna i poufna instytucja wspiera osoby pokrzywdzone przestępstwem, niezależnie od tego, czy zgłosisz sprawę na policję.
route-why-outside-police = Nie znamy instytucji w tym kraju. Zgłoś sprawę miejscowej policji i poproś o pisemne potwierdzenie z numerem zgłoszenia: Twój bank i ubezpieczyciel mogą o nie poprosić.
route-why-outside-national = Ten kraj ma krajową instytucję, której można zgłaszać przestępstwa w internecie.

## Dlaczego krok jest opcjonalny

route-optional-complaint = Opcjonalnie: jeśli nie doszło do żadnej straty, zgłoszenie na policję zależy od Ciebie; pomaga ono policji dostrzec oszustwa wymierzone w wiele osób.
route-optional-stolen = Tylko jeśli urządzenie zostało skradzione.
route-optional-consumer = Opcjonalnie: nie odzyskasz w ten sposób pieniędzy, ale pomożesz powstrzymać sklep i ostrzec innych.
route-optional-ncii = Opcjonalnie: skorzystaj, jeśli chcesz usunąć lub zablokować zdjęcia.
route-optional-csirt = Opcjonalnie dla Twojej organizacji: nie ma obowiązku prawnego, chyba że jesteś podmiotem objętym NIS2, ale CSIRT może pomóc i ostrzec innych.
route-optional-gdpr-complaint = Opcjonalnie: możesz złożyć skargę, nie obowiązuje Cię żaden termin.
route-optional-victim-support = Opcjonalnie: odezwij się zawsze, gdy potrzebujesz z kimś porozmawiać.

## Obowiązki prawne (content/laws/)

route-why-nis2-trust = Jako dostawca usług zaufania musisz zgłosić poważny incydent mający wpływ na Twoje usługi zaufania w ciągu 24 godzin od powzięcia o nim wiedzy, a nie 72.
route-why-gdpr-processor = Przetwarzasz te dane w imieniu innej organizacji (jesteś jej podmiotem przetwarzającym): poinformuj tego administratora bez zbędnej zwłoki. To administrator, a nie Ty, decyduje, czy zgłosić naruszenie organowi ochrony danych osobowych.
route-why-gdpr-record = Dysk był silnie zaszyfrowany, a klucz jest bezpieczny, więc naruszenie raczej nie stwarza dla nikogo ryzyka i nie trzeba go zgłaszać. Odnotuj je we własnym rejestrze naruszeń: fakty, skutki i podjęte działania. Jeśli klucz także zaginął albo szyfrowanie było słabe, zgłoś naruszenie w ciągu 72 godzin.
route-why-dora-initial = Jako podmiot finansowy objęty DORA przekaż organowi nadzoru wstępne zgłoszenie poważnego incydentu związanego z ICT w ciągu 4 godzin od zaklasyfikowania go jako poważny, ale nie później niż 24 godziny od powzięcia o nim wiedzy.
route-why-dora-intermediate = Przekaż raport pośredni w ciągu 72 godzin od wstępnego zgłoszenia.
route-why-dora-final = Przekaż raport końcowy w ciągu miesiąca od ostatniego raportu pośredniego.
route-why-ch-isa = Operatorzy infrastruktury krytycznej muszą zgłosić cyberatak szwajcarskiemu Federalnemu Urzędowi ds. Cyberbezpieczeństwa (BACS) w ciągu 24 godzin od jego wykrycia.
route-why-ch-isa-completion = Jeśli Twoje pierwsze zgłoszenie było niepełne, uzupełnij je w ciągu 14 dni.
route-why-ch-fadp-breach = Jeśli naruszenie prawdopodobnie spowoduje wysokie ryzyko dla osób, których dotyczy, zgłoś je jak najszybciej Federalnemu Pełnomocnikowi ds. Ochrony Danych i Przejrzystości (FDPIC).
route-why-gb-ukgdpr = Chodzi o dane osobowe innych osób: zgłoś naruszenie do Information Commissioner's Office (ICO) w ciągu 72 godzin od powzięcia o nim wiedzy, chyba że jest mało prawdopodobne, by stwarzało dla kogokolwiek ryzyko.
route-why-gb-nis = Jako operator usługi kluczowej zgłoś właściwemu organowi incydent mający istotny wpływ na Twoją usługę w ciągu 72 godzin od powzięcia o nim wiedzy.
route-why-is-nis = Jako operator usługi kluczowej zgłoś poważny incydent do CERT-IS bez zbędnej zwłoki.
route-why-no-dsa = Jako dostawca usługi kluczowej zgłoś poważny incydent norweskiemu Krajowemu Urzędowi Bezpieczeństwa (NSM) w ciągu 24 godzin.
route-why-csirt-citizen = Krajowy CSIRT przyjmuje zgłoszenia także od osób prywatnych: może doprowadzić do zablokowania fałszywych stron, ostrzec innych i doradzić, jak oczyścić urządzenie.
route-optional-csirt-citizen = Opcjonalnie: pomaga chronić innych, ale nie zastępuje zawiadomienia policji.

## Legal bases: Union acts are cited by type and number (EUR-Lex form); national citations keep the national act's own wording

law-regulation = Rozporządzenie (UE) { $number }
law-directive = Dyrektywa (UE) { $number }
law-delegated-regulation = Rozporządzenie delegowane Komisji (UE) { $number }
law-article = art. { $article }
law-transposing = { $national } (wdrożenie: { $eu })
law-not-transposed = { $eu }. Nie mamy potwierdzenia, że w tym kraju ({ $country }) obowiązuje krajowy akt wdrażający: przepisy krajowe mogą się różnić.
