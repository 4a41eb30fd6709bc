## Shell: skip link, header, navigation, footer

shell-skip-link = Mine põhisisu juurde
shell-site-name = cyberhelp
shell-tagline = Abi pärast küberrünnakut
shell-nav-label = Peamenüü
shell-nav-home = Avaleht
shell-nav-advice = Nõuanded
shell-nav-bulletins = Praegused ohud
shell-nav-report = Teata intsidendist
shell-nav-search = Otsing
shell-language-label = Keel
shell-language-submit = Muuda
shell-footer-emergency = Kas oled praegu ohus? Helista 112, see on hädaabinumber kõigis ELi riikides.
shell-footer-never-ask = Me ei küsi sinult kunagi paroole, raha ega kaugjuurdepääsu sinu seadmele. Kes seda teeb, see ei ole meie.
shell-footer-privacy = Ei jälgijaid ega päringuid kolmandatele osapooltele: see veebisait ei laadi midagi mujalt.
shell-footer-source = Vaba tarkvara, mida saad ise majutada.
shell-footer-licence = Meie tekstid on avaldatud litsentsiga CC BY 4.0: võite neid vabalt kasutada, kui viitate cyberhelpile.
shell-footer-feeds = Ohuteated Atom-voona

## Home page

home-title = Abi pärast küberrünnakut
home-lead = Sinu konto häkiti, maksid võltspoes või sinu ettevõtet tabas lunavara? Vaata, mida kohe teha, keda teavitada ja mis ajaks.
home-emergency = Kui oled praegu ohus, helista 112.
home-tasks-heading = Mida sa vajad?
home-task-advice = Saa nõu
home-task-advice-desc = Samm-sammult abi selle kohta, mis sinuga juhtus.
home-task-bulletins = Vaata praeguseid ohte
home-task-bulletins-desc = Praegu levivad pettused ja rünnakud ning mida nende vastu teha.
home-task-report = Teata intsidendist
home-task-report-desc = Teavita õigeid asutusi korraga ja saa teada, kes asjaga tegeleb ja mis ajaks.
home-incidents-heading = Mis juhtus?
home-bulletins-heading = Aktiivsed ohud
home-bulletins-people = Praegu levivad pettused
home-bulletins-organisations = Organisatsioonide IT-töötajatele: turvanõrkused, mida rünnakutes juba ära kasutatakse
home-bulletins-empty = Praegu aktiivseid ohuteateid ei ole.
home-bulletins-all = Kõik ohuteated

## Errors

error-title-prefix = Viga: { $title }

error-not-found-title = Lehte ei leitud
error-not-found-body = Me ei leidnud seda lehte. Aadressis võib olla trükiviga või on leht mujale viidud.
error-not-found-home = Mine avalehele
error-internal-title = Midagi läks valesti
error-internal-body = Viga on meie, mitte sinu poolel. Proovi mõne hetke pärast uuesti.
error-bad-request-title = Me ei saanud sellest päringust aru
error-too-large-title = Saadetud andmed on liiga suured
error-too-large-back = Kasutage brauseri nuppu Tagasi: vorm säilitab teie kirjutatu. Seejärel lühendage kirjeldust ja saatke see uuesti.
error-rate-limited = Teie ühendusest on lühikese aja jooksul liiga palju päringuid. Palun oodake minut ja proovige uuesti.
stats-title = Avatud statistika
stats-lead = Kui palju teateid see portaal on saanud, mille kohta need on ja kui kiiresti saajad neid kinnitasid. Ainult arvud: nende põhjal ei saa ühtegi teadet ära tunda.
stats-empty = Teateid ei ole veel saadud, seega pole midagi loendada.
stats-unavailable = Statistikat ei saa praegu näidata. Proovi mõne minuti pärast uuesti.
stats-withheld = konfidentsiaalne
stats-chart-title = Saadud teated kuude kaupa
stats-chart-caption = Saadud teated kuude kaupa (UTC). Samad arvud on allolevas tabelis.
stats-per-month = Teated kuude kaupa
stats-category = Kategooria
stats-breakdowns = Teated kuude kaupa, liigiti
stats-by-incident = Intsidendi liigi järgi
stats-by-country = Riigi järgi
stats-by-victim = Teataja järgi
stats-deliveries = Saajatele edastatud teated
stats-no-deliveries = Ühtegi teadet ei ole veel saajale kohale toimetatud.
stats-deliveries-caption = Igale saajaliigile saadetud teated, kõik kuud kokku
stats-recipient-kind = Saaja liik
stats-delivered = Kohale toimetatud
stats-acknowledged = Saaja on kinnitanud
stats-failed = Kohale toimetamine ebaõnnestus
stats-median-ack = Kinnitamiseni kulunud aja mediaan
stats-hours = { $hours } h
stats-method = Arvud, mis on väiksemad kui { $threshold } (välja arvatud null), on konfidentsiaalsed ja neid ei avaldata. Kui konfidentsiaalse arvu saaks välja arvutada kuu kogusummast, jäetakse koos sellega avaldamata ka teisi arve. Arvude aluseks on ainult kuu, intsidendi liik, riik, teataja ja saaja liik – andmed, mis jäävad alles ka siis, kui teate isikuandmed kustutatakse.
stats-api = Samad arvud JSON-vormingus
