## Tools: "Is this message a scam?" (/{lang}/check)

check-title = Este acest mesaj o înșelătorie?
tool-busy = Se verifică…
check-lead = Lipiți SMS-ul, e-mailul, mesajul de chat, linkul, numărul de telefon sau adresa expeditorului pe care le-ați primit. Căutăm semnele obișnuite ale unei înșelătorii. Nimic din ce lipiți nu este păstrat sau trimis altundeva: totul este verificat pe acest server și apoi uitat.
check-field-text = Mesajul, linkul sau adresa
check-field-text-hint = Lipiți textul exact așa cum l-ați primit. Nu dați clic înainte pe linkurile din el.
check-field-country = Țara dumneavoastră
check-submit = Verificați mesajul
check-error-empty = Lipiți mesajul sau linkul pe care vreți să-l verificați.
check-truncated = Mesajul este foarte lung: am verificat doar începutul lui (limita de caractere: { $chars }).
check-unchecked-links = Alte linkuri pe care nu le-am verificat: { $count }.
check-found-title = { $count ->
    [one] Am găsit un semn de înșelătorie
    [few] Am găsit { $count } semne de înșelătorie
   *[other] Am găsit { $count } de semne de înșelătorie
}
check-found-lead = Nu dați clic pe linkuri, nu sunați înapoi la numerele din mesaj, nu plătiți nimic și nu dați niciun cod sau parolă.
check-none-title = Nu am găsit semne cunoscute de înșelătorie
check-none-lead = Asta nu înseamnă că mesajul este sigur. Escrocii își schimbă formulările în fiecare săptămână. Dacă mesajul vă cere să faceți ceva, contactați direct organizația prin site-ul ei oficial, prin aplicație sau la numărul de pe card ori din contract, niciodată prin mesaj.
check-weak-title = Merită verificat
check-links-title = Linkuri și adrese din mesaj
check-link-official = adresă oficială: { $name }
check-link-lookalike = se dă drept: { $name }
check-link-unknown = adresă pe care nu o cunoaștem
check-what-now = Ce puteți face acum
check-forward = Raportați mesajul
check-advice-link = Sfaturi: phishing și mesaje false
check-never-ask = Băncile, poliția și instituțiile publice nu vă cer niciodată prin mesaj sau telefon parole, coduri unice (OTP) sau datele cardului. Nu vă cer niciodată să mutați bani într-un „cont sigur” și nici să instalați o aplicație prin care cineva să vă controleze telefonul sau calculatorul.

check-sign-lookalike = Linkul duce la adresa { $domain }, care seamănă cu adresa oficială ({ $official }), dar nu este aceeași. Organizația imitată: { $brand }.
check-sign-brand-in-domain = Linkul folosește numele „{ $brand }” în interiorul altei adrese ({ $domain }). Adresa oficială este { $official }.
check-sign-name-in-domain = Linkul folosește numele „{ $brand }”, dar duce la alt site: { $domain }.
check-sign-brand-elsewhere = Mesajul folosește numele „{ $brand }”, dar linkul lui duce la adresa { $domain }, nu la site-ul oficial ({ $official }).
check-sign-link-ip = Un link duce la un simplu număr ({ $domain }) în loc de un site cu nume.
check-sign-link-shortener = Un link este scurtat ({ $domain }): nu puteți vedea unde duce de fapt.
check-sign-link-punycode = O adresă folosește litere din alte alfabete care arată ca ale noastre ({ $domain }).
check-sign-link-script = Conține un link care rulează cod sau ascunde conținut ({ $domain }); expeditorii adevărați nu folosesc niciodată așa ceva.
check-sign-hidden-characters = Conține caractere invizibile care schimbă felul în care este afișat textul; sunt folosite pentru a deghiza adrese.
check-sign-safe-account = Vă cere să mutați bani într-un cont „sigur” sau „securizat”. Nicio bancă adevărată și niciun polițist adevărat nu face așa ceva.
check-sign-code = Vă cere să dați, să trimiteți sau să citiți cu voce tare un cod. Un cod pe care îl primiți este doar pentru dumneavoastră; cine vi-l cere vrea să vă preia contul sau să aprobe o plată.
check-sign-remote-access = Vă cere să instalați sau să deschideți o aplicație de control de la distanță (de exemplu AnyDesk sau TeamViewer). Cu ea, un străin vă controlează telefonul sau calculatorul.
check-sign-credentials = Vă cere să confirmați datele de autentificare, parola, PIN-ul sau datele cardului.
check-sign-fee = Vă cere o plată mică pentru a elibera un colet sau a achita o taxă: o metodă des folosită pentru a obține datele cardului.
check-sign-gift-card-crypto = Cere plata în carduri cadou, vouchere sau criptomonede, care nu pot fi urmărite și nici recuperate.
check-sign-new-number = Pretinde că vine de la o rudă cu un „număr nou”: sunați persoana respectivă la numărul pe care îl știți, înainte de a face orice.
check-sign-threat = Vă amenință cu blocarea contului, o amendă, un proces sau poliția, ca să vă sperie și să vă determine să acționați.
check-sign-urgency = Vă grăbește („în 24 de ore”, „ultimul avertisment”). Organizațiile adevărate vă lasă timp.
check-sign-refund = Vă promite o rambursare sau bani care vi s-ar cuveni: o momeală des folosită pentru a obține datele dumneavoastră bancare.
check-sign-prize = Anunță un premiu sau o recompensă la un concurs la care nu v-ați înscris niciodată.

## "Is this really them?" (on /{lang}/check)

verify-contact-title = Chiar este poliția, banca mea sau o autoritate?
verify-contact-lead = Introduceți un număr de telefon, o adresă de e-mail sau un site care pretinde că aparține unei autorități. Îl căutăm printre canalele oficiale din registrul nostru.
verify-contact-field = Număr de telefon, adresă de e-mail sau site web
verify-contact-submit = Căutați
verify-contact-found = Apare în registrul nostru pentru:
verify-contact-source = sursa
verify-contact-none = Nu cunoaștem acest canal pentru nicio autoritate din registrul nostru. Asta nu dovedește că este fals, dar nu vă încredeți în el: căutați chiar dumneavoastră datele de contact ale autorității, pe site-ul ei oficial.
verify-contact-error = Introduceți un număr de telefon, o adresă de e-mail sau o adresă web.

## "Which ransomware is this?" (/{lang}/ransomware)

ransomware-title = Ce ransomware este acesta?
ransomware-lead = Spuneți-ne ce vedeți: extensia adăugată fișierelor criptate, numele fișierului cu mesajul de răscumpărare sau textul acestuia. Le comparăm cu familiile de ransomware cunoscute. Nu se încarcă nimic: nu ne trimiteți fișiere.
ransomware-field-extension = Extensia fișierelor criptate
ransomware-field-extension-hint = De exemplu: poza.jpg.akira → .akira
ransomware-field-note-filename = Numele fișierului cu mesajul de răscumpărare
ransomware-field-note = Textul mesajului de răscumpărare (opțional)
ransomware-field-note-hint = Sunt comparate și adresele de e-mail și onion din el. Nu contactați infractorii.
ransomware-submit = Identificați
ransomware-error-empty = Completați cel puțin un câmp: extensia, numele fișierului cu mesajul de răscumpărare sau textul acestuia.
ransomware-results = Familii probabile
ransomware-ambiguous = Mai multe familii se potrivesc cu ce ați introdus: răspunsul este nesigur. Adăugați numele fișierului sau textul mesajului de răscumpărare ca să restrângeți rezultatul.
ransomware-none = Nu se potrivește nicio familie cunoscută. Se întâmplă des cu ransomware nou sau rar.
ransomware-fake = fals: s-ar putea să nu cripteze de fapt fișierele
ransomware-evidence-address = o adresă din mesajul de răscumpărare
ransomware-evidence-note-file = numele fișierului cu mesajul
ransomware-evidence-extension = extensia
ransomware-evidence-name = numele lui din mesaj
ransomware-evidence-wording = formulările din mesaj
ransomware-refs = Surse
ransomware-decryptors = Căutați un decriptor gratuit
ransomware-nomoreransom = No More Ransom: instrumente de decriptare (poliție și firme de securitate)
ransomware-cryptosheriff = Crypto Sheriff: încărcați acolo două fișiere criptate pentru a identifica ransomware-ul (pe site-ul No More Ransom)
ransomware-next = Nu plătiți, păstrați fișierele criptate și mesajul de răscumpărare, deconectați de la rețea dispozitivele afectate și raportați incidentul.
ransomware-advice = Sfaturi despre ransomware
ransomware-data = Date: galaxia de ransomware a proiectului MISP (versiunea { $version }, CC0).

## "Was this message really sent by cyberhelp?" (/{lang}/verify)

verify-title = Chiar cyberhelp a trimis acest mesaj?
verify-lead = Mesajele acestui portal despre un raport conțin numărul de referință al raportului (de exemplu, 7K4M-9QXP-2D). Introduceți-l ca să vedeți dacă și când am trimis mesaje despre acest raport. Nu se afișează nimic altceva despre raport.
verify-field = Numărul de referință din mesaj
verify-submit = Verificați
verify-sent = cyberhelp a trimis mesaje despre acest număr de referință la următoarele date:
verify-none = cyberhelp nu a trimis niciun mesaj despre acest număr de referință. Dacă un mesaj cu acest număr de referință pretinde că vine de la noi, nu vă încredeți în el și nu faceți ce vă cere.
verify-invalid = Un număr de referință are 10 litere și cifre, de exemplu 7K4M-9QXP-2D.
