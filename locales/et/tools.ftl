## Tööriistad: „Kas see sõnum on pettus?“ (/{lang}/check)

check-title = Kas see sõnum on pettus?
tool-busy = Kontrollin…
check-lead = Kleebi siia sõnum, mille said: SMS, e-kiri, vestlussõnum, link, telefoninumber või saatja aadress. Otsime pettuse tavalisi tunnuseid. Midagi, mida siia kleebid, ei salvestata ega saadeta kuhugi: see kontrollitakse selles serveris ja unustatakse.
check-field-text = Sõnum, link või aadress
check-field-text-hint = Kleebi see täpselt nii, nagu selle said. Ära enne klõpsa selles olevatel linkidel.
check-field-country = Sinu riik
check-submit = Kontrolli sõnumit
check-error-empty = Kleebi siia sõnum või link, mida tahad kontrollida.
check-truncated = Sõnum on väga pikk: kontrollisime ainult selle esimesed { $chars } märki.
check-unchecked-links = { $count ->
    [one] Selles on veel üks link, mida me ei kontrollinud.
   *[other] Selles on veel { $count } linki, mida me ei kontrollinud.
}
check-found-title = { $count ->
    [one] Leidsime ühe pettuse tunnuse
   *[other] Leidsime { $count } pettuse tunnust
}
check-found-lead = Ära klõpsa selle linkidel, ära helista selles olevatele numbritele tagasi, ära maksa ja ära anna kellelegi ühtegi koodi ega parooli.
check-none-title = Me ei leidnud ühtegi teadaolevat pettuse tunnust
check-none-lead = See ei tähenda, et sõnum on ohutu. Petturid muudavad oma sõnastust iga nädal. Kui sõnum palub sul midagi teha, võta organisatsiooniga ise ühendust selle ametliku veebisaidi või äpi kaudu või helista sinu kaardil või lepingus olevale numbrile – mitte kunagi sõnumi kaudu.
check-weak-title = Tasub kontrollida
check-links-title = Lingid ja aadressid sõnumis
check-link-official = { $name } kasutab seda aadressi
check-link-lookalike = jäljendab organisatsiooni { $name }
check-link-unknown = meile tundmatu aadress
check-what-now = Mida nüüd teha
check-forward = Teata sõnumist
check-advice-link = Nõuanded: õngitsus ja võltssõnumid
check-never-ask = Pangad, politsei ja ametiasutused ei küsi sinult kunagi sõnumi ega telefoni teel paroole, ühekordseid koode ega kaardiandmeid, ei palu kunagi kanda raha „turvalisele kontole“ ega paigaldada äppi, millega saab sinu telefoni või arvutit juhtida.

check-sign-lookalike = Link viib aadressile { $domain }, mis sarnaneb organisatsiooni { $brand } aadressiga ({ $official }), kuid ei ole see.
check-sign-brand-in-domain = Link kasutab nime { $brand } teise aadressi sees ({ $domain }). Organisatsiooni { $brand } enda aadress on { $official }.
check-sign-name-in-domain = Link kasutab nime { $brand }, kuid viib teisele veebisaidile: { $domain }.
check-sign-brand-elsewhere = Sõnumis mainitakse nime { $brand }, kuid selle link viib aadressile { $domain }, mitte organisatsiooni { $brand } enda veebisaidile ({ $official }).
check-sign-link-ip = Link viib nimega veebisaidi asemel ainult numbritest koosnevale aadressile ({ $domain }).
check-sign-link-shortener = Link on lühendatud ({ $domain }): sa ei näe, kuhu see tegelikult viib.
check-sign-link-punycode = Aadressis on teiste tähestike tähti, mis näevad välja nagu meie omad ({ $domain }).
check-sign-link-script = Sõnumis on link, mis käivitab koodi või peidab sisu ({ $domain }). Päris saatjad ei kasuta selliseid linke kunagi.
check-sign-hidden-characters = Sõnumis on nähtamatuid märke, mis muudavad teksti kuvamist. Nendega varjatakse aadresse.
check-sign-safe-account = Sul palutakse kanda raha „turvalisele“ või „kaitstud“ kontole. Ükski päris pank ega politseinik ei tee seda kunagi.
check-sign-code = Sul palutakse anda, saata või ette lugeda kood. Sulle saadetud kood on ainult sinu jaoks: kes seda küsib, tahab sinu konto üle võtta või makse kinnitada.
check-sign-remote-access = Sul palutakse paigaldada või avada kaugjuhtimisäpp (näiteks AnyDesk või TeamViewer). Selle abil saab võõras inimene sinu telefoni või arvutit juhtida.
check-sign-credentials = Sul palutakse kinnitada oma kasutajanimi, parool, PIN-kood või kaardiandmed.
check-sign-fee = Sinult küsitakse väikest makset paki kättesaamiseks või mingi tasu maksmiseks: levinud viis sinu kaardiandmete kätte saamiseks.
check-sign-gift-card-crypto = Sul palutakse maksta kinkekaartide, vautšerite või krüptorahaga. Selliseid makseid ei saa jälitada ega tagasi saada.
check-sign-new-number = Sõnum väidab, et see on lähedaselt, kellel on „uus number“: enne kui midagi teed, helista sellele inimesele numbril, mida sa juba tead.
check-sign-threat = Sind ähvardatakse konto blokeerimise, trahvi, kohtuasja või politseiga, et sind hirmutada ja tegutsema panna.
check-sign-urgency = Sind kiirustatakse tegutsema („24 tunni jooksul“, „viimane hoiatus“). Päris organisatsioonid annavad sulle aega.
check-sign-refund = Sulle lubatakse tagasimakset või raha, mis sulle väidetavalt kuulub: levinud sööt sinu pangaandmete kätte saamiseks.
check-sign-prize = Sõnumi järgi oled võitnud auhinna või sind on valitud preemia saajaks, kuigi sa ei osalenud milleski.

## „Kas see on tõesti nemad?“ (lehel /{lang}/check)

verify-contact-title = Kas see on tõesti politsei, minu pank või ametiasutus?
verify-contact-lead = Sisesta telefoninumber, e-posti aadress või veebisait, mis väidab end kuuluvat ametiasutusele. Otsime seda meie kataloogis olevate ametlike kanalite hulgast.
verify-contact-field = Telefoninumber, e-posti aadress või veebisait
verify-contact-submit = Otsi
verify-contact-found = Meie kataloogi järgi kuulub see:
verify-contact-source = allikas
verify-contact-none = Meie kataloogis ei ole see ühegi ametiasutuse kanal. See ei tõesta, et see on võlts, kuid ära usalda seda: otsi asutuse kontaktandmed ise selle ametlikult veebisaidilt.
verify-contact-error = Sisesta telefoninumber, e-posti aadress või veebiaadress.

## „Mis lunavara see on?“ (/{lang}/ransomware)

ransomware-title = Mis lunavara see on?
ransomware-lead = Kirjelda, mida näed: krüpteeritud failidele lisatud laiend, lunarahanõude faili nimi või nõude tekst. Võrdleme seda teadaolevate lunavaraperekondadega. Midagi ei laadita üles: ära saada meile faile.
ransomware-field-extension = Krüpteeritud failide laiend
ransomware-field-extension-hint = Näiteks: foto.jpg.akira → .akira
ransomware-field-note-filename = Lunarahanõude faili nimi
ransomware-field-note = Lunarahanõude tekst (vabatahtlik)
ransomware-field-note-hint = Ka selles olevaid e-posti ja onion-aadresse võrreldakse. Ära võta kurjategijatega ühendust.
ransomware-submit = Tuvasta
ransomware-error-empty = Anna vähemalt üks: laiend, lunarahanõude faili nimi või selle tekst.
ransomware-results = Tõenäolised lunavaraperekonnad
ransomware-ambiguous = Sinu andmetele vastab mitu perekonda: vastus on ebakindel. Lisa lunarahanõude faili nimi või tekst, et tulemust täpsustada.
ransomware-none = Ükski teadaolev perekond ei sobi. See on tavaline uue või haruldase lunavara puhul.
ransomware-fake = võlts: see ei pruugi faile tegelikult krüpteerida
ransomware-evidence-address = aadress lunarahanõudes
ransomware-evidence-note-file = lunarahanõude faili nimi
ransomware-evidence-extension = laiend
ransomware-evidence-name = selle nimi lunarahanõudes
ransomware-evidence-wording = lunarahanõude sõnastus
ransomware-refs = Allikad
ransomware-decryptors = Otsi tasuta dekrüpteerimistööriista
ransomware-nomoreransom = No More Ransom: dekrüpteerimistööriistad (politsei ja turvaettevõtted)
ransomware-cryptosheriff = Crypto Sheriff: laadi sinna üles kaks krüpteeritud faili, et lunavara tuvastada (veebisaidil No More Ransom)
ransomware-next = Ära maksa, hoia krüpteeritud failid ja lunarahanõue alles, ühenda mõjutatud seadmed võrgust lahti ja teata juhtunust.
ransomware-advice = Nõuanded lunavara kohta
ransomware-data = Andmed: MISP-projekti lunavaragalaktika (versioon { $version }, CC0).

## "Was this message really sent by cyberhelp?" (/{lang}/verify)

verify-title = Kas selle sõnumi saatis tõesti cyberhelp?
verify-lead = Kui see portaal saadab teate kohta sõnumi, on selles teate viitenumber (näiteks 7K4M-9QXP-2D). Sisesta see, et näha, kas ja millal oleme selle teate kohta sõnumeid saatnud. Muud teavet teate kohta ei näidata.
verify-field = Sõnumis olev viitenumber
verify-submit = Kontrolli
verify-sent = cyberhelp on selle viitenumbri kohta sõnumeid saatnud järgmistel aegadel:
verify-none = cyberhelp ei ole selle viitenumbri kohta ühtegi sõnumit saatnud. Kui mõni selle viitenumbriga sõnum väidab, et on meilt, ära seda usalda ega tee seda, mida see palub.
verify-invalid = Viitenumbris on 10 tähte ja numbrit, näiteks 7K4M-9QXP-2D.
