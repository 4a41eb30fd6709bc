## Report form

report-title = Ziņot par incidentu
report-lead = Obligāti ir četri jautājumi, viss pārējais nav obligāts. Pirms kaut ko nosūtām, mēs parādām, kas saņems Jūsu ziņojumu, un Jūs izvēlaties.
report-never-ask = Mēs nekad neprasīsim Jūsu paroles, maksājumus vai piekļuvi Jūsu ierīcei. Nerakstiet šajā veidlapā paroles.
report-required-note = Ar * atzīmētie lauki ir obligāti.
report-section-who = Par Jums
report-section-what = Kas notika
report-section-money = Nauda un dati
report-section-contact = Kā ar Jums sazināties
report-field-country = Valsts, kurā dzīvojat vai kurā atrodas Jūsu organizācija *
report-field-country-choose = Izvēlieties valsti
report-field-country-other = Cita valsts
report-field-victim = Kas Jūs esat? *
report-victim-citizen = Privātpersona
report-victim-business = Uzņēmums vai organizācija
report-victim-essential-entity = Būtiska vienība saskaņā ar NIS2 (piem., enerģētika, transports, veselības aprūpe, dzeramais ūdens, digitālā infrastruktūra)
report-victim-important-entity = Svarīga vienība saskaņā ar NIS2 (piem., pasta pakalpojumi, atkritumi, ķīmiskās vielas, pārtika, ražošana, digitālo pakalpojumu sniedzēji)
report-field-incident = Kas notika? *
report-field-incident-choose = Izvēlieties, kas notika
report-incident-unknown = Nezinu
report-field-description = Aprakstiet saviem vārdiem, kas notika *
report-field-description-hint = Ko redzējāt, ko darījāt un kas notika pēc tam. Vismaz 10 rakstzīmes.
report-field-started = Kad tas sākās? (nav obligāti)
report-field-aware = Kad to pamanījāt? (nav obligāti; likumā noteiktie termiņi tiek skaitīti no šī brīža)
report-field-dates-hint = Vietējais laiks augstāk izvēlētajā valstī. Ja nezināt, atstājiet tukšu.
report-field-ongoing = Tas joprojām turpinās
report-field-money-lost = Ir zaudēta nauda vai atklāti kartes vai bankas konta dati
report-field-amount = Zaudētā summa (nav obligāti)
report-field-currency = Valūta
report-field-personal-data = Ir skarti citu cilvēku personas dati (klientu, darbinieku, pacientu)
report-field-minor = Ir iesaistīts bērns vai pusaudzis
report-field-cross-border = Pārdevējs vai otra persona atrodas citā valstī
report-field-email = E-pasts (nav obligāti)
report-field-phone = Tālrunis (nav obligāti)
report-field-anonymous = Ziņot anonīmi (bez kontaktinformācijas)
report-contact-hint = Norādiet kontaktinformāciju tikai tad, ja piekrītat, ka Jūsu izvēlētās iestādes ar Jums sazinās.
report-evidence-title = Jūsu glabātie pierādījumi (nav obligāti)
report-evidence-body = Uzskaitiet, ko glabājat: ekrānuzņēmumus, ziņas, failos saglabātus e-pastus, bankas konta izrakstus, vēstules. Nekas netiek augšupielādēts: faili paliek pie Jums, līdz tos pieprasa policija vai CSIRT. Nekad nenorādiet paroles vai kodus.
report-evidence-guide = Ko un kā saglabāt šāda incidenta gadījumā
report-evidence-name = Faila nosaukums vai kas tas ir
report-evidence-note = Jūsu piezīme (kur tas atrodas, ko tas parāda)
report-evidence-pick = Pievienot failus no šīs ierīces
report-evidence-pick-hint = Katra faila nosaukums, lielums, datums un SHA-256 digitālais nospiedums tiek pievienoti sarakstam. Faili tiek nolasīti tikai Jūsu ierīcē un nekad netiek augšupielādēti. Ar digitālo nospiedumu ikviens vēlāk var pārbaudīt, vai fails ir tieši tas, ko norādījāt.
report-evidence-working = Tiek aprēķināts digitālais nospiedums: { $name }…
report-evidence-done = Fails { $name } pievienots ar digitālo nospiedumu. Tas paliek Jūsu ierīcē.
report-evidence-too-large = Fails { $name } ir lielāks par { $size }, tāpēc tas pievienots bez digitālā nospieduma. Nospiedumu varat aprēķināt datorā: Linux – sha256sum, macOS – shasum -a 256, Windows – certutil -hashfile ar SHA256.
report-evidence-unavailable = Šī pārlūkprogramma šajā lapā nevar aprēķināt digitālos nospiedumus; fails pievienots tikai ar nosaukumu, lielumu un datumu.
report-evidence-full = Saraksts ir pilns (maksimālais ierakstu skaits: { $max }).
report-honeypot = Atstājiet šo lauku tukšu
report-preview-button = Rādīt, kas saņems manu ziņojumu
report-send-button = Nosūtīt ziņojumu
report-edit-hint = Jūs vēl varat mainīt atbildes augstāk un vēlreiz parādīt saņēmējus.
report-preview-title = Kam būtu jāsaņem Jūsu ziņojums
report-preview-lead = Šādā secībā. Atzīmējiet iestādes, kurām vēlaties, lai nosūtām Jūsu ziņojumu; pārējos soļus tomēr ir vērts izdarīt pašiem.
report-preview-uncovered = Šai valstij mums vēl nav kontaktpunktu.
report-consent = Nosūtīt manu ziņojumu tagad: { $name }
report-consent-unavailable = Mēs nevaram to nosūtīt Jūsu vietā: sazinieties ar viņiem tieši.
report-deadline = Likumā noteiktais termiņš: { $hours } stundu laikā
report-deadline-at = līdz { $date }
report-legal-basis = Juridiskais pamats: { $basis }
report-contact-website = Tīmekļa vietne
report-contact-form = Tiešsaistes veidlapa
report-contact-email = E-pasts
report-contact-phone = Tālrunis
report-contact-source = Avots
report-contact-unverified = Pārbaudiet šo saziņas kanālu iestādes vietnē: mēs to nevarējām apstiprināt no oficiāla avota.
report-step-bank = Jūsu banka vai karšu bloķēšanas tālrunis
report-step-police = Policija
report-step-csirt = CSIRT (valsts datordrošības incidentu novēršanas vienība)
report-step-dpa = Datu aizsardzības iestāde
report-step-consumer = Patērētāju centrs vai patērētāju tiesību aizsardzības iestāde
report-step-regulator = Kompetentā iestāde
report-step-helpline = Palīdzības tālrunis
report-step-platform = Attiecīgais pakalpojums vai platforma
report-no-contact = Izmantojiet numuru kartes aizmugurē vai savas bankas oficiālo lietotni vai vietni.
report-errors-title = Lūdzu, pārbaudiet šīs atbildes
report-error-country-required = Izvēlieties valsti.
report-error-country-invalid = Izvēlieties valsti no saraksta.
report-error-victim-required = Pastāstiet, kas Jūs esat.
report-error-incident-required = Pastāstiet, kas notika, vai izvēlieties „Nezinu”.
report-error-invalid-choice = Izvēlieties vienu no iespējām.
report-error-description-required = Aprakstiet, kas notika.
report-error-description-short = Lūdzu, uzrakstiet nedaudz vairāk (vismaz 10 rakstzīmes).
report-error-description-long = Lūdzu, saīsiniet aprakstu līdz 5000 rakstzīmēm.
report-error-control-chars = Izņemiet no šī lauka neredzamās vadības rakstzīmes.
report-error-evidence-too-many = Norādiet ne vairāk kā 50 pierādījumus.
report-error-evidence-too-long = Pierādījumu sarakstā ir pārāk garš teksts: nosaukumā var būt ne vairāk kā 255 rakstzīmes, piezīmē – ne vairāk kā 500.
report-error-evidence-invalid = Kādam pierādījumu saraksta ierakstam ir nederīgs lielums, datums vai digitālais nospiedums. Izņemiet šo ierakstu un pievienojiet failu vēlreiz.
report-error-date-invalid = Ievadiet datumu, piemēram, 2026-11-29, vai atstājiet lauku tukšu.
report-error-date-future = Šis datums ir nākotnē.
report-error-aware-before-start = Jūs nevarējāt to pamanīt, pirms tas sākās.
report-error-amount-invalid = Ievadiet summu, piemēram, 250 vai 250,50.
report-error-currency-invalid = Izvēlieties valūtu.
report-error-email-invalid = Ievadiet e-pasta adresi, piemēram, vards@example.org, vai atstājiet lauku tukšu.
report-error-phone-invalid = Ievadiet tālruņa numuru ar 6 līdz 20 cipariem vai atstājiet lauku tukšu.
report-error-anonymous-with-contact = Jūs izvēlējāties ziņot anonīmi: izdzēsiet kontaktinformāciju vai noņemiet atzīmi „Ziņot anonīmi”.
report-error-bad-request = Mēs nevarējām nolasīt nosūtīto. Lūdzu, atgriezieties un mēģiniet vēlreiz.
report-error-no-recipient = Nekas nav nosūtīts: Jūs neatzīmējāt nevienu saņēmēju. Atzīmējiet zemāk vismaz vienu vai saglabājiet ziņojumu tikai savām vajadzībām.
report-record-button = Saglabāt tikai savām vajadzībām (neko nesūtīt)
report-draft-sent = Šis ziņojums jau ir nosūtīts. Tā atsauces numurs ir { $reference }.
report-draft-receipt = Skatīt apstiprinājumu
report-draft-new = Sākt jaunu ziņojumu
report-draft-expired = Šīs lapas derīguma termiņš ir beidzies: Jūsu privātuma labad Jūsu ievadīto informāciju glabājam ne ilgāk kā 2 stundas pēc tam, kad pēdējo reizi parādījāt saņēmējus. Lūdzu, aizpildiet veidlapu vēlreiz.
report-step-later-duty = Vēlāk: šo Jūs nosūtīsiet paši, kad pienāks termiņš, norādot savu atsauces numuru. Mēs to tagad nesūtām.
report-step-clocks = Likumā noteiktie termiņi šim saņēmējam
report-error-rate-limited = Īsā laikā no Jūsu savienojuma ir saņemts pārāk daudz ziņojumu. Lūdzu, pagaidiet minūti un mēģiniet vēlreiz.

## Receipt and status

receipt-title = Jūsu ziņojums ir saņemts
receipt-title-record = Saglabāts tikai Jūsu vajadzībām: nekas netika nosūtīts
receipt-record-lead = Neviens šo ziņojumu nav saņēmis. Lai ziņotu par notikušo, sazinieties ar tālāk norādītajām iestādēm paši, izmantojot to, ko uzrakstījāt šajā lapā.
receipt-reference = Jūsu atsauces numurs
receipt-reference-hint = Pierakstiet to vai izdrukājiet šo lapu. Norādiet to, kad kāda iestāde jautā par Jūsu ziņojumu.
receipt-token = Jūsu privātais statusa kods
receipt-token-hint = Kopā ar atsauces numuru šis kods ļauj redzēt Jūsu ziņojuma statusu. Neizpaudiet to nevienam.
receipt-received = Saņemts: { $date }
receipt-steps = Kas notiks tālāk
receipt-state-queued = Gaida nosūtīšanu
receipt-state-sent = Nosūtīts
receipt-state-acknowledged = Saņēmējs apstiprināja
receipt-state-failed = Neizdevās piegādāt
receipt-state-not-sent = Mēs to nenosūtījām: sazinieties ar viņiem paši
receipt-download-json = Lejupielādēt kopiju (JSON)
receipt-print = Drukāt šo lapu
receipt-status-link = Statusa lapa
receipt-your-report = Par ko ziņojāt
receipt-manual-title = Nav piegādāts automātiski
receipt-manual-deadline = Lai ievērotu likumā noteikto termiņu, ziņojiet viņiem paši līdz { $date }, izmantojot kādu no tālāk norādītajiem saziņas kanāliem, un norādiet savu atsauces numuru.
receipt-manual-act = Sazinieties ar viņiem paši, izmantojot kādu no tālāk norādītajiem saziņas kanāliem, un norādiet savu atsauces numuru.
receipt-manual-deadline-find = Lai ievērotu likumā noteikto termiņu, ziņojiet viņiem paši līdz { $date }. Mums nav apstiprināta saziņas kanāla ar šo iestādi: atrodiet to iestādes oficiālajā vietnē un norādiet savu atsauces numuru.
receipt-manual-find = Mums nav apstiprināta saziņas kanāla ar šo iestādi: atrodiet to iestādes oficiālajā vietnē, sazinieties ar viņiem paši un norādiet savu atsauces numuru.
receipt-manual-not-chosen = Jūs nelūdzāt mums to viņiem nosūtīt.
receipt-manual-no-channel = Mums nav iespējas to nosūtīt viņiem Jūsu vietā.
receipt-private-title = Glabājiet noslēpumā
receipt-print-hint = Šīs lapas izdrukā Jūsu privātais statusa kods netiek iekļauts.
receipt-flags = Jūs arī norādījāt
receipt-evidence = Jūsu glabātie pierādījumi
receipt-evidence-hint = Faili netika nosūtīti; glabājiet tos nemainītus. Ja faila SHA-256 digitālais nospiedums joprojām sakrīt, tas ir tieši tas fails, ko norādījāt.
receipt-evidence-modified = pēdējoreiz mainīts: { $date }
receipt-zone-hint = Laiks norādīts laika joslā { $zone }; pēc UTC: { $utc }.
status-title = Jūsu ziņojuma statuss
status-lead = Ievadiet atsauces numuru un privāto statusa kodu no apstiprinājuma. Konts nav vajadzīgs.
status-field-reference = Atsauces numurs
status-field-token = Privātais statusa kods
status-submit = Rādīt statusu
status-not-found = Mēs neatradām ziņojumu ar šo atsauces numuru un kodu. Pārbaudiet abus un mēģiniet vēlreiz.

## Delivery: status notes on the receipt, and the recipients' confirmation page
receipt-note-waiting-setup = Šis portāls vēl nav iestatīts, lai sūtītu ziņojumus šim adresātam. Jūsu ziņojums tiek glabāts un tiks nosūtīts, tiklīdz tas būs izdarīts; varat arī paši sazināties ar viņiem.
receipt-note-retrying = Nosūtīšana vēl nav izdevusies. Mēs automātiski mēģināsim vēlreiz.
receipt-note-failed = Lūdzu, sazinieties ar viņiem paši un norādiet savu atsauces numuru.
delivery-ack-title = Apstiprināt saņemšanu
delivery-ack-intro = Lūdzu, apstipriniet, ka jūsu organizācija ir saņēmusi ziņojumu { $reference }. Ziņotājs to redzēs savā statusa lapā.
delivery-ack-button = Apstiprināt saņemšanu
delivery-ack-done = Paldies. Ziņojuma { $reference } saņemšana ir apstiprināta.
delivery-ack-invalid = Šī apstiprinājuma saite nav derīga. Izmantojiet saiti no e-pasta tieši tādu, kāda tā tika nosūtīta.
delivery-status-title = Informējiet ziņotāju par lietas virzību
delivery-status-lead = Ziņotājs savā statusa lapā redzēs Jūsu sniegto informāciju kopā ar Jūsu lietas numuru un paziņojumu. Rakstiet vienkāršu tekstu; neiekļaujiet citu personu personas datus.
delivery-status-state = Statuss
delivery-status-reference = Jūsu lietas numurs (nav obligāts)
delivery-status-outcome = Iznākums (nav obligāts)
delivery-status-message = Paziņojums ziņotājam (nav obligāts, ne vairāk kā 2000 rakstzīmes)
delivery-status-button = Nosūtīt informāciju
delivery-status-done = Paldies. Jūsu informācija par ziņojumu { $reference } ir reģistrēta; ziņotājs to redz savā statusa lapā.
delivery-status-back = Atpakaļ uz veidlapu
delivery-status-error-unknown-state = Izvēlieties kādu no sarakstā norādītajiem statusiem.
delivery-status-error-unknown-outcome = Izvēlieties kādu no sarakstā norādītajiem iznākumiem vai nevienu.
delivery-status-error-message-too-long = Paziņojums ir pārāk garš: ne vairāk kā 2000 rakstzīmes.
delivery-status-error-field-too-long = Lietas numurs ir pārāk garš: ne vairāk kā 100 rakstzīmes.
delivery-status-error-control-characters = Izņemiet neredzamās vadības rakstzīmes no lietas numura vai paziņojuma.
delivery-status-error-state-backwards = Šim ziņojumam jau ir vēlāks statuss; atgriezties pie iepriekšējā statusa nav iespējams.
delivery-status-error-not-delivered = Šis ziņojums Jums nav piegādāts, tāpēc nav ko atjaunināt.
delivery-status-error-unknown-delivery = Šī saite nav derīga. Izmantojiet saiti no e-pasta tieši tādu, kāda tā tika nosūtīta.
recipient-state-received = Saņēmējs to ir saņēmis
recipient-state-in-progress = Saņēmējs to izskata
recipient-state-closed = Saņēmējs ir pabeidzis izskatīšanu
recipient-outcome-advice-given = Sniegts padoms
recipient-outcome-case-opened = Ierosināta lieta
recipient-outcome-referred-elsewhere = Nodots citai iestādei
recipient-outcome-no-action-possible = Rīcība nav iespējama
recipient-their-reference = saņēmēja lietas numurs { $reference }
recipient-updates = Ko saņēmējs Jums paziņoja

## Questions that decide whom to tell (shown after the preview when they change the answer)

report-victim-public-body = Publiska iestāde (piemēram, pašvaldība vai skola)
report-section-more = Vēl daži jautājumi: no Jūsu atbildēm atkarīgs, kas Jums jāinformē
report-field-region = Reģions
report-field-region-choose = Izvēlieties savu reģionu
report-field-sector = Jūsu organizācijas nozare
report-field-sector-hint = NIS2 vienībām nozare jāizvēlas obligāti; bankas un citas finanšu vienības ziņo saskaņā ar DORA.
report-field-sector-none = Manas nozares šeit nav / nezinu
report-sector-energy = Enerģētika
report-sector-transport = Transports
report-sector-banking = Banku nozare
report-sector-financial-market-infrastructure = Finanšu tirgus infrastruktūra
report-sector-health = Veselības aprūpe
report-sector-drinking-water = Dzeramais ūdens
report-sector-waste-water = Notekūdeņi
report-sector-digital-infrastructure = Digitālā infrastruktūra
report-sector-ict-service-management = IKT pakalpojumu pārvaldība (pārvaldītie pakalpojumi)
report-sector-public-administration = Valsts pārvalde
report-sector-space = Kosmoss
report-sector-postal-courier = Pasta un kurjeru pakalpojumi
report-sector-waste-management = Atkritumu apsaimniekošana
report-sector-chemicals = Ķīmiskās vielas
report-sector-food = Pārtika
report-sector-manufacturing = Ražošana
report-sector-digital-providers = Digitālo pakalpojumu sniedzēji (tiešsaistes tirdzniecības vietas, meklētājprogrammas, sociālie tīkli)
report-sector-research = Pētniecība
report-sector-trust-services = Uzticamības pakalpojumi (elektroniskie paraksti, zīmogi, laika zīmogi)
report-field-role = Attiecībā uz skartajiem personas datiem Jūsu organizācija ir
report-role-controller = pārzinis: tā nosaka, kāpēc un kā dati tiek izmantoti
report-role-processor = apstrādātājs: tā apstrādā datus citas organizācijas vārdā
report-role-unsure = nezinu
report-field-device-encrypted = Pazaudētās ierīces disks bija droši šifrēts, un parole vai atslēga ir drošībā
report-field-payment = Kā nauda aizgāja?
report-payment-card = Ar karti
report-payment-transfer = Ar bankas pārskaitījumu
report-payment-instant = Ar zibmaksājumu vai maksājumu lietotni
report-payment-crypto = Kriptovalūtā
report-payment-cash = Skaidrā naudā, ar kuponiem vai dāvanu kartēm
report-payment-none = Nauda nav aizgājusi
report-field-payment-recent = Mazāk nekā pirms 24 stundām
report-field-self-approved = Maksājumu apstiprināju es (piemēram, viltus bankas konsultanta zvana laikā)
report-error-region-invalid = Izvēlieties reģionu izvēlētajā valstī.
report-error-sector-required = Izvēlieties savas organizācijas nozari: no tās atkarīgi NIS2 pienākumi.
report-error-role-citizen = Privātpersona nevar būt apstrādātājs: izvēlieties „nezinu”.
report-step-controller = Organizācija, kuras vārdā apstrādājat datus (pārzinis)
report-step-optional = Nav obligāti
report-deadline-after-hours = Likumā noteiktais termiņš: { $hours ->
    [zero] { $hours } stundu
    [one] { $hours } stundas
   *[other] { $hours } stundu
} laikā pēc iepriekšējā paziņojuma
report-deadline-after-months = Likumā noteiktais termiņš: { $months ->
    [1] mēneša
    [zero] { $months } mēnešu
    [one] { $months } mēneša
   *[other] { $months } mēnešu
} laikā pēc iepriekšējā paziņojuma
report-deadline-undue-delay = Likumā noteiktais pienākums: bez nepamatotas kavēšanās
report-needs-region = Tas ir atkarīgs no Jūsu reģiona: izvēlieties to augstāk un vēlreiz parādiet saņēmējus. Iestādes:
report-alternatives = Varat vērsties arī:
report-field-notify = Paziņot man pa e-pastu, kad saņēmējs atjaunina informāciju par manu ziņojumu vai uzdod man jautājumu
report-notify-hint = E-pastā ir tikai paziņojums, ka ir jaunumi, Jūsu atsauces numurs un saite uz Jūsu statusa lapu; tajā nekad nav ne Jūsu ziņojuma, ne saņēmēja paziņojuma. Lai tos izlasītu, Jums būs vajadzīgs privātais statusa kods.
report-error-notify-without-email = Lai saņemtu e-pastus par jaunumiem, norādiet savu e-pasta adresi (un neziņojiet anonīmi) vai noņemiet šo atzīmi.
delivery-question-title = Uzdodiet jautājumu ziņotājam
delivery-question-lead = Ziņotājs redzēs Jūsu jautājumu savā statusa lapā un varēs uz to atbildēt turpat; atbilde Jums tiks nosūtīta tāpat, kā saņēmāt šo ziņojumu. Rakstiet vienkāršu tekstu; jautājiet tikai to, kas vajadzīgs lietas izskatīšanai.
delivery-question-label = Jūsu jautājums (ne vairāk kā 2000 rakstzīmes)
delivery-question-button = Nosūtīt jautājumu
delivery-question-done = Paldies. Jūsu jautājums par ziņojumu { $reference } ir reģistrēts; ziņotājs to redz savā statusa lapā.
followup-error-empty = Vispirms uzrakstiet tekstu: tas ir tukšs.
followup-error-too-long = Teksts ir pārāk garš: jautājumā var būt ne vairāk kā 2000 rakstzīmes, atbildē – ne vairāk kā 4000.
followup-error-field-too-long = Jautājuma identifikators ir pārāk garš: ne vairāk kā 100 rakstzīmes.
followup-error-control-characters = Izņemiet no teksta neredzamās vadības rakstzīmes.
followup-error-thread-closed = Saņēmējs ir slēdzis šo lietu, tāpēc jautājumus un atbildes vairs nepieņem. Ja kas vēl nav atrisināts, sazinieties ar saņēmēju tieši.
followup-error-already-answered = Uz šo jautājumu jau ir sniegta cita atbilde. Jūsu teksts ir parādīts zemāk, lai Jūs to varētu saglabāt.
followup-error-not-delivered = Šis ziņojums Jums nav piegādāts, tāpēc pagaidām nav kam jautāt.
followup-error-unknown = Ar šo atsauces numuru un privāto statusa kodu šāds jautājums netika atrasts. Pārbaudiet abus un vēlreiz atveriet savu statusa lapu.
status-questions-title = Jautājumi Jums
status-questions-lead = Kāds Jūsu ziņojuma saņēmējs Jums kaut ko jautāja. Jūsu atbilde tiks nosūtīta tikai tam saņēmējam, kurš jautāja, pa to pašu saziņas kanālu, pa kuru tika nosūtīts Jūsu ziņojums.
status-questions-from = { $name } jautā
status-question-asked = Jautāts: { $date }
status-answer-label = Jūsu atbilde
status-answer-hint = Vienkāršs teksts, ne vairāk kā 4000 rakstzīmes. Uz katru jautājumu varat atbildēt vienu reizi.
status-answer-hint-anonymous = Jūs ziņojāt anonīmi: Jūsu atbilde tiek nosūtīta bez Jūsu vārda un kontaktinformācijas. Nerakstiet tos atbildē, ja nevēlaties, lai saņēmējs tos uzzinātu.
status-answer-button = Nosūtīt manu atbildi
status-answer-yours = Jūsu atbilde ({ $date })
status-answer-state-queued = Gaida nosūtīšanu
status-answer-state-sent = Nosūtīta saņēmējam
status-answer-state-failed = Neizdevās nosūtīt. Sazinieties ar saņēmēju tieši un norādiet savu atsauces numuru.
status-answered-notice = Jūsu atbilde ir saņemta. Tā tiks nosūtīta saņēmējam, kurš jautāja; tās statuss ir redzams zem jautājuma.
status-thread-closed = Saņēmējs ir slēdzis savu lietu: atbildes vairs netiek pieņemtas.
status-answer-error-title = Jūsu atbilde netika nosūtīta
status-answer-back = Atpakaļ uz statusa lapu
notice-email-subject = Jaunumi par Jūsu ziņojumu { $reference }
notice-email-body = Labdien!

    Kāds Jūsu ziņojuma { $reference } saņēmējs ir nosūtījis jaunu informāciju vai jautājumu.

    Lai to izlasītu, atveriet savu statusa lapu un ievadiet privāto statusa kodu no apstiprinājuma:
    { $status_url }

    Jūsu drošības labad šajā e-pastā nav nekā no Jūsu ziņojuma. Mēs nekad neprasām paroles, kodus vai maksājumus. Lai pārbaudītu, vai šis e-pasts tiešām ir no mums, ievadiet šeit savu atsauces numuru:
    { $verify_url }

    Jūs saņemat šo e-pastu, jo lūdzāt informēt Jūs par jaunumiem saistībā ar Jūsu ziņojumu.

## Withdrawal and retention (issue 19)
receipt-state-withdrawn = Atsaukts pirms nosūtīšanas
delivery-status-error-withdrawn = Ziņotājs ir atsaucis šo ziņojumu. Par to vairs neko nevar reģistrēt; saņemtajai kopijai piemērojiet savus noteikumus par atsauktiem ziņojumiem.
status-withdraw-title = Atsaukt šo ziņojumu
status-withdraw-lead = Ja atsaucat ziņojumu, Jūsu apraksts, kontaktinformācija, pierādījumu saraksts un sarakste par šo ziņojumu nekavējoties tiek dzēsti no šī portāla. Katrai iestādei, kas ziņojumu saņēma, par to paziņo pa to pašu saziņas kanālu. Šo darbību nevar atcelt.
status-withdraw-keep = Iestāde, kas ziņojumu jau ir saņēmusi, glabā savu kopiju saskaņā ar saviem noteikumiem: piemēram, policijai likums var prasīt iesniegumu saglabāt. Ja vēlaties, lai iestāde savu kopiju dzēš, sazinieties ar to tieši un norādiet savu atsauces numuru.
status-withdraw-confirm = Es saprotu, ka ziņojuma atsaukšanu nevar atcelt
status-withdraw-button = Atsaukt manu ziņojumu
status-withdraw-error-confirm = Atzīmējiet izvēles rūtiņu, lai apstiprinātu, ka vēlaties atsaukt ziņojumu.
status-withdrawn-title = Ziņojums atsaukts
status-withdrawn-done = Jūsu ziņojums ir atsaukts.
status-withdrawn-notice = Jūs atsaucāt šo ziņojumu { $date }. Tā personas dati ir dzēsti no šī portāla.
status-withdrawn-told = { $count ->
    [0] Neviena iestāde to nebija saņēmusi, tāpēc nevienam nekas nav jāpaziņo.
    [1] Vienīgajai iestādei, kas to bija saņēmusi, par to tiek paziņots pa tās saziņas kanālu.
    [zero] Tiek informētas { $count } iestādes, kas to bija saņēmušas, katra pa savu saziņas kanālu.
    [one] Tiek informēta { $count } iestāde, kas to bija saņēmusi, katra pa savu saziņas kanālu.
   *[other] Tiek informētas { $count } iestādes, kas to bija saņēmušas, katra pa savu saziņas kanālu.
}
status-withdrawal-notice = Paziņojums par atsaukšanu:
status-purged-notice = Šī ziņojuma personas dati (Jūsu apraksts, kontaktinformācija, pierādījumu saraksts un sarakste par to) tika dzēsti { $date }, kā norādīts privātuma paziņojumā. Tas, kas palicis, ir redzams zemāk.
report-privacy-before = Jūsu ziņojums tiek nosūtīts tikai tām iestādēm, kuras atzīmējat. Ko mēs glabājam, cik ilgi un kādas ir Jūsu tiesības:
report-privacy-link = privātuma paziņojums
