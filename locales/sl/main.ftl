## Shell: skip link, header, navigation, footer

shell-skip-link = Preskoči na glavno vsebino
shell-site-name = cyberhelp
shell-tagline = Pomoč po kibernetskem napadu
shell-nav-label = Glavni meni
shell-nav-home = Domov
shell-nav-advice = Nasveti
shell-nav-bulletins = Aktualne grožnje
shell-nav-report = Prijavite incident
shell-nav-search = Iskanje
shell-language-label = Jezik
shell-language-submit = Zamenjaj
shell-footer-emergency = Ste v nevarnosti? Pokličite 112, številko za klic v sili v vseh državah EU.
shell-footer-never-ask = Nikoli ne zahtevamo vaših gesel, plačil ali oddaljenega dostopa do vaše naprave. Kdor to zahteva, nismo mi.
shell-footer-privacy = Brez sledilnikov in brez zahtev tretjim osebam: to spletno mesto ničesar ne nalaga od drugod.
shell-footer-source = Prosto programje, ki ga lahko gostite sami.
shell-footer-licence = Naša besedila so objavljena z licenco CC BY 4.0: prosto jih lahko uporabite, če navedete cyberhelp.
shell-footer-feeds = Opozorila o grožnjah kot vir Atom

## Home page

home-title = Pomoč po kibernetskem napadu
home-lead = Nekdo je vdrl v vaš račun, plačali ste v lažni spletni trgovini, vaše podjetje je napadlo izsiljevalsko programje? Izvedite, kaj storiti zdaj, koga obvestiti in do kdaj.
home-emergency = Če ste v nevarnosti, pokličite 112.
home-tasks-heading = Kaj potrebujete?
home-task-advice = Poiščite nasvet
home-task-advice-desc = Pomoč po korakih za to, kar se vam je zgodilo.
home-task-bulletins = Preverite aktualne grožnje
home-task-bulletins-desc = Prevare in napadi, ki potekajo prav zdaj, in kaj lahko storite.
home-task-report = Prijavite incident
home-task-report-desc = Pristojne organe obvestite samo enkrat in izvedite, kdo se s tem ukvarja in do kdaj.
home-incidents-heading = Kaj se je zgodilo?
home-bulletins-heading = Aktivne grožnje
home-bulletins-people = Aktualne prevare
home-bulletins-organisations = Za informatike v organizacijah: ranljivosti, ki jih napadalci že izkoriščajo
home-bulletins-empty = Trenutno ni aktivnih opozoril o grožnjah.
home-bulletins-all = Vsa opozorila o grožnjah

## Errors

error-title-prefix = Napaka: { $title }

error-not-found-title = Strani ni mogoče najti
error-not-found-body = Te strani nismo našli. Naslov je morda napačno vpisan ali pa je bila stran premaknjena.
error-not-found-home = Na domačo stran
error-internal-title = Prišlo je do napake
error-internal-body = Napaka je naša, ne vaša. Poskusite znova čez trenutek.
error-bad-request-title = Te zahteve nismo razumeli
error-too-large-title = Poslani podatki so preveliki
error-too-large-back = Uporabite gumb Nazaj v brskalniku: obrazec ohrani, kar ste vpisali. Nato skrajšajte opis in ga znova pošljite.
error-rate-limited = Preveč zahtev iz vaše povezave v kratkem času. Počakajte minuto in poskusite znova.

## Open statistics

stats-title = Odprta statistika
stats-lead = Koliko prijav je prejel ta portal, na kaj so se nanašale in kako hitro so prejemniki potrdili njihov prejem. Samo števila: iz njih ni mogoče prepoznati nobene prijave.
stats-empty = Prejeli nismo še nobene prijave, zato še ni česa šteti.
stats-unavailable = Statistike trenutno ni mogoče prikazati. Poskusite znova čez nekaj minut.
stats-withheld = zaupno
stats-chart-title = Prejete prijave po mesecih
stats-chart-caption = Prejete prijave po mesecih (UTC). Enaka števila so tudi v spodnji tabeli.
stats-per-month = Prijave po mesecih
stats-category = Kategorija
stats-breakdowns = Prijave po mesecih in vrsti
stats-by-incident = Po vrsti incidenta
stats-by-country = Po državi
stats-by-victim = Po tem, kdo je prijavil
stats-deliveries = Dostava prejemnikom
stats-no-deliveries = Nobena prijava še ni bila dostavljena prejemniku.
stats-deliveries-caption = Prijave, poslane posameznim vrstam prejemnikov, za vse mesece skupaj
stats-recipient-kind = Vrsta prejemnika
stats-delivered = Dostavljeno
stats-acknowledged = Prejemnik je potrdil prejem
stats-failed = Dostava ni uspela
stats-median-ack = Mediana časa do potrditve
stats-hours = { $hours } h
stats-method = Števila, manjša od { $threshold } (razen ničle), so zaupna in jih ne prikazujemo. Če bi bilo zaupno število mogoče izračunati iz skupnega števila za mesec, skupaj z njim skrijemo še nekatera druga števila. Števila temeljijo samo na mesecu, vrsti incidenta, državi, tem, kdo je prijavil, in vrsti prejemnika; ti podatki ostanejo shranjeni tudi po izbrisu osebnih podatkov iz prijave.
stats-api = Enaka števila v obliki JSON

## Privacy notice (/privacy), generated from the running configuration
privacy-title = Obvestilo o varstvu osebnih podatkov
privacy-lead = Kaj ta portal hrani o vas, zakaj, kako dolgo, kdo to prejme in katere pravice imate. Ta stran je pripravljena na podlagi trenutnih nastavitev portala: spodaj navedeni roki in kanali so tisti, ki dejansko veljajo.
privacy-controller-title = Kdo je odgovoren
privacy-controller = Ta portal upravlja { $operator }, ki kot upravljavec odgovarja za osebne podatke, ki jih portal hrani.
privacy-controller-missing = Ta portal še ne navaja, kdo ga upravlja. Dokler tega ne navede, prijave ne pošiljajte prek njega, ampak se obrnite neposredno na organe, navedene na posameznih straneh.
privacy-controller-contact = Vprašanja o vaših podatkih:
privacy-dpo = Pooblaščena oseba za varstvo podatkov:
privacy-dpo-none = Za ta portal ni imenovana pooblaščena oseba za varstvo podatkov.
privacy-stored-title = Kaj hranimo
privacy-stored-report = Ko pošljete prijavo: vaše odgovore v obrazcu (država, kdo ste, kaj se je zgodilo, datumi, ali ste izgubili denar), vaš opis, vaše kontaktne podatke, če jih navedete (prijavite lahko tudi anonimno), in seznam dokazov, ki jih hranite. Vaše datoteke nikoli ne zapustijo vaše naprave: hranimo samo imena, opombe in prstne odtise, ki jih dodate.
privacy-stored-followups = Pozneje: posodobitve in vprašanja, ki vam jih pošljejo organi, ter vaše odgovore.
privacy-stored-drafts = Prijava, ki si jo ogledate, a je ne pošljete, se 2 uri hrani zapečatena – prebrati jo je mogoče samo s povezavo v vašem brskalniku –, nato pa se izbriše.
privacy-stored-feedback = Če v vodeni pomoči izberete »Nič od tega ne ustreza«, se to, kar vpišete, 90 dni hrani za izboljšanje vprašanj, brez česar koli, kar bi vas lahko identificiralo.
privacy-stored-tools = Orodja za preverjanje (preverjanje sporočila, preverjanje stika) ne hranijo ničesar, kar prilepite vanje.
privacy-stored-logs = Dnevnik strežnika beleži, katere strani so bile zahtevane, in morebitne napake, ne pa vašega naslova IP. Za preprečevanje zlorab portal nekaj minut v pomnilniku šteje zahteve z vsakega naslova IP in teh naslovov nikoli ne zapiše. Brez sledilnikov, brez oglaševalskih ali analitičnih piškotkov, nič se ne nalaga z drugih spletnih mest.
privacy-basis-title = Zakaj in na kateri pravni podlagi
privacy-basis-consent = Vašo prijavo pošljemo samo organom, ki jih označite, ker nas za to prosite: na podlagi vaše privolitve (točka (a) člena 6(1) GDPR). Če prijava omenja vaše zdravje ali druge posebne vrste osebnih podatkov, pošiljanje zajema vaša izrecna privolitev (točka (a) člena 9(2)).
privacy-basis-withdraw = Privolitev lahko kadar koli prekličete (člen 7(3)) tako, da prijavo umaknete na njeni strani s stanjem. To ne vpliva na to, kar je bilo poslano prej.
privacy-recipients-title = Kdo jo prejme
privacy-recipients = Samo organi, ki jih označite v obrazcu, na primer vaš nacionalni CSIRT, policija ali organ za varstvo osebnih podatkov. Vsak od njih postane odgovoren za kopijo, ki jo prejme, v skladu s svojimi pravili in svojim obvestilom o varstvu osebnih podatkov.
privacy-channels = Na tem portalu se prijave pošiljajo:
privacy-channels-none = Na tem portalu še ni nastavljen noben kanal za dostavo: prijave se shranijo in čakajo, kar je navedeno tudi na njihovi strani s stanjem.
privacy-channel-email = po e-pošti
privacy-channel-webhook = po šifrirani in podpisani povezavi neposredno v sistem organa
privacy-channel-ticketing = v organov sistem za vodenje zadev (RT, MISP ali TheHive)
privacy-channel-file = v mapo, ki jo upravljavec portala preda organu
privacy-notices = Če to zahtevate, vas po e-pošti obvestimo, ko organ posodobi vašo prijavo ali vam zastavi vprašanje. E-poštno sporočilo vsebuje samo referenčno številko in povezave, nič iz prijave.
privacy-retention-title = Kako dolgo
privacy-retention = Vaš opis, kontaktni podatki, seznam dokazov in sporočila o vaši prijavi se izbrišejo { $days ->
        [one] { $days } dan
        [two] { $days } dneva
       *[other] { $days } dni
    } po tem, ko so vsi organi zaključili njeno obravnavo (potrdili prejem, zaprli zadevo ali jih ni bilo mogoče doseči), v vsakem primeru pa { $max ->
        [one] { $max } dan
        [two] { $max } dneva
       *[other] { $max } dni
    } po tem, ko ste jo poslali.
privacy-retention-withdraw = Takoj jih lahko izbrišete tako, da prijavo umaknete:
privacy-retention-remains = Kar ostane pozneje, vas ne more identificirati: država, vrsta incidenta, kdo je prijavil (posameznik, podjetje …), datumi in ali je bila vsaka dostava uspešna. Iz teh podatkov se izračuna odprta statistika:
privacy-rights-title = Vaše pravice
privacy-rights = Imate pravico do dostopa do svojih podatkov (člen 15 GDPR), do njihovega popravka (člen 16) ali izbrisa (člen 17), do omejitve njihove obdelave (člen 18), do prejema v strojno berljivi obliki (člen 20) in pravico do ugovora (člen 21).
privacy-rights-how = Z referenčno številko in zasebno kodo stanja lahko na strani s stanjem sami vidite svojo prijavo, jo prenesete v obliki JSON in jo umaknete. Za vse drugo pišite na zgoraj navedeni kontakt.
privacy-complaint = Pritožbo lahko vložite tudi pri nadzornem organu za varstvo osebnih podatkov (člen 77 GDPR), zlasti v državi, v kateri živite ali delate.
privacy-complaint-link = Vse navaja Evropski odbor za varstvo podatkov.
privacy-generated = To obvestilo se ob vsakem prikazu pripravi iz nastavitev portala. Vir:
privacy-source-gdpr = Uredba (EU) 2016/679 (Splošna uredba o varstvu podatkov, GDPR)

## Accessibility statement (/accessibility), on the model of Implementing Decision (EU) 2018/1523
a11y-title = Izjava o dostopnosti
a11y-intro = { $operator } želi, da bi ta portal lahko uporabljal vsakdo, kot zahteva Direktiva (EU) 2016/2102 o dostopnosti spletišč in mobilnih aplikacij organov javnega sektorja. Ta izjava o dostopnosti se nanaša na to spletišče.
a11y-intro-unnamed = Upravljavec tega portala želi, da bi ga lahko uporabljal vsakdo, kot zahteva Direktiva (EU) 2016/2102 o dostopnosti spletišč in mobilnih aplikacij organov javnega sektorja. Ta izjava o dostopnosti se nanaša na to spletišče.
a11y-status-title = Stopnja skladnosti
a11y-status = To spletišče je delno skladno s standardom EN 301 549 V3.2.1, evropskim standardom, ki vključuje WCAG 2.1 na ravni AA, zaradi spodaj navedenih pomanjkljivosti.
a11y-gaps-title = Nedostopna vsebina
a11y-gaps-lead = Naslednje še ni v celoti dostopno:
a11y-gap-unaudited = Ročni pregled in preizkus z ljudmi, ki uporabljajo bralnike zaslona ali druge podporne tehnologije, še nista bila opravljena. Lahko ostanejo težave, ki jih samodejna preverjanja ne morejo odkriti.
a11y-gap-chart = Graf na strani s statistiko ima na ozkih zaslonih majhne oznake. Enaka števila so v preglednicah ob njem.
a11y-out-of-scope = Povezave vodijo na spletišča organov in drugih ustanov; za njihovo dostopnost so odgovorni sami.
a11y-prep-title = Priprava te izjave o dostopnosti
a11y-prep = Ta izjava je bila pripravljena in nazadnje pregledana { $date }.
a11y-method = Metoda: samoocena. Samodejni preizkusi (axe-core) preverjajo glavne strani glede na ravni A in AA smernic WCAG 2.1, v svetlih in temnih barvah, z JavaScriptom in brez njega; za vsako stran se preveri, ali se v vseh 24 jezikih prilega zaslonu, širokemu 320 slikovnih pik; vsaka stran deluje tudi brez JavaScripta.
a11y-feedback-title = Povratne informacije in kontaktni podatki
a11y-feedback = Če vam je kaj na tem spletišču težko uporabljati ali potrebujete njegovo vsebino v drugi obliki, nam sporočite:
a11y-feedback-none = Ta portal še ni navedel kontakta za vprašanja o dostopnosti.
a11y-enforcement-title = Izvršilni postopek
a11y-enforcement = Če vas naš odgovor na vaše povratne informacije ali zahtevo ne zadovolji, se lahko obrnete na nacionalni organ, ki skrbi za izvrševanje direktive o dostopnosti spletišč:
a11y-enforcement-none = Ta portal še ni navedel svojega nacionalnega organa za izvrševanje. Vprašajte upravljavca, kateri organ je to.
a11y-sources = Viri:
a11y-source-wad = Direktiva (EU) 2016/2102, člen 7
a11y-source-model = Izvedbeni sklep Komisije (EU) 2018/1523 (vzorec izjave o dostopnosti)
