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
