## The contact-point inbox (/inbox): for people at a body (CSIRT, police, data protection authority…) that reads
## its reports in the portal. Plain forms, no JavaScript.
inbox-title = Iesūtne
inbox-lead = Jūsu organizācijai nosūtītie ziņojumi, jaunākie augšā. Kad atverat ziņojumu, ziņotājs saņem apstiprinājumu, ka esat to saņēmuši.
inbox-nav-label = Jūsu konts
inbox-signed-in-as = Jūs esat pieteikušies kā
inbox-signout = Iziet
inbox-back = Atpakaļ uz iesūtni
inbox-error-title = Tas neizdevās
inbox-error-csrf = Šīs veidlapas derīguma termiņš ir beidzies vai tā nav nākusi no šīs vietnes. Atgriezieties, pārlādējiet lapu un mēģiniet vēlreiz.
inbox-error-filter = Filtram „{ $field }” ir vērtība, kāda šajā iesūtnē nav pieejama. Izvēlieties to vēlreiz veidlapā.
inbox-signin-title = Pieteikšanās iesūtnē
inbox-signin-lead = To iestāžu darbiniekiem, kuras saņem ziņojumus ar šī portāla starpniecību. Kontus izveido portāla uzturētājs.
inbox-field-email = E-pasta adrese
inbox-field-password = Parole
inbox-field-code = 6 ciparu kods no Jūsu autentifikācijas lietotnes
inbox-signin-button = Pieteikties
inbox-session-ended = Jūsu sesija ir beigusies. Piesakieties vēlreiz.
inbox-signed-out = Jūs esat izgājuši no sistēmas.
inbox-link-title = Varat arī saņemt vienreizēju pieteikšanās saiti e-pastā
inbox-link-button = Nosūtīt man pieteikšanās saiti e-pastā
inbox-link-no-smtp = Pieteikšanās saites e-pastā šajā instalācijā nav pieejamas: tā nevar nosūtīt e-pastu.
inbox-link-sent = Ja šai adresei ir konts, pieteikšanās saite ir ceļā. Tā darbojas vienu reizi un ir derīga 15 minūtes.
inbox-link-lead = Ar šo vienreizējo saiti Jūs piesakāties iesūtnē. Tā darbojas vienu reizi.
inbox-link-invalid = Šī pieteikšanās saite vairs nedarbojas: tā jau ir izmantota, tās derīguma termiņš ir beidzies vai tā ir nepareizi nokopēta. Pieprasiet jaunu.
inbox-link-email-subject = Jūsu pieteikšanās saite cyberhelp iesūtnei
inbox-link-email-body =
    Kāds (cerams, Jūs) pieprasīja pieteikšanās saiti cyberhelp iesūtnei.

    { $url }

    Saite darbojas vienu reizi un ir derīga { $minutes } minūtes. Ja Jūs to nepieprasījāt, neņemiet šo e-pastu vērā: bez saites nekas nenotiks.
inbox-invite-email-subject = Jūs esat uzaicināti izmantot cyberhelp iesūtni
inbox-invite-email-body =
    cyberhelp portāla uzturētājs ir izveidojis Jums iesūtnes kontu, lai Jūs varētu lasīt Jūsu organizācijai nosūtītos ziņojumus un atbildēt uz tiem.

    Atveriet šo saiti, lai pieteiktos pirmo reizi; tā darbojas vienu reizi un ir derīga { $hours } stundas:

    { $url }

    Pēc tam iestatiet paroli un autentifikācijas lietotni turpmākajām pieteikšanās reizēm.
inbox-setup-title = Parole un autentifikācijas lietotne
inbox-setup-link = Parole un autentifikācijas lietotne
inbox-setup-lead = Iestatiet paroli un autentifikācijas lietotni, lai varētu pieteikties bez e-pastā nosūtītas saites. Katru reizi būs vajadzīgas abas.
inbox-setup-authenticator = Jūsu autentifikācijas lietotne
inbox-setup-authenticator-lead = Pievienojiet autentifikācijas lietotnē jaunu kontu (TOTP: 6 cipari ik pēc 30 sekundēm) un ievadiet šo atslēgu:
inbox-setup-authenticator-hint = Glabājiet šo atslēgu noslēpumā. Tā tiek rādīta tikai šajā lapā; ja atgriezīsieties vēlāk, tiks izveidota jauna.
inbox-field-new-password = Jaunā parole (12–128 rakstzīmes)
inbox-field-repeat-password = Tā pati parole vēlreiz
inbox-setup-button = Saglabāt
inbox-setup-error-length = Parolē jābūt 12–128 rakstzīmēm.
inbox-setup-error-mismatch = Abas paroles nesakrīt.
inbox-setup-error-code = Kods neatbilst atslēgai. Pārbaudiet laiku tālrunī un ievadiet pašreizējo kodu.
inbox-setup-done = Jūsu parole un autentifikācijas lietotne ir iestatītas.
inbox-setup-suggest = Jūs pieteicāties ar vienreizēju saiti. Lai turpmāk pieteiktos bez tās, iestatiet paroli un autentifikācijas lietotni:
inbox-filter-state = Izskatīšanas statuss
inbox-filter-incident = Incidenta veids
inbox-filter-from = Saņemts no
inbox-filter-to = Saņemts līdz
inbox-filter-button = Filtrēt
inbox-filter-all = Visi
inbox-state-new = Jauns: vēl nekas nav reģistrēts
inbox-state-received = Saņēmējs to ir saņēmis
inbox-state-in-progress = Saņēmējs to izskata
inbox-state-closed = Saņēmējs ir pabeidzis izskatīšanu
inbox-export = Eksportēt šos ziņojumus:
inbox-empty = Jūsu organizācijai vēl nav nosūtīts neviens ziņojums.
inbox-empty-filtered = Neviens ziņojums neatbilst šiem filtriem.
inbox-new = nav atvērts
inbox-withdrawn = Ziņotājs to ir atsaucis
inbox-caption = Ziņojumi saņēmējam { $contact }, { $page }. lapa
inbox-col-reference = Atsauces numurs
inbox-col-received = Saņemts
inbox-col-incident = Incidenta veids
inbox-col-victim = Ziņotājs
inbox-col-state = Izskatīšanas statuss
inbox-col-deadline = Likumā noteiktais termiņš
inbox-previous = Iepriekšējā lapa
inbox-next = Nākamā lapa
inbox-report-title = Ziņojums { $reference }
inbox-deadline = likumā noteiktais termiņš: { $date }
inbox-purged = Šī ziņojuma personas dati tika dzēsti { $date } (beidzās portāla glabāšanas termiņš vai ziņotājs atsauca ziņojumu).
inbox-withdrawn-note = Ziņotājs ir atsaucis šo ziņojumu: par to vairs neko nevar reģistrēt un ziņotājam neko nevar nosūtīt. Jūsu rīcībā esošajai informācijai piemērojiet savus noteikumus par atsauktiem ziņojumiem.
inbox-timeline = Jūsu reģistrētā informācija
inbox-no-updates = Vēl nekas nav reģistrēts.
inbox-questions = Jautājumi ziņotājam
inbox-answer = Atbilde:
inbox-no-answer = Vēl nav atbildēts.
inbox-done-status = Jūsu informācija ir reģistrēta; ziņotājs to redz savā statusa lapā.
inbox-done-question = Jūsu jautājums ir nosūtīts; ziņotājs to redz savā statusa lapā.
privacy-channel-inbox = paliek šajā portālā, kur iestāde tos lasa savā iesūtnē
