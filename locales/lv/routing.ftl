## Routing: why each step is recommended (ids referenced from content/routing.toml)

route-why-police-people = Ja kāds Jums draud, Jūs vajā vai izmanto vai ja ir iesaistīts bērns, vispirms vērsieties policijā. Nemaksājiet un nevediet sarunas: saglabājiet ziņas kā pierādījumus.
route-why-helpline = Jums ar to nav jātiek galā vienatnē: šie palīdzības tālruņi Jūs uzklausīs, dos padomu un var palīdzēt panākt, ka attēli vai saturs tiek izņemti.
route-why-nis2-early-warning = Kā būtiskai vai svarīgai vienībai Jums 24 stundu laikā no brīža, kad uzzinājāt par būtisku incidentu, jānosūta agrīnais brīdinājums savai CSIRT vai kompetentajai iestādei.
route-why-nis2-notification = 72 stundu laikā iesniedziet paziņojumu par incidentu: sākotnējo novērtējumu, smagumu, ietekmi un kompromitējuma indikatorus.
route-why-nis2-final = Ne vēlāk kā mēnesi pēc paziņojuma par incidentu iesniedziet galīgo ziņojumu: detalizētu aprakstu, pamatcēloni, veiktos pasākumus un pārrobežu ietekmi.
route-why-gdpr-controller = Ir skarti citu cilvēku personas dati, tāpēc Jūsu organizācija ir pārzinis: 72 stundu laikā paziņojiet par pārkāpumu datu aizsardzības iestādei, izņemot gadījumus, kad ir maz ticams, ka tas radīs risku kādam cilvēkam. Ja risks skartajiem cilvēkiem ir augsts, informējiet arī viņus.
route-why-police-money = Ziņojiet par krāpšanu policijai. Jūsu banka vai apdrošinātājs var prasīt iesnieguma numuru.
route-why-platform = Izmantojiet attiecīgā pakalpojuma oficiālās konta atjaunošanas un ziņošanas lapas (nekad ne saites, kas Jums atsūtītas). Ziņojiet par kontu vai saturu, lai platforma to varētu bloķēt.
route-why-phishing-report = Pārsūtiet aizdomīgo ziņu uz valsts ziņošanas adresi: tas palīdz bloķēt viltoto vietni visiem.
route-why-ecc = Pārdevējs atrodas citā valstī: Jūsu valsts Eiropas Patērētāju centrs bez maksas palīdz pārrobežu strīdos.
route-why-consumer = Ziņojiet par tirgotāju patērētāju tiesību aizsardzības iestādei: tā var vērsties pret viltotiem veikaliem un brīdināt citus.
route-why-csirt-business = Valsts CSIRT var palīdzēt Jūsu organizācijai ierobežot uzbrukumu un atjaunot darbību, un no Jūsu ziņojuma tā mācās brīdināt citus.
route-why-dpa-citizen = Jūsu dati ir noplūduši no kāda uzņēmuma. Jums nevienam nekas nav jāpaziņo noteiktā termiņā: tas ir uzņēmuma pienākums. Ja uzskatāt, ka Jūsu dati nebija aizsargāti vai uzņēmums Jūs neinformēja, varat iesniegt sūdzību datu aizsardzības iestādei.
route-why-police-crime = Tas ir noziegums visās ES valstīs. Iesniegums policijā rada oficiālu ierakstu un var palīdzēt izmeklēšanā.
route-why-unsure = Neesat pārliecināti, kas notika? Policija var pieņemt Jūsu iesniegumu un norādīt pareizo dienestu. Saglabājiet visu kā pierādījumus.

## Money that can still be stopped

route-why-card-block = Bloķējiet karti tūlīt: zvaniet uz numuru, kas norādīts kartes aizmugurē vai bankas lietotnē, vai uz valsts karšu bloķēšanas tālruni. Bloķēšana aptur turpmākus maksājumus ar karti, bet jau veiktu pārskaitījumu tā neatgriezīs.
route-why-payment-recall-urgent = Nauda aizgāja pirms mazāk nekā diennakts: tūlīt zvaniet uz savas bankas krāpšanas novēršanas tālruni (numurs ir bankas lietotnē vai uz kartes, nekad neizmantojiet numuru no ziņas) un lūdziet apturēt vai atsaukt maksājumu. Katra stunda ir svarīga.
route-why-payment-recall = Zvaniet uz savas bankas krāpšanas novēršanas tālruni (numurs ir bankas lietotnē vai uz kartes, nekad neizmantojiet numuru no ziņas): lūdziet apturēt vai atsaukt maksājumu un aizsargāt Jūsu kontu. Ja maksājumu neesat autorizējuši, rakstiski pieprasiet naudas atmaksu.
route-why-bank-access = Kāds, iespējams, var piekļūt Jūsu bankas kontam caur Jūsu tālruņa numuru vai datoru: tūlīt zvaniet uz savas bankas krāpšanas novēršanas tālruni, lai banka varētu uzraudzīt vai bloķēt piekļuvi, pat ja nauda vēl nav aizgājusi.

## Reports

route-why-police-stolen = Ja ierīce ir nozagta, ziņojiet par zādzību policijai: iesnieguma numurs būs vajadzīgs apdrošinātājam un operatoram. Ierīces pazaudēšana nav noziegums, tāpēc, ja to vienkārši pazaudējāt, policijai nav par ko ziņot.
route-why-financial-regulator = Finanšu uzraudzības iestāde uztur sarakstu ar uzņēmumiem, kuriem nav atļauts piedāvāt ieguldījumus, un brīdina par tiem sabiedrību. Ziņojiet par uzņēmumu un pārbaudiet iestādes brīdinājumus, pirms maksājat vēl kaut ko: krāpnieki bieži atgriežas, uzdodoties par naudas „atgūšanas” pakalpojumiem.
route-why-illegal-content-minor = Attēli vai ziņas, kuros bērns tiek seksuāli izmantots, ir nelikumīgi visur: ziņojiet par tiem šim dienestam, lai tos izņemtu un izmeklētu. Nepārsūtiet tos tālāk un nesaglabājiet to kopijas.
route-why-ncii = Ja Jūsu intīmi attēli ir izplatīti vai kāds draud tos izplatīt, šis dienests var palīdzēt tos bloķēt vai izņemt, Jums nevienam nesūtot šos attēlus.
route-why-assistance = Šis dienests bez maksas palīdz tādiem cietušajiem kā Jūs: izskaidro, kas jādara, saved ar pārbaudītiem palīdzības sniedzējiem tuvumā un norāda, kur ziņot.
route-why-victim-support = Ir grūti, ja Jūs apkrāpj vai Jums draud. Šis bezmaksas un konfidenciālais dienests atbalsta noziegumos cietušos neatkarīgi no tā, vai ziņojat policijai vai ne.
route-why-outside-police = Mums nav šīs valsts dienestu kontaktu. Ziņojiet vietējai policijai un lūdziet rakstisku iesnieguma numuru: to var prasīt Jūsu banka un apdrošinātājs.
route-why-outside-national = Šajā valstī ir valsts dienests, kuram var ziņot par noziegumiem internetā.

## Why a step is optional

route-optional-complaint = Nav obligāti: ja neko nezaudējāt, vai ziņot policijai, izlemjat paši; tas palīdz policijai pamanīt krāpšanu, kas vērsta pret daudziem cilvēkiem.
route-optional-stolen = Tikai tad, ja ierīce ir nozagta.
route-optional-consumer = Nav obligāti: naudu tas neatgriezīs, bet palīdzēs apturēt veikalu un brīdināt citus.
route-optional-ncii = Nav obligāti: izmantojiet to, ja vēlaties, lai attēli tiktu izņemti vai bloķēti.
route-optional-csirt = Jūsu organizācijai nav obligāti: juridiska pienākuma nav, ja vien neesat NIS2 vienība, taču CSIRT var palīdzēt un brīdināt citus.
route-optional-gdpr-complaint = Nav obligāti: varat iesniegt sūdzību, Jums nav noteikta termiņa.
route-optional-victim-support = Nav obligāti: sazinieties jebkurā brīdī, kad vēlaties ar kādu parunāt.

## Legal duties (content/laws/)

route-why-nis2-trust = Kā uzticamības pakalpojumu sniedzējam Jums paziņojums par incidentu jāiesniedz 24 stundu laikā (nevis 72) no brīža, kad uzzinājāt par būtisku incidentu, kas ietekmē Jūsu uzticamības pakalpojumus.
route-why-gdpr-processor = Jūs apstrādājat šos datus citas organizācijas vārdā (esat tās apstrādātājs): bez nepamatotas kavēšanās informējiet pārzini. Vai paziņot datu aizsardzības iestādei, izlemj pārzinis, nevis Jūs.
route-why-gdpr-record = Disks bija droši šifrēts un atslēga ir drošībā, tāpēc ir maz ticams, ka pārkāpums radīs risku kādam cilvēkam, un par to nav jāpaziņo. Ierakstiet to savā pārkāpumu reģistrā: faktus, sekas un veiktās darbības. Ja pazuda arī atslēga vai šifrējums bija vājš, paziņojiet 72 stundu laikā.
route-why-dora-initial = Kā finanšu vienībai, uz kuru attiecas DORA, Jums sākotnējais paziņojums par nozīmīgu ar IKT saistītu incidentu jāiesniedz uzraudzības iestādei 4 stundu laikā pēc tā klasificēšanas par nozīmīgu un ne vēlāk kā 24 stundas pēc tam, kad par to uzzinājāt.
route-why-dora-intermediate = Starpposma ziņojumu iesniedziet 72 stundu laikā pēc sākotnējā paziņojuma.
route-why-dora-final = Galīgo ziņojumu iesniedziet mēneša laikā pēc pēdējā starpposma ziņojuma.
route-why-ch-isa = Kritiskās infrastruktūras operatoriem par kiberuzbrukumu jāziņo Nacionālajam kiberdrošības centram 24 stundu laikā pēc tā atklāšanas.
route-why-ch-isa-completion = Ja Jūsu pirmais ziņojums bija nepilnīgs, papildiniet to 14 dienu laikā.
route-why-ch-fadp-breach = Ja pārkāpums, visticamāk, radīs augstu risku attiecīgajiem cilvēkiem, pēc iespējas ātrāk ziņojiet par to Federālajam datu aizsardzības un informācijas komisāram.
route-why-gb-ukgdpr = Ir skarti citu cilvēku personas dati: 72 stundu laikā no brīža, kad uzzinājāt par pārkāpumu, ziņojiet par to Apvienotās Karalistes datu aizsardzības iestādei (Information Commissioner's Office), izņemot gadījumus, kad ir maz ticams, ka tas radīs risku kādam cilvēkam.
route-why-gb-nis = Kā pamatpakalpojumu sniedzējam Jums par incidentu, kam ir būtiska ietekme uz Jūsu pakalpojumu, jāpaziņo kompetentajai iestādei 72 stundu laikā no brīža, kad par to uzzinājāt.
route-why-is-nis = Kā pamatpakalpojumu sniedzējam Jums par būtisku incidentu bez nepamatotas kavēšanās jāpaziņo CERT-IS.
route-why-no-dsa = Kā pamatpakalpojumu sniedzējam Jums par būtisku incidentu 24 stundu laikā jāpaziņo Nacionālajai drošības iestādei (NSM).
route-why-csirt-citizen = Nacionālais CSIRT pieņem ziņojumus arī no privātpersonām: tas var panākt viltus vietņu slēgšanu, brīdināt citus un ieteikt, kā iztīrīt ierīci.
route-optional-csirt-citizen = Nav obligāti: tas palīdz pasargāt citus, bet neaizstāj iesniegumu policijai.

## Legal bases: Union acts are cited by type and number (EUR-Lex form); national citations keep the national act's own wording

law-regulation = Regula (ES) { $number }
law-directive = Direktīva (ES) { $number }
law-delegated-regulation = Komisijas Deleģētā regula (ES) { $number }
law-article = { $article }. pants
law-transposing = { $national }, ar kuru pārņemta { $eu }
law-not-transposed = { $eu }. Nav apstiprināts, ka šajā valstī ({ $country }) ir spēkā valsts tiesību akts, ar kuru pārņemta šī direktīva: valsts noteikumi var atšķirties.
