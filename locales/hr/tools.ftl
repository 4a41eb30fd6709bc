## Tools: "Is this message a scam?" (/{lang}/check)

check-title = Je li ova poruka prijevara?
tool-busy = Provjeravam…
check-lead = Zalijepite SMS, e-poruku, poruku iz chata, poveznicu, telefonski broj ili adresu pošiljatelja koju ste primili. Tražimo uobičajene znakove prijevare. Ništa što zalijepite ne pohranjujemo niti šaljemo dalje: provjerava se na ovom poslužitelju i zatim zaboravlja.
check-field-text = Poruka, poveznica ili adresa
check-field-text-hint = Zalijepite je onako kako ste je primili. Prije toga ne otvarajte poveznice u njoj.
check-field-country = Vaša zemlja
check-submit = Provjeri poruku
check-error-empty = Zalijepite poruku ili poveznicu koju želite provjeriti.
check-truncated = Poruka je vrlo duga: provjerili smo samo prvih { $chars } znakova.
check-unchecked-links = Sadrži i druge poveznice koje nismo provjerili (ukupno: { $count }).
check-found-title = { $count ->
    [one] Pronašli smo { $count } znak prijevare
    [few] Pronašli smo { $count } znaka prijevare
   *[other] Pronašli smo { $count } znakova prijevare
}
check-found-lead = Ne otvarajte poveznice iz poruke, ne zovite brojeve navedene u njoj, ništa ne plaćajte i nikome ne dajte nikakav kod ni lozinku.
check-none-title = Nismo pronašli poznate znakove prijevare
check-none-lead = To ne znači da je poruka sigurna. Prevaranti svaki tjedan mijenjaju tekst poruka. Ako poruka traži da nešto učinite, sami se obratite organizaciji putem njezine službene mrežne stranice, aplikacije ili broja s kartice ili ugovora, nikada putem poruke.
check-weak-title = Vrijedi provjeriti
check-links-title = Poveznice i adrese u poruci
check-link-official = koristi je { $name }
check-link-lookalike = oponaša adresu koju koristi { $name }
check-link-unknown = adresa koju ne poznajemo
check-what-now = Što učiniti sada
check-forward = Prijavite poruku
check-advice-link = Savjeti: phishing i lažne poruke
check-never-ask = Banke, policija i javna tijela nikada porukom ni telefonom ne traže vaše lozinke, jednokratne kodove ni podatke o kartici, nikada ne traže da novac prebacite na „siguran račun” i nikada ne traže da instalirate aplikaciju kojom se upravlja vašim mobitelom ili računalom.

check-sign-lookalike = Poveznica vodi na adresu { $domain }, koja izgleda kao adresa organizacije { $brand } ({ $official }), ali to nije.
check-sign-brand-in-domain = Poveznica koristi naziv { $brand } unutar druge adrese ({ $domain }); prava adresa organizacije { $brand } je { $official }.
check-sign-name-in-domain = Poveznica koristi naziv { $brand }, ali vodi na drugu mrežnu stranicu: { $domain }.
check-sign-brand-elsewhere = Poruka spominje naziv { $brand }, ali njezina poveznica vodi na adresu { $domain }, a ne na službenu stranicu organizacije { $brand } ({ $official }).
check-sign-link-ip = Poveznica vodi na goli broj ({ $domain }) umjesto na mrežnu stranicu s imenom.
check-sign-link-shortener = Poveznica je skraćena ({ $domain }): ne vidite kamo zapravo vodi.
check-sign-link-punycode = Adresa koristi slova iz drugih pisama koja izgledaju kao naša ({ $domain }).
check-sign-link-script = Sadrži poveznicu koja pokreće kod ili skriva sadržaj ({ $domain }); pravi pošiljatelji takve poveznice nikada ne koriste.
check-sign-hidden-characters = Sadrži nevidljive znakove koji mijenjaju prikaz teksta; njima se prikrivaju adrese.
check-sign-safe-account = Traži da novac prebacite na „siguran” ili „zaštićen” račun. Nijedna prava banka ni pravi policajac to nikada ne traže.
check-sign-code = Traži da date, pošaljete ili naglas pročitate neki kod. Kod koji primite samo je za vas; tko ga traži, želi preuzeti vaš račun ili odobriti plaćanje.
check-sign-remote-access = Traži da instalirate ili otvorite aplikaciju za daljinski pristup (npr. AnyDesk ili TeamViewer). Pomoću nje nepoznata osoba upravlja vašim mobitelom ili računalom.
check-sign-credentials = Traži da potvrdite korisničko ime, lozinku, PIN ili podatke o kartici.
check-sign-fee = Traži da platite mali iznos kako bi vam se isporučio paket ili podmirio neki trošak: čest način da se dođe do podataka o vašoj kartici.
check-sign-gift-card-crypto = Traži plaćanje poklon-karticama, vaučerima ili kriptovalutom, a takva se plaćanja ne mogu ni pratiti ni vratiti.
check-sign-new-number = Tvrdi da je poruka od člana obitelji s „novim brojem”: prije nego što išta učinite, nazovite tu osobu na broj koji znate.
check-sign-threat = Prijeti vam blokiranim računom, kaznom, sudskim postupkom ili policijom kako bi vas zastrašila da brzo reagirate.
check-sign-urgency = Požuruje vas („u roku od 24 sata”, „posljednje upozorenje”). Prave organizacije daju vam vremena.
check-sign-refund = Obećava povrat novca ili novac koji vam navodno duguju: čest mamac kako bi se došlo do vaših bankovnih podataka.
check-sign-prize = Tvrdi da ste osvojili nagradu ili da ste odabrani za nagradu za koju se nikada niste prijavili.

## "Is this really them?" (on /{lang}/check)

verify-contact-title = Je li ovo zaista policija, moja banka ili neko tijelo?
verify-contact-lead = Upišite telefonski broj, adresu e-pošte ili mrežnu stranicu koja se predstavlja kao službeno tijelo. Potražit ćemo je među službenim kanalima u našem imeniku.
verify-contact-field = Telefonski broj, adresa e-pošte ili mrežna stranica
verify-contact-submit = Potraži
verify-contact-found = Ovo je navedeno za:
verify-contact-source = izvor
verify-contact-none = Ovo nije kanal koji poznajemo ni za jedno tijelo u našem imeniku. To ne dokazuje da je lažan, ali mu nemojte vjerovati: sami pronađite kontakt tijela, na njegovoj službenoj mrežnoj stranici.
verify-contact-error = Upišite telefonski broj, adresu e-pošte ili web adresu.

## "Which ransomware is this?" (/{lang}/ransomware)

ransomware-title = Koji je ovo ransomware?
ransomware-lead = Recite nam što vidite: nastavak dodan šifriranim datotekama, naziv datoteke s porukom o otkupnini ili tekst te poruke. Uspoređujemo to s poznatim obiteljima ransomwarea. Ništa se ne učitava: ne šaljite nam datoteke.
ransomware-field-extension = Nastavak šifriranih datoteka
ransomware-field-extension-hint = Na primjer: fotografija.jpg.akira → .akira
ransomware-field-note-filename = Naziv datoteke s porukom o otkupnini
ransomware-field-note = Tekst poruke o otkupnini (nije obvezno)
ransomware-field-note-hint = Uspoređujemo i adrese e-pošte i onion adrese iz poruke. Ne stupajte u kontakt s kriminalcima.
ransomware-submit = Prepoznaj
ransomware-error-empty = Navedite barem jedno: nastavak, naziv datoteke s porukom ili njezin tekst.
ransomware-results = Vjerojatne obitelji
ransomware-ambiguous = Vašim podacima odgovara više obitelji: odgovor nije siguran. Dodajte naziv datoteke s porukom o otkupnini ili njezin tekst kako biste suzili izbor.
ransomware-none = Nijedna poznata obitelj ne odgovara. To je često kod novog ili rijetkog ransomwarea.
ransomware-fake = lažnjak: možda zapravo ne šifrira datoteke
ransomware-evidence-address = adresa u poruci
ransomware-evidence-note-file = naziv datoteke s porukom
ransomware-evidence-extension = nastavak
ransomware-evidence-name = njegov naziv u poruci
ransomware-evidence-wording = formulacija poruke
ransomware-refs = Izvori
ransomware-decryptors = Potražite besplatan alat za dešifriranje
ransomware-nomoreransom = No More Ransom: alati za dešifriranje (policija i sigurnosne tvrtke)
ransomware-cryptosheriff = Crypto Sheriff: ondje učitajte dvije šifrirane datoteke kako biste prepoznali ransomware (na stranici No More Ransom)
ransomware-next = Ne plaćajte, sačuvajte šifrirane datoteke i poruku o otkupnini, isključite zahvaćene uređaje iz mreže i prijavite incident.
ransomware-advice = Savjeti o ransomwareu
ransomware-data = Podaci: MISP Project, galaksija ransomwarea (verzija { $version }, CC0).

## "Was this message really sent by cyberhelp?" (/{lang}/verify)

verify-title = Je li ovu poruku zaista poslao cyberhelp?
verify-lead = Poruke s ovog portala o prijavi sadrže referentni broj te prijave (na primjer 7K4M-9QXP-2D). Upišite ga da biste vidjeli jesmo li slali poruke o toj prijavi i kada. Ništa drugo o prijavi ne prikazujemo.
verify-field = Referentni broj naveden u poruci
verify-submit = Provjeri
verify-sent = cyberhelp je poslao poruke o ovom referentnom broju u sljedećim terminima:
verify-none = cyberhelp nije poslao nijednu poruku o ovom referentnom broju. Ako poruka s ovim referentnim brojem tvrdi da je od nas, nemojte joj vjerovati i ne postupajte prema njoj.
verify-invalid = Referentni broj ima 10 slova i znamenaka, na primjer 7K4M-9QXP-2D.
