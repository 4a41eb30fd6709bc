## Tools: "Is this message a scam?" (/{lang}/check)

check-title = Je to sporočilo prevara?
tool-busy = Preverjanje …
check-lead = Prilepite prejeto SMS-sporočilo, e-poštno sporočilo, sporočilo iz klepeta, povezavo, telefonsko številko ali naslov pošiljatelja. Poiščemo običajne znake prevare. Ničesar, kar prilepite, ne shranimo in ne pošljemo nikamor: preverimo na tem strežniku in nato pozabimo.
check-field-text = Sporočilo, povezava ali naslov
check-field-text-hint = Prilepite ga tako, kot ste ga prejeli. Povezav v njem prej ne odpirajte.
check-field-country = Vaša država
check-submit = Preveri sporočilo
check-error-empty = Prilepite sporočilo ali povezavo, ki jo želite preveriti.
check-truncated = Sporočilo je zelo dolgo: preverili smo samo prvih { $chars } znakov.
check-unchecked-links = Vsebuje še druge povezave, ki jih nismo preverili (skupaj { $count }).
check-found-title = { $count ->
    [one] Našli smo { $count } znak prevare
    [two] Našli smo { $count } znaka prevare
    [few] Našli smo { $count } znake prevare
   *[other] Našli smo { $count } znakov prevare
}
check-found-lead = Ne odpirajte povezav v njem, ne kličite številk iz njega, ničesar ne plačajte in nikomur ne dajte nobene kode ali gesla.
check-none-title = Nismo našli znanih znakov prevare
check-none-lead = To še ne pomeni, da je sporočilo varno. Goljufi besedila spreminjajo vsak teden. Če sporočilo od vas zahteva, da nekaj storite, se na organizacijo obrnite sami: prek njenega uradnega spletnega mesta, aplikacije ali številke na svoji kartici ali pogodbi, nikoli prek sporočila.
check-weak-title = Vredno je preveriti
check-links-title = Povezave in naslovi v sporočilu
check-link-official = ga uporablja { $name }
check-link-lookalike = posnema naslov, ki ga uporablja { $name }
check-link-unknown = naslova ne poznamo
check-what-now = Kaj storiti zdaj
check-forward = Prijavite sporočilo
check-advice-link = Nasveti: phishing in lažna sporočila
check-never-ask = Banke, policija in javni organi vas nikoli ne prosijo po sporočilu ali telefonu za gesla, enkratne kode ali podatke kartice, nikoli ne zahtevajo, da denar prenesete na »varen račun«, in nikoli ne zahtevajo, da namestite aplikacijo, s katero bi upravljali vaš telefon ali računalnik.

check-sign-lookalike = Povezava vodi na naslov { $domain }, ki je podoben naslovu organizacije { $brand } ({ $official }), vendar ni isti.
check-sign-brand-in-domain = Povezava uporablja ime { $brand } znotraj drugega naslova ({ $domain }); pravi naslov organizacije { $brand } je { $official }.
check-sign-name-in-domain = Povezava uporablja ime { $brand }, vendar vodi na drugo spletno mesto: { $domain }.
check-sign-brand-elsewhere = Sporočilo omenja organizacijo { $brand }, vendar povezava v njem vodi na naslov { $domain }, ne na njeno spletno mesto ({ $official }).
check-sign-link-ip = Povezava vodi na golo številko ({ $domain }) namesto na spletno mesto z imenom.
check-sign-link-shortener = Povezava je skrajšana ({ $domain }): ne vidite, kam v resnici vodi.
check-sign-link-punycode = Naslov uporablja črke iz drugih pisav, ki so videti kot naše ({ $domain }).
check-sign-link-script = Vsebuje povezavo, ki zažene kodo ali skrije vsebino ({ $domain }); pravi pošiljatelji takih povezav nikoli ne uporabljajo.
check-sign-hidden-characters = Vsebuje nevidne znake, ki spremenijo prikaz besedila; z njimi se prikrivajo naslovi.
check-sign-safe-account = Od vas zahteva, da denar prenesete na »varen« ali »zaščiten« račun. Nobena prava banka in noben pravi policist tega nikoli ne zahteva.
check-sign-code = Od vas zahteva, da kodo poveste, pošljete ali preberete na glas. Koda, ki jo prejmete, je samo za vas; kdor jo zahteva, želi prevzeti vaš račun ali odobriti plačilo.
check-sign-remote-access = Od vas zahteva, da namestite ali odprete aplikacijo za oddaljeni dostop (na primer AnyDesk ali TeamViewer). Z njo neznanec upravlja vaš telefon ali računalnik.
check-sign-credentials = Od vas zahteva, da potrdite svoje uporabniško ime, geslo, PIN ali podatke kartice.
check-sign-fee = Zahteva majhno plačilo, da bi vam izročili paket ali poravnali strošek: to je pogost način, kako pridejo do podatkov vaše kartice.
check-sign-gift-card-crypto = Zahteva plačilo z darilnimi karticami, boni ali kriptovalutami, ki jih ni mogoče izslediti ali vrniti.
check-sign-new-number = Pošiljatelj trdi, da je vaš sorodnik z »novo številko«: preden karkoli storite, osebo pokličite na številko, ki jo poznate.
check-sign-threat = Grozi vam z blokiranim računom, globo, sodnim postopkom ali policijo, da bi vas prestrašilo in bi hitro ukrepali.
check-sign-urgency = Priganja vas (»v 24 urah«, »zadnje opozorilo«). Prave organizacije vam dajo čas.
check-sign-refund = Obljublja vračilo ali denar, ki naj bi vam ga dolgovali: pogosta vaba, da pridejo do vaših bančnih podatkov.
check-sign-prize = Trdi, da ste zadeli nagrado ali bili izbrani za nagrado v igri, v kateri niste sodelovali.

## "Is this really them?" (on /{lang}/check)

verify-contact-title = Je to res policija, moja banka ali organ?
verify-contact-lead = Vnesite telefonsko številko, e-poštni naslov ali spletno mesto, ki se predstavlja kot organ. Poiščemo ga med uradnimi kanali v našem imeniku.
verify-contact-field = Telefonska številka, e-poštni naslov ali spletno mesto
verify-contact-submit = Poišči
verify-contact-found = To je navedeno za:
verify-contact-source = vir
verify-contact-none = Tega kanala ne poznamo za noben organ v našem imeniku. To ne dokazuje, da je lažen, vendar mu ne zaupajte: kontakt organa poiščite sami, na njegovem uradnem spletnem mestu.
verify-contact-error = Vnesite telefonsko številko, e-poštni naslov ali spletni naslov.

## "Which ransomware is this?" (/{lang}/ransomware)

ransomware-title = Katero izsiljevalsko programje je to?
ransomware-lead = Povejte nam, kaj vidite: končnico, ki je bila dodana šifriranim datotekam, ime datoteke z zahtevo za odkupnino ali besedilo te zahteve. Primerjamo jih z znanimi družinami izsiljevalskega programja. Nič se ne nalaga: ne pošiljajte nam datotek.
ransomware-field-extension = Končnica šifriranih datotek
ransomware-field-extension-hint = Na primer: slika.jpg.akira → .akira
ransomware-field-note-filename = Ime datoteke z zahtevo za odkupnino
ransomware-field-note = Besedilo zahteve za odkupnino (neobvezno)
ransomware-field-note-hint = Primerjamo tudi e-poštne naslove in naslove onion v njem. Ne stopajte v stik s kriminalci.
ransomware-submit = Prepoznaj
ransomware-error-empty = Navedite vsaj eno: končnico, ime datoteke z zahtevo ali njeno besedilo.
ransomware-results = Verjetne družine
ransomware-ambiguous = Vašim podatkom ustreza več družin: odgovor ni zanesljiv. Dodajte ime datoteke z zahtevo za odkupnino ali njeno besedilo, da zožite izbor.
ransomware-none = Nobena znana družina ne ustreza. To je pogosto pri novem ali redkem izsiljevalskem programju.
ransomware-fake = ponaredek: morda datotek v resnici ne šifrira
ransomware-evidence-address = naslov v zahtevi
ransomware-evidence-note-file = ime datoteke z zahtevo
ransomware-evidence-extension = končnica
ransomware-evidence-name = njegovo ime v zahtevi
ransomware-evidence-wording = ubeseditev zahteve
ransomware-refs = Viri
ransomware-decryptors = Poiščite brezplačno orodje za dešifriranje
ransomware-nomoreransom = No More Ransom: orodja za dešifriranje (policija in varnostna podjetja)
ransomware-cryptosheriff = Crypto Sheriff: tja naložite dve šifrirani datoteki, da prepoznate izsiljevalsko programje (na spletnem mestu No More Ransom)
ransomware-next = Ne plačajte, shranite šifrirane datoteke in zahtevo za odkupnino, prizadete naprave odklopite iz omrežja in incident prijavite.
ransomware-advice = Nasveti o izsiljevalskem programju
ransomware-data = Podatki: galaksija izsiljevalskega programja projekta MISP (različica { $version }, CC0).

## "Was this message really sent by cyberhelp?" (/{lang}/verify)

verify-title = Je to sporočilo res poslal cyberhelp?
verify-lead = Sporočila tega portala o prijavi vsebujejo referenčno številko prijave (na primer 7K4M-9QXP-2D). Vnesite jo, da vidite, ali in kdaj smo o tej prijavi poslali sporočila. Drugih podatkov o prijavi ne prikažemo.
verify-field = Referenčna številka iz sporočila
verify-submit = Preveri
verify-sent = Sporočila o tej referenčni številki je cyberhelp poslal:
verify-none = cyberhelp o tej referenčni številki ni poslal nobenega sporočila. Če sporočilo s to referenčno številko trdi, da je od nas, mu ne zaupajte in ne ravnajte po njem.
verify-invalid = Referenčna številka ima 10 črk in števk, na primer 7K4M-9QXP-2D.
