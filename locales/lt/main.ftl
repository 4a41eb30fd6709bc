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

## Privacy notice (/privacy), generated from the running configuration
privacy-title = Privatumo politika
privacy-lead = Ką šis portalas apie jus saugo, kodėl, kiek laiko, kas tai gauna ir kokias turite teises. Šis puslapis parengiamas pagal veikiančio portalo nustatymus: toliau nurodyti terminai ir kanalai yra tie, kurie taikomi dabar.
privacy-controller-title = Kas atsako
privacy-controller = { $operator } administruoja šį portalą ir atsako už jame saugomus asmens duomenis (yra duomenų valdytojas).
privacy-controller-missing = Šiame portale nenurodyta, kas jį administruoja. Kol tai nebus nurodyta, nesiųskite per jį pranešimų – kreipkitės tiesiogiai į kiekviename puslapyje nurodytas institucijas.
privacy-controller-contact = Klausimai dėl jūsų duomenų:
privacy-dpo = Duomenų apsaugos pareigūnas:
privacy-dpo-none = Šiame portale duomenų apsaugos pareigūnas nenurodytas.
privacy-stored-title = Ką saugome
privacy-stored-report = Kai siunčiate pranešimą: jūsų atsakymai formoje (šalis, kas esate, kas nutiko, datos, ar praradote pinigų), jūsų aprašymas, kontaktiniai duomenys, jei juos nurodote (pranešti galite ir anonimiškai), ir jūsų saugomų įrodymų sąrašas. Jūsų failai niekada nepalieka jūsų įrenginio: saugomi tik jūsų pridėti pavadinimai, pastabos ir skaitmeniniai atspaudai.
privacy-stored-followups = Vėliau: institucijų jums siunčiama nauja informacija ir klausimai bei jūsų atsakymai.
privacy-stored-drafts = Pranešimas, kurį peržiūrėjote, bet neišsiuntėte, 2 valandas saugomas užšifruotas (jį perskaityti galima tik su nuoroda, esančia jūsų naršyklėje), o paskui ištrinamas.
privacy-stored-feedback = Jei klausimų vedlyje pasirenkate „Nė vienas netinka“, jūsų įrašytas tekstas 90 dienų saugomas klausimams tobulinti, be jokių duomenų, pagal kuriuos būtų galima jus nustatyti.
privacy-stored-tools = Tikrinimo įrankiai (žinutės patikra ir kontakto patikra) nesaugo nieko, ką į juos įklijuojate.
privacy-stored-logs = Serverio žurnale registruojama, kokie puslapiai užklausti ir kokios įvyko klaidos, bet ne jūsų IP adresas. Kad būtų išvengta piktnaudžiavimo, portalas kelias minutes atmintyje skaičiuoja užklausas iš kiekvieno IP adreso ir niekada šių adresų neįrašo. Jokių sekiklių, jokių reklamos ar analitikos slapukų, nieko neįkeliama iš kitų svetainių.
privacy-basis-title = Kodėl ir kokiu teisiniu pagrindu
privacy-basis-consent = Jūsų pranešimą siunčiame tik jūsų pažymėtoms institucijoms, nes to prašote jūs: pagrindas – jūsų sutikimas (BDAR 6 straipsnio 1 dalies a punktas). Jei pranešime minima jūsų sveikata ar kiti specialių kategorijų asmens duomenys, jo siuntimą apima jūsų aiškus sutikimas (9 straipsnio 2 dalies a punktas).
privacy-basis-withdraw = Sutikimą galite bet kada atšaukti (7 straipsnio 3 dalis) – tam atšaukite pranešimą jo būsenos puslapyje. Tai neturi įtakos tam, kas buvo išsiųsta anksčiau.
privacy-recipients-title = Kas jį gauna
privacy-recipients = Tik tos institucijos, kurias pažymite formoje, pavyzdžiui, jūsų nacionalinis CSIRT, policija arba duomenų apsaugos institucija. Kiekviena jų tampa atsakinga už gautą kopiją pagal savo taisykles ir savo privatumo politiką.
privacy-channels = Šiame portale pranešimai siunčiami:
privacy-channels-none = Šiame portale dar nenustatytas nė vienas pristatymo kanalas: pranešimai išsaugomi ir laukia, o jų būsenos puslapyje tai nurodyta.
privacy-channel-email = el. paštu
privacy-channel-webhook = šifruotu ir pasirašytu ryšiu tiesiai į institucijos sistemą
privacy-channel-ticketing = į institucijos bylų valdymo sistemą (RT, MISP arba TheHive)
privacy-channel-file = į aplanką, kurį portalo administratorius perduoda institucijai
privacy-notices = Jei paprašote, el. paštu jus informuojame, kai institucija atnaujina informaciją apie jūsų pranešimą arba užduoda jums klausimą. El. laiške pateikiamas tik nuorodos numeris ir nuorodos – nieko iš pranešimo.
privacy-retention-title = Kiek laiko
privacy-retention = Jūsų aprašymas, kontaktiniai duomenys, įrodymų sąrašas ir su pranešimu susijusios žinutės ištrinami, kai praeina { $days ->
        [one] { $days } diena
        [few] { $days } dienos
       *[other] { $days } dienų
    } nuo tada, kai visos institucijos baigia jį nagrinėti (patvirtina gavimą, uždaro bylą arba su jomis nepavyksta susisiekti), ir bet kuriuo atveju – kai nuo jo išsiuntimo praeina { $max ->
        [one] { $max } diena
        [few] { $max } dienos
       *[other] { $max } dienų
    }.
privacy-retention-withdraw = Galite juos ištrinti iš karto – atšaukite pranešimą:
privacy-retention-remains = Tai, kas lieka vėliau, negali jūsų identifikuoti: šalis, incidento rūšis, kas pranešė (privatus asmuo, įmonė…), datos ir ar kiekvienas pristatymas pavyko. Iš šių duomenų skaičiuojama atviroji statistika:
privacy-rights-title = Jūsų teisės
privacy-rights = Turite teisę susipažinti su savo duomenimis (BDAR 15 straipsnis), reikalauti juos ištaisyti (16 straipsnis) arba ištrinti (17 straipsnis), apriboti jų tvarkymą (18 straipsnis), gauti juos kompiuterio skaitomu formatu (20 straipsnis) ir nesutikti su jų tvarkymu (21 straipsnis).
privacy-rights-how = Turėdami nuorodos numerį ir asmeninį būsenos kodą, būsenos puslapyje galite patys peržiūrėti savo pranešimą, atsisiųsti jį JSON formatu ir jį atšaukti. Dėl visų kitų klausimų rašykite aukščiau nurodytu kontaktu.
privacy-complaint = Taip pat galite pateikti skundą duomenų apsaugos priežiūros institucijai (BDAR 77 straipsnis), visų pirma toje šalyje, kurioje gyvenate arba dirbate.
privacy-complaint-link = Jų sąrašą skelbia Europos duomenų apsaugos valdyba.
privacy-generated = Ši privatumo politika sugeneruojama iš portalo nustatymų kiekvieną kartą, kai ji rodoma. Šaltinis:
privacy-source-gdpr = Reglamentas (ES) 2016/679 (Bendrasis duomenų apsaugos reglamentas, BDAR)

## Accessibility statement (/accessibility), on the model of Implementing Decision (EU) 2018/1523
a11y-title = Pareiškimas dėl prieinamumo
a11y-intro = { $operator } siekia, kad šiuo portalu galėtų naudotis visi, kaip reikalaujama Saityno prieinamumo direktyvoje (ES) 2016/2102. Šis pareiškimas taikomas šiai interneto svetainei.
a11y-intro-unnamed = Šio portalo administratorius siekia, kad juo galėtų naudotis visi, kaip reikalaujama Saityno prieinamumo direktyvoje (ES) 2016/2102. Šis pareiškimas taikomas šiai interneto svetainei.
a11y-status-title = Atitikties būsena
a11y-status = Ši interneto svetainė iš dalies atitinka EN 301 549 V3.2.1 – Europos standartą, apimantį WCAG 2.1 AA lygį, – dėl toliau išvardytų trūkumų.
a11y-gaps-title = Neprieinamas turinys
a11y-gaps-lead = Toliau nurodytas turinys dar nėra visiškai prieinamas:
a11y-gap-unaudited = Dar neatliktas nei rankinis auditas, nei bandymas su žmonėmis, kurie naudojasi ekrano skaitytuvais ar kitomis pagalbinėmis technologijomis. Gali likti problemų, kurių automatiniai patikrinimai negali aptikti.
a11y-gap-chart = Statistikos puslapio diagramos užrašai siauruose ekranuose yra smulkūs. Tie patys skaičiai pateikti šalia esančiose lentelėse.
a11y-out-of-scope = Nuorodos veda į institucijų ir kitų įstaigų svetaines; už jų prieinamumą atsako jos pačios.
a11y-prep-title = Šio pareiškimo dėl prieinamumo parengimas
a11y-prep = Šis pareiškimas parengtas ir paskutinį kartą peržiūrėtas { $date }.
a11y-method = Metodas: savęs vertinimas. Automatiniais testais (axe-core) pagrindiniai puslapiai tikrinami pagal WCAG 2.1 A ir AA lygius, šviesiomis ir tamsiomis spalvomis, įjungus ir išjungus JavaScript; kiekvienas puslapis tikrinamas, ar visomis 24 kalbomis telpa į 320 pikselių pločio ekraną; kiekvienas puslapis veikia ir be JavaScript.
a11y-feedback-title = Grįžtamoji informacija ir kontaktiniai duomenys
a11y-feedback = Jei kuria nors šios svetainės dalimi jums sunku naudotis arba jums reikia jos turinio kitu formatu, praneškite mums:
a11y-feedback-none = Šiame portale dar nenurodytas kontaktas prieinamumo klausimais.
a11y-enforcement-title = Vykdymo užtikrinimo procedūra
a11y-enforcement = Jei mūsų atsakymas į jūsų pastabas ar prašymą jūsų netenkina, galite kreiptis į nacionalinę instituciją, kuri užtikrina Saityno prieinamumo direktyvos vykdymą:
a11y-enforcement-none = Šiame portale dar nenurodyta nacionalinė vykdymą užtikrinanti institucija. Paklauskite portalo administratoriaus, kuri tai institucija.
a11y-sources = Šaltiniai:
a11y-source-wad = Direktyvos (ES) 2016/2102 7 straipsnis
a11y-source-model = Komisijos įgyvendinimo sprendimas (ES) 2018/1523 (pareiškimo dėl prieinamumo pavyzdys)
