## Shell: skip link, header, navigation, footer

shell-skip-link = Pereiti prie pagrindinio turinio
shell-site-name = cyberhelp
shell-tagline = Pagalba po kibernetinės atakos
shell-nav-label = Pagrindinis meniu
shell-nav-home = Pradžia
shell-nav-advice = Patarimai
shell-nav-bulletins = Aktualios grėsmės
shell-nav-report = Pranešti apie incidentą
shell-nav-search = Paieška
shell-language-label = Kalba
shell-language-submit = Keisti
shell-footer-emergency = Jums dabar gresia pavojus? Skambinkite 112 – tai pagalbos numeris visose ES šalyse.
shell-footer-never-ask = Mes niekada neprašome jūsų slaptažodžių, mokėjimų ar nuotolinės prieigos prie jūsų įrenginio. Jei kas nors to prašo, tai ne mes.
shell-footer-privacy = Jokių sekiklių, jokių užklausų trečiosioms šalims: ši svetainė nieko neįkelia iš kitur.
shell-footer-source = Laisvoji programinė įranga, kurią galite įdiegti savo serveryje.
shell-footer-licence = Mūsų tekstai skelbiami pagal CC BY 4.0 licenciją: galite juos laisvai naudoti nurodydami cyberhelp.
shell-footer-feeds = Pranešimai apie grėsmes kaip Atom sklaidos kanalas

## Home page

home-title = Pagalba po kibernetinės atakos
home-lead = Įsilaužė į jūsų paskyrą, sumokėjote netikrai parduotuvei, jūsų įmonę užpuolė išpirkos reikalaujanti programa? Sužinokite, ką daryti dabar, ką informuoti ir iki kada.
home-emergency = Jei jums dabar gresia pavojus, skambinkite 112.
home-tasks-heading = Ko jums reikia?
home-task-advice = Gauti patarimų
home-task-advice-desc = Pagalba žingsnis po žingsnio pagal tai, kas jums nutiko.
home-task-bulletins = Peržiūrėti aktualias grėsmes
home-task-bulletins-desc = Šiuo metu vykstantys sukčiavimai ir atakos bei ką daryti.
home-task-report = Pranešti apie incidentą
home-task-report-desc = Praneškite tinkamoms institucijoms vieną kartą ir sužinokite, kas tuo rūpinsis ir iki kada.
home-incidents-heading = Kas nutiko?
home-bulletins-heading = Aktyvios grėsmės
home-bulletins-people = Šiuo metu plintantis sukčiavimas
home-bulletins-organisations = Organizacijų IT specialistams: aktyviai išnaudojami pažeidžiamumai
home-bulletins-empty = Šiuo metu aktyvių pranešimų apie grėsmes nėra.
home-bulletins-all = Visi pranešimai apie grėsmes

## Errors

error-title-prefix = Klaida: { $title }

error-not-found-title = Puslapis nerastas
error-not-found-body = Šio puslapio neradome. Galbūt adresas įvestas su klaida arba puslapis perkeltas.
error-not-found-home = Eiti į pradžios puslapį
error-internal-title = Kažkas nepavyko
error-internal-body = Tai mūsų, o ne jūsų klaida. Bandykite dar kartą po akimirkos.
error-bad-request-title = Nesupratome šios užklausos
error-too-large-title = Jūsų išsiųsti duomenys per dideli
error-too-large-back = Naršyklėje paspauskite mygtuką „Atgal“: formoje išliks tai, ką įvedėte. Tada sutrumpinkite aprašymą ir išsiųskite jį dar kartą.
error-rate-limited = Per trumpą laiką iš jūsų ryšio gauta per daug užklausų. Palaukite minutę ir bandykite dar kartą.
stats-title = Atviroji statistika
stats-lead = Kiek pranešimų gavo šis portalas, apie ką jie buvo ir kaip greitai gavėjai patvirtino juos gavę. Tik skaičiai: iš jų neįmanoma atpažinti nė vieno pranešimo.
stats-empty = Dar negautas nė vienas pranešimas, todėl nėra ko skaičiuoti.
stats-unavailable = Šiuo metu statistikos parodyti negalime. Bandykite dar kartą po kelių minučių.
stats-withheld = konfidencialu
stats-chart-title = Gauti pranešimai pagal mėnesius
stats-chart-caption = Gauti pranešimai pagal mėnesius (UTC). Tie patys skaičiai pateikti toliau esančioje lentelėje.
stats-per-month = Pranešimai pagal mėnesius
stats-category = Kategorija
stats-breakdowns = Pranešimai pagal mėnesius ir rūšis
stats-by-incident = Pagal incidento rūšį
stats-by-country = Pagal šalį
stats-by-victim = Pagal tai, kas pranešė
stats-deliveries = Pristatymas gavėjams
stats-no-deliveries = Dar nė vienas pranešimas nepristatytas gavėjui.
stats-deliveries-caption = Kiekvienos rūšies gavėjams išsiųsti pranešimai, visi mėnesiai kartu
stats-recipient-kind = Gavėjo rūšis
stats-delivered = Pristatyta
stats-acknowledged = Gavėjas patvirtino
stats-failed = Nepavyko pristatyti
stats-median-ack = Laiko iki patvirtinimo mediana
stats-hours = { $hours } val.
stats-method = Mažesni nei { $threshold } skaičiai (išskyrus nulį) yra konfidencialūs ir neskelbiami. Jei konfidencialų skaičių būtų galima apskaičiuoti iš mėnesio bendros sumos, kartu su juo neskelbiami ir kiti skaičiai. Skaičiuojant naudojami tik mėnuo, incidento rūšis, šalis, tai, kas pranešė, ir gavėjo rūšis – ši informacija išlieka ir ištrynus pranešimo asmens duomenis.
stats-api = Tie patys skaičiai JSON formatu
