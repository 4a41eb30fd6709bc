## Nabiralnik prijav kontaktne točke (/inbox): za zaposlene v organu (CSIRT, policija, organ za varstvo osebnih
## podatkov …), ki svoje prijave bere na portalu. Preprosti obrazci, brez JavaScripta.
inbox-title = Nabiralnik prijav
inbox-lead = Prijave, poslane vaši organizaciji, od najnovejše naprej. Ko prijavo odprete, prijavitelj dobi potrditev, da ste jo prejeli.
inbox-nav-label = Vaš račun
inbox-signed-in-as = Vpisani ste kot
inbox-signout = Odjava
inbox-back = Nazaj v nabiralnik prijav
inbox-error-title = To ni uspelo
inbox-error-csrf = Ta obrazec je potekel ali ni bil poslan s tega spletišča. Vrnite se nazaj, znova naložite stran in poskusite znova.
inbox-error-filter = Filter »{ $field }« ima vrednost, ki je ta nabiralnik ne ponuja. Znova jo izberite v obrazcu.
inbox-signin-title = Vpis v nabiralnik prijav
inbox-signin-lead = Za zaposlene v organih, ki prek tega portala prejemajo prijave. Račune ustvari upravljavec portala.
inbox-field-email = E-poštni naslov
inbox-field-password = Geslo
inbox-field-code = 6-mestna koda iz aplikacije za preverjanje pristnosti
inbox-signin-button = Vpis
inbox-session-ended = Vaša seja je potekla. Znova se vpišite.
inbox-signed-out = Odjavljeni ste.
inbox-link-title = Lahko pa po e-pošti prejmete enkratno povezavo za vpis
inbox-link-button = Pošlji mi povezavo za vpis
inbox-link-no-smtp = Povezave za vpis po e-pošti na tem portalu niso na voljo: portal ne more pošiljati e-pošte.
inbox-link-sent = Če za ta naslov obstaja račun, je povezava za vpis že na poti. Uporabite jo lahko enkrat, v 15 minutah.
inbox-link-lead = S to enkratno povezavo se vpišete v nabiralnik prijav. Uporabite jo lahko samo enkrat.
inbox-link-invalid = Ta povezava za vpis ne deluje več: bila je že uporabljena, potekla je ali pa je bila napačno kopirana. Zahtevajte novo.
inbox-link-email-subject = Vaša povezava za vpis v nabiralnik prijav cyberhelp
inbox-link-email-body =
    Nekdo (upamo, da vi) je zahteval povezavo za vpis v nabiralnik prijav cyberhelp.

    { $url }

    Povezavo lahko uporabite enkrat, v { $minutes } min. Če je niste zahtevali, to e-poštno sporočilo prezrite: brez povezave se ne zgodi nič.
inbox-invite-email-subject = Vabilo v nabiralnik prijav cyberhelp
inbox-invite-email-body =
    Upravljavec portala cyberhelp vam je ustvaril račun za nabiralnik prijav, da boste lahko brali prijave, poslane vaši organizaciji, in nanje odgovarjali.

    Odprite to povezavo, da se prvič vpišete; uporabite jo lahko enkrat, v { $hours } h:

    { $url }

    Nato nastavite geslo in aplikacijo za preverjanje pristnosti za poznejše vpise.
inbox-setup-title = Geslo in aplikacija za preverjanje pristnosti
inbox-setup-link = Geslo in aplikacija za preverjanje pristnosti
inbox-setup-lead = Nastavite geslo in aplikacijo za preverjanje pristnosti, da se boste lahko vpisali brez povezave po e-pošti. Pri vsakem vpisu boste potrebovali oboje.
inbox-setup-authenticator = Vaša aplikacija za preverjanje pristnosti
inbox-setup-authenticator-lead = V aplikaciji za preverjanje pristnosti dodajte nov račun (TOTP: 6 števk, vsakih 30 sekund) in vnesite ta ključ:
inbox-setup-authenticator-hint = Ta ključ ohranite v tajnosti. Prikazan je samo na tej strani; če se vrnete pozneje, se ustvari nov.
inbox-field-new-password = Novo geslo (od 12 do 128 znakov)
inbox-field-repeat-password = Ponovite geslo
inbox-setup-button = Shrani
inbox-setup-error-length = Geslo mora imeti od 12 do 128 znakov.
inbox-setup-error-mismatch = Gesli se ne ujemata.
inbox-setup-error-code = Koda se ne ujema s ključem. Preverite čas v telefonu in vnesite trenutno kodo.
inbox-setup-done = Geslo in aplikacija za preverjanje pristnosti sta nastavljena.
inbox-setup-suggest = Vpisali ste se z enkratno povezavo. Če se želite vpisovati brez nje, nastavite geslo in aplikacijo za preverjanje pristnosti:
inbox-filter-state = Stanje pri vas
inbox-filter-incident = Vrsta incidenta
inbox-filter-from = Prejeto od
inbox-filter-to = Prejeto do
inbox-filter-button = Filtriraj
inbox-filter-all = Vse
inbox-state-new = Nova: zabeleženega še ni nič
inbox-state-received = Prejemnik jo je prejel
inbox-state-in-progress = Prejemnik jo obravnava
inbox-state-closed = Prejemnik jo je zaključil
inbox-export = Izvozi te prijave:
inbox-empty = Vaši organizaciji še ni bila poslana nobena prijava.
inbox-empty-filtered = Tem filtrom ne ustreza nobena prijava.
inbox-new = neodprta
inbox-withdrawn = Prijavitelj jo je umaknil
inbox-caption = Prijave za { $contact }, stran { $page }
inbox-col-reference = Referenčna številka
inbox-col-received = Prejeto
inbox-col-incident = Vrsta incidenta
inbox-col-victim = Prijavitelj
inbox-col-state = Stanje pri vas
inbox-col-deadline = Zakonski rok
inbox-previous = Prejšnja stran
inbox-next = Naslednja stran
inbox-report-title = Prijava { $reference }
inbox-deadline = zakonski rok: { $date }
inbox-purged = Osebni podatki te prijave so bili izbrisani { $date } (ker se je iztekel rok hrambe na portalu ali ker je prijavitelj prijavo umaknil).
inbox-withdrawn-note = Prijavitelj je to prijavo umaknil: o njej ni mogoče ničesar več zabeležiti niti mu česar koli poslati. Za podatke, ki jih imate, uporabite svoja pravila za umaknjene prijave.
inbox-timeline = Kaj ste zabeležili
inbox-no-updates = Zabeleženega še ni nič.
inbox-questions = Vprašanja prijavitelju
inbox-answer = Odgovor:
inbox-no-answer = Še brez odgovora.
inbox-done-status = Vaša posodobitev je zabeležena; prijavitelj jo vidi na svoji strani stanja.
inbox-done-question = Vaše vprašanje je poslano; prijavitelj ga vidi na svoji strani stanja.
privacy-channel-inbox = ostanejo na tem portalu, kjer jih organ bere v svojem nabiralniku
