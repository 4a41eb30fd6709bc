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
