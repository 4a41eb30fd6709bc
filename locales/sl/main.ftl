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
