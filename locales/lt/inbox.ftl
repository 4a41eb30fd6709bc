## Kontaktinio punkto gautieji pranešimai (/inbox): institucijos (CSIRT, policijos, duomenų apsaugos institucijos…)
## darbuotojams, kurie savo pranešimus skaito portale. Paprastos formos, be JavaScript.
inbox-title = Gautieji pranešimai
inbox-lead = Jūsų organizacijai išsiųsti pranešimai, naujausi – viršuje. Kai atidarote pranešimą, pranešėjui patvirtinama, kad jį gavote.
inbox-nav-label = Jūsų paskyra
inbox-signed-in-as = Prisijungta kaip
inbox-signout = Atsijungti
inbox-back = Grįžti į gautuosius pranešimus
inbox-error-title = Nepavyko
inbox-error-csrf = Šios formos galiojimas baigėsi arba ji pateikta ne iš šios svetainės. Grįžkite atgal, iš naujo įkelkite puslapį ir bandykite dar kartą.
inbox-error-filter = Filtre „{ $field }“ nurodyta reikšmė, kurios šiame sąraše nėra. Pasirinkite ją formoje iš naujo.
inbox-signin-title = Prisijungimas prie gautųjų pranešimų
inbox-signin-lead = Skirta institucijų, kurios gauna pranešimus per šį portalą, darbuotojams. Paskyras kuria portalo administratorius.
inbox-field-email = El. pašto adresas
inbox-field-password = Slaptažodis
inbox-field-code = 6 skaitmenų kodas iš autentifikavimo programėlės
inbox-signin-button = Prisijungti
inbox-session-ended = Jūsų sesija baigėsi. Prisijunkite iš naujo.
inbox-signed-out = Atsijungėte.
inbox-link-title = Arba gaukite vienkartinę prisijungimo nuorodą el. paštu
inbox-link-button = Atsiųsti prisijungimo nuorodą el. paštu
inbox-link-no-smtp = Šiame portale prisijungimo nuorodų el. paštu gauti negalima: jis negali siųsti el. laiškų.
inbox-link-sent = Jei šiuo adresu yra sukurta paskyra, prisijungimo nuoroda jau siunčiama. Ją galima panaudoti vieną kartą per 15 minučių.
inbox-link-lead = Šia vienkartine nuoroda prisijungsite prie gautųjų pranešimų. Ją galima panaudoti tik vieną kartą.
inbox-link-invalid = Ši prisijungimo nuoroda nebeveikia: ji jau panaudota, baigėsi jos galiojimas arba ji nukopijuota netiksliai. Paprašykite naujos nuorodos.
inbox-link-email-subject = Jūsų prisijungimo prie cyberhelp gautųjų pranešimų nuoroda
inbox-link-email-body =
    Kažkas (tikimės, kad jūs) paprašė prisijungimo prie cyberhelp gautųjų pranešimų nuorodos.

    { $url }

    Nuorodą galima panaudoti vieną kartą per { $minutes } min. Jei jos neprašėte, nekreipkite dėmesio į šį el. laišką: be nuorodos nieko nenutiks.
inbox-invite-email-subject = Kvietimas naudotis cyberhelp gautaisiais pranešimais
inbox-invite-email-body =
    Portalo cyberhelp administratorius sukūrė jums gautųjų pranešimų paskyrą, kad galėtumėte skaityti jūsų organizacijai išsiųstus pranešimus ir į juos atsakyti.

    Atidarykite šią nuorodą ir prisijunkite pirmą kartą; ją galima panaudoti vieną kartą per { $hours } val.:

    { $url }

    Tada nustatykite slaptažodį ir autentifikavimo programėlę, kad galėtumėte prisijungti vėliau.
inbox-setup-title = Slaptažodis ir autentifikavimo programėlė
inbox-setup-link = Slaptažodis ir autentifikavimo programėlė
inbox-setup-lead = Nustatykite slaptažodį ir autentifikavimo programėlę, kad galėtumėte prisijungti be el. paštu siunčiamos nuorodos. Kiekvieną kartą jungdamiesi turėsite naudoti abu.
inbox-setup-authenticator = Jūsų autentifikavimo programėlė
inbox-setup-authenticator-lead = Autentifikavimo programėlėje pridėkite naują paskyrą (TOTP: 6 skaitmenys, kas 30 sekundžių) ir įveskite šį raktą:
inbox-setup-authenticator-hint = Laikykite šį raktą paslaptyje. Jis rodomas tik šiame puslapyje; jei grįšite vėliau, bus sukurtas naujas.
inbox-field-new-password = Naujas slaptažodis (nuo 12 iki 128 simbolių)
inbox-field-repeat-password = Pakartokite slaptažodį
inbox-setup-button = Išsaugoti
inbox-setup-error-length = Slaptažodį turi sudaryti nuo 12 iki 128 simbolių.
inbox-setup-error-mismatch = Slaptažodžiai nesutampa.
inbox-setup-error-code = Kodas neatitinka rakto. Patikrinkite laiką telefone ir įveskite dabartinį kodą.
inbox-setup-done = Jūsų slaptažodis ir autentifikavimo programėlė nustatyti.
inbox-setup-suggest = Prisijungėte vienkartine nuoroda. Kad galėtumėte prisijungti be jos, nustatykite slaptažodį ir autentifikavimo programėlę:
inbox-filter-state = Jūsų nurodyta būsena
inbox-filter-incident = Incidento rūšis
inbox-filter-from = Gauta nuo
inbox-filter-to = Gauta iki
inbox-filter-button = Filtruoti
inbox-filter-all = Visos
inbox-state-new = Naujas: dar nieko neužregistruota
inbox-state-received = Gavėjas gavo pranešimą
inbox-state-in-progress = Gavėjas nagrinėja pranešimą
inbox-state-closed = Gavėjas baigė nagrinėti
inbox-export = Eksportuoti šiuos pranešimus:
inbox-empty = Jūsų organizacijai dar neišsiųstas nė vienas pranešimas.
inbox-empty-filtered = Pagal šiuos filtrus pranešimų nerasta.
inbox-new = neatidarytas
inbox-withdrawn = Pranešėjas atšaukė
inbox-caption = Pranešimai gavėjui { $contact }, { $page } puslapis
inbox-col-reference = Nuorodos numeris
inbox-col-received = Gauta
inbox-col-incident = Incidento rūšis
inbox-col-victim = Kas pranešė
inbox-col-state = Jūsų nurodyta būsena
inbox-col-deadline = Teisinis terminas
inbox-previous = Ankstesnis puslapis
inbox-next = Kitas puslapis
inbox-report-title = Pranešimas { $reference }
inbox-deadline = teisinis terminas – iki { $date }
inbox-purged = Šio pranešimo asmens duomenys ištrinti { $date } (pasibaigus portalo saugojimo terminui arba pranešėjui atšaukus pranešimą).
inbox-withdrawn-note = Pranešėjas šį pranešimą atšaukė: apie jį nieko daugiau užregistruoti ar pranešėjui išsiųsti negalima. Turimiems duomenims taikykite savo atšauktų pranešimų taisykles.
inbox-timeline = Ką užregistravote
inbox-no-updates = Dar nieko neužregistruota.
inbox-questions = Klausimai pranešėjui
inbox-answer = Atsakymas:
inbox-no-answer = Dar neatsakyta.
inbox-done-status = Jūsų informacija užregistruota; pranešėjas ją mato savo būsenos puslapyje.
inbox-done-question = Jūsų klausimas išsiųstas; pranešėjas jį mato savo būsenos puslapyje.
privacy-channel-inbox = lieka šiame portale, kur institucija juos skaito savo gautųjų pranešimų sąraše
