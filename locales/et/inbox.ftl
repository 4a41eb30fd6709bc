## The contact-point inbox (/inbox): for people at a body (CSIRT, police, data protection authority…) that reads
## its reports in the portal. Plain forms, no JavaScript.
inbox-title = Postkast
inbox-lead = Teie organisatsioonile saadetud teated, uusimad eespool. Kui avate teate, saab teataja kinnituse, et olete selle kätte saanud.
inbox-nav-label = Teie konto
inbox-signed-in-as = Sisse logitud kasutajana
inbox-signout = Logi välja
inbox-back = Tagasi postkasti
inbox-error-title = See ei õnnestunud
inbox-error-csrf = Selle vormi kehtivus on lõppenud või see ei pärine sellelt saidilt. Minge tagasi, laadige leht uuesti ja proovige uuesti.
inbox-error-filter = Filtril „{ $field }“ on väärtus, mida selles postkastis ei ole. Valige see vormist uuesti.
inbox-signin-title = Postkasti sisselogimine
inbox-signin-lead = Nende asutuste töötajatele, kes saavad selle portaali kaudu teateid. Kontod loob portaali haldaja.
inbox-field-email = E-posti aadress
inbox-field-password = Parool
inbox-field-code = Autentimisrakenduse 6-kohaline kood
inbox-signin-button = Logi sisse
inbox-session-ended = Teie seanss on lõppenud. Logige uuesti sisse.
inbox-signed-out = Olete välja logitud.
inbox-link-title = Või laske endale e-postiga saata ühekordne sisselogimislink
inbox-link-button = Saada mulle sisselogimislink e-postiga
inbox-link-no-smtp = E-postiga saadetavad sisselogimislingid ei ole selles paigalduses saadaval: see ei saa e-kirju saata.
inbox-link-sent = Kui sellel aadressil on konto, on sisselogimislink teel. See töötab ühe korra ja kehtib 15 minutit.
inbox-link-lead = Selle ühekordse lingiga logite postkasti sisse. See töötab ühe korra.
inbox-link-invalid = See sisselogimislink ei tööta enam: seda on juba kasutatud, see on aegunud või see on valesti kopeeritud. Küsige uus link.
inbox-link-email-subject = Teie sisselogimislink cyberhelpi postkasti
inbox-link-email-body =
    Keegi (loodetavasti teie) küsis sisselogimislinki cyberhelpi postkasti.

    { $url }

    Link töötab ühe korra ja kehtib { $minutes } minutit. Kui teie seda ei küsinud, jätke see e-kiri tähelepanuta: ilma lingita ei juhtu midagi.
inbox-invite-email-subject = Teid on kutsutud cyberhelpi postkasti
inbox-invite-email-body =
    Portaali cyberhelp haldaja lõi teile postkasti konto, et saaksite lugeda teie organisatsioonile saadetud teateid ja neile vastata.

    Esimest korda sisselogimiseks avage see link. See töötab ühe korra ja kehtib { $hours } tundi:

    { $url }

    Seejärel määrake edaspidiseks sisselogimiseks parool ja autentimisrakendus.
inbox-setup-title = Parool ja autentimisrakendus
inbox-setup-link = Parool ja autentimisrakendus
inbox-setup-lead = Määrake parool ja autentimisrakendus, et saaksite sisse logida ilma e-postiga saadetud lingita. Iga kord on vaja mõlemat.
inbox-setup-authenticator = Teie autentimisrakendus
inbox-setup-authenticator-lead = Lisage autentimisrakendusse uus konto (TOTP: 6 numbrit, iga 30 sekundi järel) ja sisestage see võti:
inbox-setup-authenticator-hint = Hoidke see võti saladuses. Seda näidatakse ainult sellel lehel; kui tulete hiljem tagasi, luuakse uus võti.
inbox-field-new-password = Uus parool (12–128 tähemärki)
inbox-field-repeat-password = Sama parool uuesti
inbox-setup-button = Salvesta
inbox-setup-error-length = Paroolis peab olema 12–128 tähemärki.
inbox-setup-error-mismatch = Paroolid ei ole samad.
inbox-setup-error-code = Kood ei vasta võtmele. Kontrollige telefoni kellaaega ja sisestage kehtiv kood.
inbox-setup-done = Teie parool ja autentimisrakendus on määratud.
inbox-setup-suggest = Logisite sisse ühekordse lingiga. Et edaspidi ilma lingita sisse logida, määrake parool ja autentimisrakendus:
inbox-filter-state = Menetluse olek
inbox-filter-incident = Intsidendi liik
inbox-filter-from = Saadud alates
inbox-filter-to = Saadud kuni
inbox-filter-button = Filtreeri
inbox-filter-all = Kõik
inbox-state-new = Uus: midagi pole veel registreeritud
inbox-state-received = Saaja on kätte saanud
inbox-state-in-progress = Saaja tegeleb sellega
inbox-state-closed = Saaja on asja lõpetanud
inbox-export = Ekspordi need teated:
inbox-empty = Teie organisatsioonile ei ole veel ühtegi teadet saadetud.
inbox-empty-filtered = Nendele filtritele ei vasta ükski teade.
inbox-new = avamata
inbox-withdrawn = Teataja on tagasi võtnud
inbox-caption = Saaja { $contact } teated, leht { $page }
inbox-col-reference = Viitenumber
inbox-col-received = Saadud
inbox-col-incident = Intsidendi liik
inbox-col-victim = Teataja
inbox-col-state = Menetluse olek
inbox-col-deadline = Seadusest tulenev tähtaeg
inbox-previous = Eelmine leht
inbox-next = Järgmine leht
inbox-report-title = Teade { $reference }
inbox-deadline = seadusest tulenev tähtaeg { $date }
inbox-purged = Selle teate isikuandmed kustutati { $date } (portaali säilitustähtaja möödumise või teataja tagasivõtmise tõttu).
inbox-withdrawn-note = Teataja on selle teate tagasi võtnud: selle kohta ei saa enam midagi registreerida ega teatajale midagi saata. Kohaldage teie valduses olevatele andmetele oma reegleid, mis käsitlevad tagasi võetud teateid.
inbox-timeline = Mida olete registreerinud
inbox-no-updates = Midagi pole veel registreeritud.
inbox-questions = Küsimused teatajale
inbox-answer = Vastus:
inbox-no-answer = Veel vastamata.
inbox-done-status = Teie uuendus on salvestatud; teataja näeb seda oma olekulehel.
inbox-done-question = Teie küsimus on saadetud; teataja näeb seda oma olekulehel.
privacy-channel-inbox = jäävad sellesse portaali, kus asutus loeb neid oma postkastis
