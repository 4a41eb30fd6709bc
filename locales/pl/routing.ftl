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
