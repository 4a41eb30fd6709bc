## Shell: skip link, header, navigation, footer

shell-skip-link = Preskoči na glavni sadržaj
shell-site-name = cyberhelp
shell-tagline = Pomoć nakon kibernetičkog napada
shell-nav-label = Glavni izbornik
shell-nav-home = Početna
shell-nav-advice = Savjeti
shell-nav-bulletins = Aktualne prijetnje
shell-nav-report = Prijavite incident
shell-nav-search = Pretraživanje
shell-language-label = Jezik
shell-language-submit = Promijeni
shell-footer-emergency = Jeste li sada u opasnosti? Nazovite 112, broj za hitne slučajeve u svim zemljama EU-a.
shell-footer-never-ask = Nikada ne tražimo vaše lozinke, plaćanje ni daljinski pristup vašem uređaju. Tko to traži, nismo mi.
shell-footer-privacy = Bez praćenja i bez zahtjeva prema trećim stranama: ova stranica ne učitava ništa s drugih mjesta.
shell-footer-source = Slobodni softver koji možete pokrenuti na vlastitom poslužitelju.
shell-footer-licence = Naši su tekstovi objavljeni pod licencijom CC BY 4.0: slobodno ih koristite uz navođenje cyberhelpa.
shell-footer-feeds = Upozorenja o prijetnjama kao Atom feed

## Home page

home-title = Pomoć nakon kibernetičkog napada
home-lead = Netko vam je provalio u korisnički račun, platili ste u lažnoj internetskoj trgovini, ransomware je napao vašu tvrtku? Saznajte što sada učiniti, koga obavijestiti i do kada.
home-emergency = Ako ste sada u opasnosti, nazovite 112.
home-tasks-heading = Što vam treba?
home-task-advice = Potražite savjet
home-task-advice-desc = Pomoć korak po korak za ono što vam se dogodilo.
home-task-bulletins = Pogledajte aktualne prijetnje
home-task-bulletins-desc = Prijevare i napadi koji se događaju upravo sada i što možete učiniti.
home-task-report = Prijavite incident
home-task-report-desc = Obavijestite nadležna tijela samo jednom i saznajte tko se time bavi i do kada.
home-incidents-heading = Što se dogodilo?
home-bulletins-heading = Aktivne prijetnje
home-bulletins-people = Aktualne prijevare
home-bulletins-organisations = Za informatičare u organizacijama: ranjivosti koje se aktivno iskorištavaju
home-bulletins-empty = Trenutačno nema aktivnih upozorenja o prijetnjama.
home-bulletins-all = Sva upozorenja o prijetnjama

## Errors

error-title-prefix = Pogreška: { $title }

error-not-found-title = Stranica nije pronađena
error-not-found-body = Nismo pronašli ovu stranicu. Adresa je možda pogrešno upisana ili je stranica premještena.
error-not-found-home = Idi na početnu stranicu
error-internal-title = Nešto je pošlo po zlu
error-internal-body = Pogreška je naša, ne vaša. Pokušajte ponovno za koji trenutak.
error-bad-request-title = Nismo razumjeli ovaj zahtjev
error-too-large-title = Ono što ste poslali je preveliko
error-too-large-back = Upotrijebite gumb Natrag u pregledniku: obrazac zadržava ono što ste upisali. Zatim skratite opis i ponovno ga pošaljite.
error-rate-limited = Previše zahtjeva s vaše veze u kratkom vremenu. Pričekajte minutu i pokušajte ponovno.

## Open statistics

stats-title = Otvorena statistika
stats-lead = Koliko je prijava zaprimio ovaj portal, o čemu i koliko su brzo primatelji potvrdili njihov primitak. Samo brojke: iz njih se ne može prepoznati nijedna prijava.
stats-empty = Još nije zaprimljena nijedna prijava pa nema što brojiti.
stats-unavailable = Statistika se trenutačno ne može prikazati. Pokušajte ponovno za nekoliko minuta.
stats-withheld = povjerljivo
stats-chart-title = Zaprimljene prijave po mjesecima
stats-chart-caption = Zaprimljene prijave po mjesecima (UTC). Isti su brojevi navedeni u tablici u nastavku.
stats-per-month = Prijave po mjesecima
stats-category = Kategorija
stats-breakdowns = Prijave po mjesecima, po vrstama
stats-by-incident = Prema vrsti incidenta
stats-by-country = Prema zemlji
stats-by-victim = Prema tome tko je podnio prijavu
stats-deliveries = Dostava primateljima
stats-no-deliveries = Još nijedna prijava nije dostavljena primatelju.
stats-deliveries-caption = Prijave poslane pojedinoj vrsti primatelja, za sve mjesece ukupno
stats-recipient-kind = Vrsta primatelja
stats-delivered = Dostavljeno
stats-acknowledged = Primatelj je potvrdio primitak
stats-failed = Dostava nije uspjela
stats-median-ack = Medijan vremena do potvrde
stats-hours = { $hours } h
stats-method = Brojevi manji od { $threshold } (osim nule) povjerljivi su i ne objavljuju se, a ako bi se takav broj mogao izračunati iz ukupnog broja za mjesec, ne objavljuju se ni drugi brojevi uz njega. Brojevi se temelje samo na mjesecu, vrsti incidenta, zemlji, tome tko je podnio prijavu i vrsti primatelja; ti se podaci zadržavaju i nakon što se iz prijave izbrišu osobni podaci.
stats-api = Isti brojevi u formatu JSON

## Privacy notice (/privacy), generated from the running configuration
privacy-title = Obavijest o zaštiti osobnih podataka
privacy-lead = Što ovaj portal čuva o vama, zašto, koliko dugo, tko to prima i koja su vaša prava. Ova se stranica sastavlja iz postavki s kojima portal trenutačno radi: rokovi i kanali navedeni u nastavku upravo su oni koji su na snazi.
privacy-controller-title = Tko je odgovoran
privacy-controller = Ovim portalom upravlja { $operator }, voditelj obrade odgovoran za osobne podatke koje portal čuva.
privacy-controller-missing = Ovaj portal još ne navodi tko njime upravlja. Dok to ne navede, nemojte prijavu slati putem njega, nego se izravno obratite tijelima navedenima na pojedinim stranicama.
privacy-controller-contact = Pitanja o vašim podacima:
privacy-dpo = Službenik za zaštitu podataka:
privacy-dpo-none = Za ovaj portal nije imenovan službenik za zaštitu podataka.
privacy-stored-title = Što čuvamo
privacy-stored-report = Kad pošaljete prijavu: vaše odgovore u obrascu (zemlja, tko ste, što se dogodilo, datumi, jeste li izgubili novac), vaš opis, vaše podatke za kontakt ako ih navedete (možete prijaviti i anonimno) i popis dokaza koje čuvate. Vaše datoteke nikada ne napuštaju vaš uređaj: čuvamo samo nazive, bilješke i digitalne otiske koje dodate.
privacy-stored-followups = Poslije: obavijesti i pitanja koja vam šalju tijela te vaše odgovore.
privacy-stored-drafts = Prijava koju pregledate, ali ne pošaljete, čuva se zapečaćena 2 sata, čitljiva samo putem poveznice u vašem pregledniku, a zatim se briše.
privacy-stored-feedback = Ako u vođenoj pomoći odaberete „Ništa od ovoga ne odgovara”, ono što upišete čuva se 90 dana radi poboljšanja pitanja, bez ičega što bi vas moglo identificirati.
privacy-stored-tools = Alati za provjeru (provjera poruke, provjera kontakta) ne čuvaju ništa što u njih zalijepite.
privacy-stored-logs = Zapisnik poslužitelja bilježi koje se stranice traže i eventualne pogreške, ali ne i vašu IP adresu. Radi sprečavanja zlouporabe portal nekoliko minuta u memoriji broji zahtjeve po IP adresi i te adrese nikada ne zapisuje. Nema praćenja, nema kolačića za oglašavanje ili analitiku, ništa se ne učitava s drugih stranica.
privacy-basis-title = Zašto i na kojoj pravnoj osnovi
privacy-basis-consent = Vašu prijavu šaljemo samo tijelima koja označite jer to od nas tražite: na temelju vaše privole (članak 6. stavak 1. točka (a) GDPR-a). Ako se u prijavi spominje vaše zdravlje ili druge posebne kategorije osobnih podataka, njezino slanje obuhvaćeno je vašom izričitom privolom (članak 9. stavak 2. točka (a)).
privacy-basis-withdraw = Privolu možete povući u bilo kojem trenutku (članak 7. stavak 3.) tako da povučete prijavu na njezinoj stranici sa statusom. To ne utječe na ono što je poslano prije toga.
privacy-recipients-title = Tko je prima
privacy-recipients = Samo tijela koja označite u obrascu, primjerice vaš nacionalni CSIRT, policija ili tijelo za zaštitu osobnih podataka. Svako od njih postaje odgovorno za primjerak koji primi, prema vlastitim pravilima i vlastitoj obavijesti o zaštiti osobnih podataka.
privacy-channels = Na ovom portalu prijave se šalju:
privacy-channels-none = Na ovom portalu još nije postavljen nijedan kanal dostave: prijave se spremaju i čekaju, što piše i na njihovoj stranici sa statusom.
privacy-channel-email = e-poštom
privacy-channel-webhook = šifriranom i potpisanom vezom izravno u sustav tijela
privacy-channel-ticketing = u sustav tijela za upravljanje predmetima (RT, MISP ili TheHive)
privacy-channel-file = u mapu koju upravitelj portala predaje tijelu
privacy-notices = Ako to zatražite, e-poštom vas obavještavamo kad tijelo ažurira vašu prijavu ili vam postavi pitanje. E-poruka sadrži samo referentni broj i poveznice, ništa iz prijave.
privacy-retention-title = Koliko dugo
privacy-retention = Vaš opis, podaci za kontakt, popis dokaza i poruke o vašoj prijavi brišu se { $days ->
        [one] { $days } dan
       *[other] { $days } dana
    } nakon što sva tijela završe s njom (potvrde primitak, zatvore predmet ili se do njih ne može doći), a u svakom slučaju { $max ->
        [one] { $max } dan
       *[other] { $max } dana
    } nakon što ste je poslali.
privacy-retention-withdraw = Možete ih odmah izbrisati tako da povučete prijavu:
privacy-retention-remains = Ono što poslije ostaje ne može vas identificirati: zemlja, vrsta incidenta, tko je prijavio (osoba, tvrtka…), datumi i je li svaka dostava uspjela. Iz tih se podataka izračunava otvorena statistika:
privacy-rights-title = Vaša prava
privacy-rights = Imate pravo na pristup svojim podacima (članak 15. GDPR-a), na njihov ispravak (članak 16.) ili brisanje (članak 17.), na ograničenje njihove obrade (članak 18.), na njihovo primanje u strojno čitljivom obliku (članak 20.) i pravo na prigovor (članak 21.).
privacy-rights-how = S referentnim brojem i privatnim kodom statusa na stranici sa statusom možete sami vidjeti svoju prijavu, preuzeti je u formatu JSON i povući je. Za sve ostalo pišite na gore navedeni kontakt.
privacy-complaint = Možete podnijeti i pritužbu nadzornom tijelu za zaštitu podataka (članak 77. GDPR-a), osobito u zemlji u kojoj živite ili radite.
privacy-complaint-link = Europski odbor za zaštitu podataka navodi ih sve.
privacy-generated = Ova se obavijest pri svakom prikazu sastavlja iz postavki portala. Izvor:
privacy-source-gdpr = Uredba (EU) 2016/679 (Opća uredba o zaštiti podataka, GDPR)

## Accessibility statement (/accessibility), on the model of Implementing Decision (EU) 2018/1523
a11y-title = Izjava o pristupačnosti
a11y-intro = { $operator } želi da ovaj portal može koristiti svatko, kako se zahtijeva Direktivom (EU) 2016/2102 o pristupačnosti internetskih stranica i mobilnih aplikacija tijela javnog sektora. Ova se izjava o pristupačnosti primjenjuje na ovu internetsku stranicu.
a11y-intro-unnamed = Upravitelj ovog portala želi da ga može koristiti svatko, kako se zahtijeva Direktivom (EU) 2016/2102 o pristupačnosti internetskih stranica i mobilnih aplikacija tijela javnog sektora. Ova se izjava o pristupačnosti primjenjuje na ovu internetsku stranicu.
a11y-status-title = Status usklađenosti
a11y-status = Ova je internetska stranica djelomično usklađena s normom EN 301 549 V3.2.1, europskom normom koja obuhvaća WCAG 2.1 na razini AA, zbog nedostataka navedenih u nastavku.
a11y-gaps-title = Nepristupačan sadržaj
a11y-gaps-lead = Sljedeće još nije potpuno pristupačno:
a11y-gap-unaudited = Još nisu provedeni ni ručna revizija ni testiranje s osobama koje se koriste čitačima zaslona ili drugim pomoćnim tehnologijama. Mogu postojati problemi koje automatske provjere ne mogu otkriti.
a11y-gap-chart = Grafikon na stranici sa statistikom na uskim zaslonima ima sitne oznake. Isti su brojevi u tablicama uz njega.
a11y-out-of-scope = Poveznice vode na internetske stranice tijela vlasti i drugih tijela; za njihovu su pristupačnost odgovorna ta tijela.
a11y-prep-title = Priprema ove izjave o pristupačnosti
a11y-prep = Ova je izjava pripremljena i posljednji put preispitana { $date }.
a11y-method = Metoda: samoprocjena. Automatski testovi (axe-core) provjeravaju glavne stranice prema razinama A i AA smjernica WCAG 2.1, u svijetlim i tamnim bojama, s JavaScriptom i bez njega; za svaku se stranicu provjerava stane li na sva 24 jezika na zaslon širok 320 piksela; svaka stranica radi i bez JavaScripta.
a11y-feedback-title = Povratne informacije i podaci za kontakt
a11y-feedback = Ako vam je nešto na ovoj internetskoj stranici teško koristiti ili vam je njezin sadržaj potreban u drugom obliku, javite nam:
a11y-feedback-none = Ovaj portal još nije naveo kontakt za pitanja pristupačnosti.
a11y-enforcement-title = Postupak praćenja provedbe propisa
a11y-enforcement = Ako niste zadovoljni našim odgovorom na vaše povratne informacije ili zahtjev, možete se obratiti nacionalnom tijelu koje prati provedbu Direktive o pristupačnosti internetskih stranica:
a11y-enforcement-none = Ovaj portal još nije naveo svoje nacionalno tijelo za praćenje provedbe. Pitajte upravitelja portala o kojem je tijelu riječ.
a11y-sources = Izvori:
a11y-source-wad = Direktiva (EU) 2016/2102, članak 7.
a11y-source-model = Provedbena odluka Komisije (EU) 2018/1523 (predložak izjave o pristupačnosti)
