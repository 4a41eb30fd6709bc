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
