## Įrankiai: „Ar ši žinutė – sukčiavimas?“ (/{lang}/check)

check-title = Ar ši žinutė – sukčiavimas?
tool-busy = Tikrinama…
check-lead = Įklijuokite gautą SMS žinutę, el. laišką, pokalbio žinutę, nuorodą, telefono numerį ar siuntėjo adresą. Ieškome įprastų sukčiavimo požymių. Niekas, ką įklijuojate, nėra saugoma ar kur nors siunčiama: tai patikrinama šiame serveryje ir pamirštama.
check-field-text = Žinutė, nuoroda ar adresas
check-field-text-hint = Įklijuokite taip, kaip gavote. Prieš tai nespauskite joje esančių nuorodų.
check-field-country = Jūsų šalis
check-submit = Tikrinti žinutę
check-error-empty = Įklijuokite žinutę arba nuorodą, kurią norite patikrinti.
check-truncated = Žinutė labai ilga: patikrinome tik pirmuosius { $chars } simbolių.
check-unchecked-links = { $count ->
    [1] Joje yra dar viena nuoroda, kurios nepatikrinome.
    [one] Joje yra dar { $count } nuoroda, kurios nepatikrinome.
    [few] Joje yra dar { $count } nuorodos, kurių nepatikrinome.
    [many] Joje yra dar { $count } nuorodos, kurių nepatikrinome.
   *[other] Joje yra dar { $count } nuorodų, kurių nepatikrinome.
}
check-found-title = { $count ->
    [1] Radome vieną sukčiavimo požymį
    [one] Radome { $count } sukčiavimo požymį
    [few] Radome { $count } sukčiavimo požymius
    [many] Radome { $count } sukčiavimo požymio
   *[other] Radome { $count } sukčiavimo požymių
}
check-found-lead = Nespauskite joje esančių nuorodų, neskambinkite joje nurodytais numeriais, nemokėkite ir niekam neduokite jokių kodų ar slaptažodžių.
check-none-title = Neradome jokių žinomų sukčiavimo požymių
check-none-lead = Tai nereiškia, kad žinutė saugi. Sukčiai kas savaitę keičia formuluotes. Jei žinutėje prašoma ką nors padaryti, patys susisiekite su organizacija per jos oficialią svetainę ar programėlę arba numeriu, nurodytu jūsų kortelėje ar sutartyje, – niekada ne per žinutę.
check-weak-title = Verta patikrinti
check-links-title = Nuorodos ir adresai žinutėje
check-link-official = naudoja: { $name }
check-link-lookalike = imituoja: { $name }
check-link-unknown = mums nežinomas adresas
check-what-now = Ką daryti dabar
check-forward = Praneškite apie žinutę
check-advice-link = Patarimai: apgaulingos ir netikros žinutės (phishing)
check-never-ask = Bankai, policija ir valstybės institucijos niekada žinute ar telefonu neprašo slaptažodžių, vienkartinių kodų ar kortelės duomenų, niekada neprašo pervesti pinigų į „saugią sąskaitą“ ir niekada neprašo įdiegti programėlės, kuria būtų galima valdyti jūsų telefoną ar kompiuterį.

check-sign-lookalike = Nuoroda veda į adresą { $domain }, kuris panašus į organizacijos { $brand } adresą ({ $official }), bet juo nėra.
check-sign-brand-in-domain = Nuorodoje pavadinimas { $brand } naudojamas kitame adrese ({ $domain }). Tikrasis organizacijos { $brand } adresas yra { $official }.
check-sign-name-in-domain = Nuorodoje naudojamas pavadinimas { $brand }, bet ji veda į kitą svetainę: { $domain }.
check-sign-brand-elsewhere = Žinutėje minima organizacija { $brand }, bet nuoroda veda į adresą { $domain }, o ne į tikrąją organizacijos { $brand } svetainę ({ $official }).
check-sign-link-ip = Nuoroda veda į adresą, sudarytą tik iš skaičių ({ $domain }), o ne į svetainę su pavadinimu.
check-sign-link-shortener = Nuoroda sutrumpinta ({ $domain }): nematote, kur ji iš tikrųjų veda.
check-sign-link-punycode = Adrese naudojamos kitų abėcėlių raidės, panašios į mūsų ({ $domain }).
check-sign-link-script = Žinutėje yra nuoroda, kuri paleidžia kodą arba slepia turinį ({ $domain }). Tikri siuntėjai tokių nuorodų niekada nenaudoja.
check-sign-hidden-characters = Žinutėje yra nematomų simbolių, kurie keičia teksto rodymą. Jais maskuojami adresai.
check-sign-safe-account = Jūsų prašoma pervesti pinigus į „saugią“ arba „apsaugotą“ sąskaitą. Nė vienas tikras bankas ar policijos pareigūnas to niekada nedaro.
check-sign-code = Jūsų prašoma pasakyti, atsiųsti ar perskaityti kodą. Gautas kodas skirtas tik jums: kas jo prašo, nori perimti jūsų paskyrą arba patvirtinti mokėjimą.
check-sign-remote-access = Jūsų prašoma įdiegti ar atidaryti nuotolinės prieigos programėlę (pvz., AnyDesk ar TeamViewer). Su ja nepažįstamas žmogus gali valdyti jūsų telefoną ar kompiuterį.
check-sign-credentials = Jūsų prašoma patvirtinti prisijungimo vardą, slaptažodį, PIN kodą ar kortelės duomenis.
check-sign-fee = Jūsų prašoma sumokėti nedidelę sumą, kad būtų išleista siunta ar sumokėtas kažkoks mokestis: tai dažnas būdas išvilioti kortelės duomenis.
check-sign-gift-card-crypto = Jūsų prašoma sumokėti dovanų kortelėmis, kuponais ar kriptovaliuta. Tokių mokėjimų negalima atsekti ir susigrąžinti.
check-sign-new-number = Žinutė neva siųsta artimojo, kuris turi „naują numerį“: prieš ką nors darydami, paskambinkite šiam žmogui jums žinomu numeriu.
check-sign-threat = Jums grasinama užblokuoti paskyrą, skirti baudą, kreiptis į teismą ar policiją, kad išsigąstumėte ir imtumėtės veiksmų.
check-sign-urgency = Jus skubina („per 24 valandas“, „paskutinis įspėjimas“). Tikros organizacijos duoda laiko.
check-sign-refund = Jums žadama grąžinti pinigus arba išmokėti neva jums priklausančią sumą: tai dažnas masalas jūsų banko duomenims išvilioti.
check-sign-prize = Teigiama, kad laimėjote prizą arba buvote atrinkti apdovanojimui, nors niekur nedalyvavote.

## „Ar tai tikrai jie?“ (puslapyje /{lang}/check)

verify-contact-title = Ar tai tikrai policija, mano bankas ar valstybės institucija?
verify-contact-lead = Įveskite telefono numerį, el. pašto adresą ar svetainę, kuri prisistato kaip institucija. Ieškome jų tarp oficialių kanalų mūsų kataloge.
verify-contact-field = Telefono numeris, el. pašto adresas ar svetainė
verify-contact-submit = Ieškoti
verify-contact-found = Pagal mūsų katalogą tai priklauso:
verify-contact-source = šaltinis
verify-contact-none = Mūsų kataloge tai nėra jokios institucijos kanalas. Tai neįrodo, kad jis netikras, bet juo nepasitikėkite: patys susiraskite institucijos kontaktus jos oficialioje svetainėje.
verify-contact-error = Įveskite telefono numerį, el. pašto adresą ar interneto adresą.

## „Kokia tai išpirkos reikalaujanti programa?“ (/{lang}/ransomware)

ransomware-title = Kokia tai išpirkos reikalaujanti programa?
ransomware-lead = Papasakokite, ką matote: prie užšifruotų failų pridėtą plėtinį, išpirkos raštelio failo pavadinimą arba raštelio tekstą. Palyginsime tai su žinomomis išpirkos reikalaujančių programų šeimomis. Nieko neįkeliama: nesiųskite mums failų.
ransomware-field-extension = Užšifruotų failų plėtinys
ransomware-field-extension-hint = Pavyzdžiui: nuotrauka.jpg.akira → .akira
ransomware-field-note-filename = Išpirkos raštelio failo pavadinimas
ransomware-field-note = Išpirkos raštelio tekstas (neprivaloma)
ransomware-field-note-hint = Taip pat palyginami jame esantys el. pašto ir onion adresai. Nesusisiekite su nusikaltėliais.
ransomware-submit = Atpažinti
ransomware-error-empty = Nurodykite bent vieną: plėtinį, raštelio failo pavadinimą ar jo tekstą.
ransomware-results = Tikėtinos šeimos
ransomware-ambiguous = Jūsų duomenis atitinka kelios šeimos: atsakymas neaiškus. Pridėkite išpirkos raštelio failo pavadinimą ar tekstą, kad susiaurintumėte paiešką.
ransomware-none = Neatitinka nė viena žinoma šeima. Taip dažnai būna su naujomis ar retomis išpirkos reikalaujančiomis programomis.
ransomware-fake = netikra: ji gali iš tikrųjų neužšifruoti failų
ransomware-evidence-address = adresas raštelyje
ransomware-evidence-note-file = raštelio failo pavadinimas
ransomware-evidence-extension = plėtinys
ransomware-evidence-name = jos pavadinimas raštelyje
ransomware-evidence-wording = raštelio formuluotė
ransomware-refs = Šaltiniai
ransomware-decryptors = Ieškokite nemokamo iššifravimo įrankio
ransomware-nomoreransom = No More Ransom: iššifravimo įrankiai (policija ir saugumo bendrovės)
ransomware-cryptosheriff = Crypto Sheriff: įkelkite ten du užšifruotus failus, kad atpažintumėte išpirkos reikalaujančią programą (svetainėje No More Ransom)
ransomware-next = Nemokėkite, išsaugokite užšifruotus failus ir raštelį, atjunkite paveiktus įrenginius nuo tinklo ir praneškite apie tai.
ransomware-advice = Patarimai dėl išpirkos reikalaujančių programų
ransomware-data = Duomenys: projekto MISP išpirkos reikalaujančių programų galaktika (versija { $version }, CC0).

## "Was this message really sent by cyberhelp?" (/{lang}/verify)

verify-title = Ar šią žinutę tikrai atsiuntė cyberhelp?
verify-lead = Šio portalo žinutėse apie pranešimą nurodomas pranešimo nuorodos numeris (pavyzdžiui, 7K4M-9QXP-2D). Įveskite jį ir sužinosite, ar ir kada siuntėme žinučių apie šį pranešimą. Jokia kita informacija apie pranešimą nerodoma.
verify-field = Žinutėje nurodytas nuorodos numeris
verify-submit = Tikrinti
verify-sent = cyberhelp siuntė žinutes apie šį nuorodos numerį šiomis datomis:
verify-none = cyberhelp nesiuntė jokios žinutės apie šį nuorodos numerį. Jei žinutė su šiuo nuorodos numeriu teigia esanti iš mūsų, ja nepasitikėkite ir nesivadovaukite.
verify-invalid = Nuorodos numerį sudaro 10 raidžių ir skaitmenų, pavyzdžiui, 7K4M-9QXP-2D.
