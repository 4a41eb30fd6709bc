## Shell: skip link, header, navigation, footer

shell-skip-link = Pāriet uz galveno saturu
shell-site-name = cyberhelp
shell-tagline = Palīdzība pēc kiberuzbrukuma
shell-nav-label = Galvenā izvēlne
shell-nav-home = Sākums
shell-nav-advice = Padomi
shell-nav-bulletins = Aktuālie draudi
shell-nav-report = Ziņot par incidentu
shell-nav-search = Meklēt
shell-language-label = Valoda
shell-language-submit = Mainīt
shell-footer-emergency = Vai Jūs šobrīd esat briesmās? Zvaniet 112 – tas ir ārkārtas palīdzības numurs visās ES valstīs.
shell-footer-never-ask = Mēs nekad neprasām Jūsu paroles, maksājumus vai attālinātu piekļuvi Jūsu ierīcei. Ja kāds to prasa, tie neesam mēs.
shell-footer-privacy = Nekādu izsekotāju, nekādu pieprasījumu trešajām pusēm: šī vietne neko neielādē no citurienes.
shell-footer-source = Brīvā programmatūra, ko varat uzstādīt savā serverī.
shell-footer-licence = Mūsu teksti ir publicēti ar licenci CC BY 4.0: tos drīkst brīvi izmantot, norādot cyberhelp.
shell-footer-feeds = Brīdinājumi par draudiem kā Atom plūsma

## Home page

home-title = Palīdzība pēc kiberuzbrukuma
home-lead = Jūsu konts ir uzlauzts, samaksājāt viltotā interneta veikalā, Jūsu uzņēmumam uzbruka izspiedējvīruss? Uzziniet, kas jādara tagad, kam jāziņo un līdz kuram laikam.
home-emergency = Ja Jūs šobrīd esat briesmās, zvaniet 112.
home-tasks-heading = Kas Jums nepieciešams?
home-task-advice = Saņemt padomu
home-task-advice-desc = Palīdzība soli pa solim atbilstoši tam, kas ar Jums notika.
home-task-bulletins = Skatīt aktuālos draudus
home-task-bulletins-desc = Krāpšana un uzbrukumi, kas notiek tieši tagad, un ko darīt.
home-task-report = Ziņot par incidentu
home-task-report-desc = Paziņojiet atbildīgajām iestādēm vienu reizi un uzziniet, kas ar to nodarbosies un līdz kuram laikam.
home-incidents-heading = Kas notika?
home-bulletins-heading = Aktīvie draudi
home-bulletins-people = Aktuālās krāpniecības shēmas
home-bulletins-organisations = Organizāciju IT speciālistiem: aktīvi izmantotas ievainojamības
home-bulletins-empty = Pašlaik nav aktīvu brīdinājumu par draudiem.
home-bulletins-all = Visi brīdinājumi par draudiem

## Errors

error-title-prefix = Kļūda: { $title }

error-not-found-title = Lapa nav atrasta
error-not-found-body = Mēs nevarējām atrast šo lapu. Iespējams, adrese ir ievadīta kļūdaini vai lapa ir pārvietota.
error-not-found-home = Uz sākumlapu
error-internal-title = Kaut kas nogāja greizi
error-internal-body = Tā ir mūsu, nevis Jūsu kļūda. Lūdzu, mēģiniet vēlreiz pēc brīža.
error-bad-request-title = Mēs nesapratām šo pieprasījumu
error-too-large-title = Nosūtītie dati ir pārāk lieli
error-too-large-back = Izmantojiet pārlūka pogu “Atpakaļ”: veidlapā saglabāsies tas, ko ierakstījāt. Pēc tam saīsiniet aprakstu un nosūtiet to vēlreiz.
error-rate-limited = Pārāk daudz pieprasījumu no jūsu savienojuma īsā laikā. Lūdzu, uzgaidiet minūti un mēģiniet vēlreiz.
stats-title = Atvērtā statistika
stats-lead = Cik ziņojumu šis portāls ir saņēmis, par ko tie bija un cik ātri saņēmēji apstiprināja to saņemšanu. Tikai skaitļi: pēc tiem nevar atpazīt nevienu ziņojumu.
stats-empty = Vēl nav saņemts neviens ziņojums, tāpēc nav ko saskaitīt.
stats-unavailable = Statistiku pašlaik nevar parādīt. Lūdzu, mēģiniet vēlreiz pēc dažām minūtēm.
stats-withheld = konfidenciāli
stats-chart-title = Saņemtie ziņojumi pa mēnešiem
stats-chart-caption = Saņemtie ziņojumi pa mēnešiem (UTC). Tie paši skaitļi ir norādīti tabulā zemāk.
stats-per-month = Ziņojumi pa mēnešiem
stats-category = Kategorija
stats-breakdowns = Ziņojumi pa mēnešiem pēc veida
stats-by-incident = Pēc incidenta veida
stats-by-country = Pēc valsts
stats-by-victim = Pēc tā, kas ziņoja
stats-deliveries = Piegāde saņēmējiem
stats-no-deliveries = Neviens ziņojums vēl nav piegādāts saņēmējam.
stats-deliveries-caption = Katra veida saņēmējiem nosūtītie ziņojumi, visi mēneši kopā
stats-recipient-kind = Saņēmēja veids
stats-delivered = Piegādāti
stats-acknowledged = Saņēmējs apstiprināja
stats-failed = Neizdevās piegādāt
stats-median-ack = Laika mediāna līdz apstiprinājumam
stats-hours = { $hours } h
stats-method = Skaitļi, kas mazāki par { $threshold } (izņemot nulli), ir konfidenciāli un netiek publicēti. Ja konfidenciālu skaitli varētu aprēķināt no mēneša kopsummas, kopā ar to netiek publicēti arī citi skaitļi. Statistikā izmanto tikai mēnesi, incidenta veidu, valsti, to, kas ziņoja, un saņēmēja veidu – šīs ziņas saglabājas arī pēc tam, kad ziņojuma personas dati ir dzēsti.
stats-api = Tie paši skaitļi JSON formātā

## Privacy notice (/privacy), generated from the running configuration
privacy-title = Privātuma paziņojums
privacy-lead = Ko šis portāls par Jums glabā, kāpēc, cik ilgi, kas to saņem un kādas ir Jūsu tiesības. Šī lapa tiek veidota pēc portāla spēkā esošajiem iestatījumiem: tālāk norādītie termiņi un kanāli ir tie, kas pašlaik ir spēkā.
privacy-controller-title = Kas ir atbildīgs
privacy-controller = { $operator } uztur šo portālu un atbild par tajā glabātajiem personas datiem (pārzinis).
privacy-controller-missing = Šajā instalācijā nav norādīts, kas to uztur. Kamēr tas nav norādīts, sazinieties tieši ar iestādēm, kas minētas katrā lapā, nevis sūtiet ziņojumu caur šo portālu.
privacy-controller-contact = Jautājumi par Jūsu datiem:
privacy-dpo = Datu aizsardzības speciālists:
privacy-dpo-none = Šai instalācijai nav norādīts datu aizsardzības speciālists.
privacy-stored-title = Ko mēs glabājam
privacy-stored-report = Kad nosūtāt ziņojumu: Jūsu atbildes veidlapā (valsts, kas Jūs esat, kas notika, datumi, vai zaudējāt naudu), Jūsu apraksts, Jūsu kontaktinformācija, ja to norādāt (varat ziņot arī anonīmi), un Jūsu glabāto pierādījumu saraksts. Jūsu faili nekad neatstāj Jūsu ierīci: mēs saņemam tikai Jūsu pievienotos nosaukumus, piezīmes un digitālos nospiedumus.
privacy-stored-followups = Vēlāk: jaunā informācija un jautājumi, ko Jums sūta iestādes, un Jūsu atbildes.
privacy-stored-drafts = Ziņojums, kuru priekšskatāt, bet nenosūtāt, tiek glabāts aizzīmogots 2 stundas, un to var izlasīt tikai ar saiti Jūsu pārlūkprogrammā. Pēc tam tas tiek dzēsts.
privacy-stored-feedback = Ja soli pa solim palīdzībā izvēlaties „Neviens no šiem neatbilst”, Jūsu ierakstītais teksts tiek glabāts 90 dienas, lai uzlabotu jautājumus, un tajā nav nekā, kas ļautu Jūs identificēt.
privacy-stored-tools = Pārbaudes rīki (ziņas pārbaude un kontakta pārbaude) neglabā neko no tā, ko tajos ielīmējat.
privacy-stored-logs = Servera žurnālā tiek reģistrēts, kuras lapas tiek pieprasītas, un iespējamās kļūdas, bet ne Jūsu IP adrese. Lai novērstu ļaunprātīgu izmantošanu, portāls dažas minūtes atmiņā skaita pieprasījumus no katras IP adreses un šīs adreses nekad nepieraksta. Nekādu izsekotāju, nekādu reklāmas vai analītikas sīkdatņu, nekā, kas ielādēts no citām vietnēm.
privacy-basis-title = Kāpēc un uz kāda juridiskā pamata
privacy-basis-consent = Mēs nosūtām Jūsu ziņojumu tikai tām iestādēm, kuras atzīmējat, jo Jūs mums to lūdzat: pamats ir Jūsu piekrišana (Vispārīgās datu aizsardzības regulas (VDAR) 6. panta 1. punkta a) apakšpunkts). Ja ziņojumā minēta Jūsu veselība vai citi īpašu kategoriju personas dati, nosūtīšanu aptver Jūsu nepārprotama piekrišana (9. panta 2. punkta a) apakšpunkts).
privacy-basis-withdraw = Jūs jebkurā laikā varat atsaukt savu piekrišanu (7. panta 3. punkts), atsaucot ziņojumu tā statusa lapā. Tas neietekmē to, kas jau ir nosūtīts.
privacy-recipients-title = Kas to saņem
privacy-recipients = Tikai tās iestādes, kuras atzīmējat veidlapā, piemēram, Jūsu valsts CSIRT, policija vai datu aizsardzības iestāde. Katra no tām kļūst atbildīga par saņemto kopiju saskaņā ar saviem noteikumiem un savu privātuma paziņojumu.
privacy-channels = Šajā instalācijā ziņojumi tiek nosūtīti:
privacy-channels-none = Šajā instalācijā vēl nav iestatīts neviens piegādes kanāls: ziņojumi tiek saglabāti un gaida, un to statusa lapā tas ir norādīts.
privacy-channel-email = pa e-pastu
privacy-channel-webhook = pa šifrētu un parakstītu savienojumu tieši iestādes sistēmā
privacy-channel-ticketing = iestādes lietu pārvaldības sistēmā (RT, MISP vai TheHive)
privacy-channel-file = mapē, ko portāla uzturētājs nodod iestādei
privacy-notices = Ja vēlaties, mēs Jums nosūtām e-pastu, kad kāda iestāde atjaunina informāciju par Jūsu ziņojumu vai uzdod Jums jautājumu. E-pastā ir tikai atsauces numurs un saites, nekas no ziņojuma.
privacy-retention-title = Cik ilgi
privacy-retention = Jūsu apraksts, kontaktinformācija, pierādījumu saraksts un sarakste par Jūsu ziņojumu tiek dzēsti { $days ->
        [one] { $days } dienu
       *[other] { $days } dienas
    } pēc tam, kad visas iestādes ir beigušas ar to darbu (apstiprinājušas saņemšanu, slēgušas lietu vai nav bijušas sasniedzamas), un jebkurā gadījumā { $max ->
        [one] { $max } dienu
       *[other] { $max } dienas
    } pēc tā nosūtīšanas.
privacy-retention-withdraw = Varat panākt, ka tie tiek dzēsti nekavējoties, atsaucot ziņojumu:
privacy-retention-remains = Pēc tam paliek tikai tas, pēc kā Jūs nevar identificēt: valsts, incidenta veids, kas ziņoja (persona, uzņēmums…), datumi un tas, vai katra piegāde izdevās. No šiem datiem tiek aprēķināta atvērtā statistika:
privacy-rights-title = Jūsu tiesības
privacy-rights = Jums ir tiesības piekļūt saviem datiem (VDAR 15. pants), tos labot (16. pants) vai dzēst (17. pants), ierobežot to apstrādi (18. pants), saņemt tos mašīnlasāmā formātā (20. pants) un iebilst pret to apstrādi (21. pants).
privacy-rights-how = Ar atsauces numuru un privāto statusa kodu Jūs varat skatīt savu ziņojumu, lejupielādēt to JSON formātā un paši to atsaukt statusa lapā. Citos jautājumos rakstiet uz iepriekš norādīto kontaktadresi.
privacy-complaint = Jūs varat arī iesniegt sūdzību datu aizsardzības iestādei (VDAR 77. pants), jo īpaši valstī, kurā dzīvojat vai strādājat.
privacy-complaint-link = Visu šo iestāžu sarakstu ir publicējusi Eiropas Datu aizsardzības kolēģija.
privacy-generated = Šis paziņojums tiek izveidots no portāla iestatījumiem katru reizi, kad tas tiek parādīts. Avots:
privacy-source-gdpr = Regula (ES) 2016/679 (Vispārīgā datu aizsardzības regula, VDAR)

## Accessibility statement (/accessibility), on the model of Implementing Decision (EU) 2018/1523
a11y-title = Piekļūstamības paziņojums
a11y-intro = { $operator } vēlas, lai šo portālu varētu izmantot ikviens, kā to paredz Direktīva (ES) 2016/2102 par publiskā sektora struktūru tīmekļvietņu un mobilo lietotņu piekļūstamību. Šis paziņojums attiecas uz šo tīmekļvietni.
a11y-intro-unnamed = Šī portāla uzturētājs vēlas, lai to varētu izmantot ikviens, kā to paredz Direktīva (ES) 2016/2102 par publiskā sektora struktūru tīmekļvietņu un mobilo lietotņu piekļūstamību. Šis paziņojums attiecas uz šo tīmekļvietni.
a11y-status-title = Atbilstības statuss
a11y-status = Šī tīmekļvietne daļēji atbilst Eiropas standartam EN 301 549 V3.2.1, kas ietver WCAG 2.1 AA līmeni, jo tai ir tālāk uzskaitītās nepilnības.
a11y-gaps-title = Nepiekļūstams saturs
a11y-gaps-lead = Tālāk minētais vēl nav pilnībā piekļūstams:
a11y-gap-unaudited = Vēl nav veikts ne manuāls audits, ne testēšana kopā ar cilvēkiem, kuri izmanto ekrāna lasītājus vai citas palīgtehnoloģijas. Var būt problēmas, ko automātiskās pārbaudes nespēj atrast.
a11y-gap-chart = Statistikas lapas diagrammai šauros ekrānos ir mazi uzraksti. Tie paši skaitļi ir norādīti blakus esošajās tabulās.
a11y-out-of-scope = Saites ved uz iestāžu un citu organizāciju tīmekļvietnēm; par to piekļūstamību atbild tās pašas.
a11y-prep-title = Šā piekļūstamības paziņojuma sagatavošana
a11y-prep = Šis paziņojums sagatavots un pēdējoreiz pārskatīts { $date }.
a11y-method = Metode: pašnovērtējums. Automātiskie testi (axe-core) pārbauda galvenās lapas atbilstoši WCAG 2.1 A un AA līmenim gaišās un tumšās krāsās, ar JavaScript un bez tā; katru lapu visās 24 valodās pārbauda, vai tā ietilpst 320 pikseļu platā ekrānā; katra lapa darbojas bez JavaScript.
a11y-feedback-title = Atsauksmes un kontaktinformācija
a11y-feedback = Ja Jums kaut ko šajā tīmekļvietnē ir grūti izmantot vai Jums tās saturs vajadzīgs citā formā, pastāstiet mums:
a11y-feedback-none = Šajā instalācijā vēl nav norādīta kontaktinformācija piekļūstamības jautājumos.
a11y-enforcement-title = Izpildes panākšanas procedūra
a11y-enforcement = Ja mūsu atbilde uz Jūsu atsauksmi vai pieprasījumu Jūs neapmierina, varat vērsties valsts iestādē, kas uzrauga Direktīvas (ES) 2016/2102 izpildi:
a11y-enforcement-none = Šajā instalācijā vēl nav norādīta valsts uzraudzības iestāde. Jautājiet portāla uzturētājam, kura iestāde tā ir.
a11y-sources = Avoti:
a11y-source-wad = Direktīva (ES) 2016/2102, 7. pants
a11y-source-model = Komisijas Īstenošanas lēmums (ES) 2018/1523 (piekļūstamības paziņojuma paraugs)
