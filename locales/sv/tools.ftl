## Verktyg: ”Är meddelandet ett bedrägeriförsök?” (/{lang}/check)

check-title = Är meddelandet ett bedrägeriförsök?
tool-busy = Kontrollerar…
check-lead = Klistra in sms:et, e-postmeddelandet, chattmeddelandet, länken, telefonnumret eller avsändaradressen som du har fått. Vi letar efter de vanliga tecknen på bedrägeri. Inget av det du klistrar in sparas eller skickas vidare: det kontrolleras på den här servern och glöms sedan bort.
check-field-text = Meddelandet, länken eller adressen
check-field-text-hint = Klistra in det som du fick det. Klicka inte på länkarna först.
check-field-country = Ditt land
check-submit = Kontrollera meddelandet
check-error-empty = Klistra in meddelandet eller länken som du vill kontrollera.
check-truncated = Meddelandet är mycket långt: vi kontrollerade bara de första { $chars } tecknen.
check-unchecked-links = { $count ->
    [one] Det innehåller ytterligare en länk som vi inte kontrollerade.
   *[other] Det innehåller ytterligare { $count } länkar som vi inte kontrollerade.
}
check-found-title = { $count ->
    [one] Vi hittade ett tecken på bedrägeri
   *[other] Vi hittade { $count } tecken på bedrägeri
}
check-found-lead = Klicka inte på länkarna, ring inte tillbaka till nummer i meddelandet, betala ingenting och lämna aldrig ut någon kod eller något lösenord.
check-none-title = Vi hittade inga kända tecken på bedrägeri
check-none-lead = Det betyder inte att meddelandet är ofarligt. Bedragare ändrar sina formuleringar varje vecka. Om meddelandet ber dig göra något, kontakta organisationen själv via dess officiella webbplats, app eller numret på ditt kort eller avtal – aldrig via meddelandet.
check-weak-title = Värt att kontrollera
check-links-title = Länkar och adresser i meddelandet
check-link-official = används av { $name }
check-link-lookalike = efterliknar { $name }
check-link-unknown = ingen adress som vi känner till
check-what-now = Vad du kan göra nu
check-forward = Rapportera meddelandet
check-advice-link = Råd: nätfiske och falska meddelanden
check-never-ask = Banker, polisen och myndigheter ber dig aldrig via meddelande eller telefon om lösenord, engångskoder eller kortuppgifter. De ber dig aldrig att flytta pengar till ett ”säkert konto” och aldrig att installera en app som kan styra din telefon eller dator.

check-sign-lookalike = Länken leder till { $domain }, som liknar adressen till { $brand } ({ $official }) men inte är den.
check-sign-brand-in-domain = Länken använder namnet { $brand } inuti en annan adress ({ $domain }). Den riktiga adressen till { $brand } är { $official }.
check-sign-name-in-domain = Länken lånar namnet { $brand } men leder till en annan webbplats: { $domain }.
check-sign-brand-elsewhere = Meddelandet nämner { $brand }, men länken leder till { $domain } och inte till den riktiga webbplatsen för { $brand } ({ $official }).
check-sign-link-ip = En länk leder till en adress som bara består av siffror ({ $domain }) i stället för till en webbplats med namn.
check-sign-link-shortener = En länk är förkortad ({ $domain }): du kan inte se vart den egentligen leder.
check-sign-link-punycode = En adress använder bokstäver från andra alfabet som ser ut som våra ({ $domain }).
check-sign-link-script = Meddelandet innehåller en länk som kör kod eller döljer innehåll ({ $domain }). Riktiga avsändare använder aldrig sådana länkar.
check-sign-hidden-characters = Meddelandet innehåller osynliga tecken som ändrar hur texten visas. De används för att dölja adresser.
check-sign-safe-account = Meddelandet ber dig flytta pengar till ett ”säkert” eller ”skyddat” konto. Ingen riktig bank eller polis gör någonsin så.
check-sign-code = Meddelandet ber dig lämna ut, skicka eller läsa upp en kod. En kod som du får är bara till för dig. Den som ber om den vill ta över ditt konto eller godkänna en betalning.
check-sign-remote-access = Meddelandet ber dig installera eller öppna en app för fjärrstyrning (till exempel AnyDesk eller TeamViewer). Med den kan en främling styra din telefon eller dator.
check-sign-credentials = Meddelandet ber dig bekräfta dina inloggningsuppgifter, ditt lösenord, din pinkod eller dina kortuppgifter.
check-sign-fee = Meddelandet ber om en liten betalning för att lösa ut ett paket eller betala en avgift: ett vanligt sätt att komma åt dina kortuppgifter.
check-sign-gift-card-crypto = Meddelandet ber om betalning med presentkort, värdebevis eller kryptovaluta. Sådana betalningar går inte att spåra eller få tillbaka.
check-sign-new-number = Meddelandet säger sig komma från en anhörig med ”nytt nummer”: ring personen på det nummer du redan har innan du gör något.
check-sign-threat = Meddelandet hotar med spärrat konto, böter, rättegång eller polisen för att skrämma dig till att agera.
check-sign-urgency = Meddelandet stressar dig (”inom 24 timmar”, ”sista varningen”). Riktiga organisationer ger dig tid.
check-sign-refund = Meddelandet lovar en återbetalning eller pengar som du har att få: ett vanligt lockbete för att komma åt dina bankuppgifter.
check-sign-prize = Meddelandet säger att du har vunnit ett pris eller blivit utvald till en belöning, fast du aldrig har deltagit i något.

## ”Är det verkligen de?” (på /{lang}/check)

verify-contact-title = Är det verkligen polisen, min bank eller en myndighet?
verify-contact-lead = Ange ett telefonnummer, en e-postadress eller en webbplats som utger sig för att tillhöra en myndighet. Vi söker efter den bland de officiella kanalerna i vår katalog.
verify-contact-field = Telefonnummer, e-postadress eller webbplats
verify-contact-submit = Sök
verify-contact-found = Enligt vår katalog tillhör den:
verify-contact-source = källa
verify-contact-none = Det här är ingen kanal som vi känner till för någon myndighet i vår katalog. Det bevisar inte att den är falsk, men lita inte på den: leta själv upp myndighetens kontaktuppgifter på dess officiella webbplats.
verify-contact-error = Ange ett telefonnummer, en e-postadress eller en webbadress.

## ”Vilken ransomware är det här?” (/{lang}/ransomware)

ransomware-title = Vilken ransomware är det här?
ransomware-lead = Berätta vad du ser: filändelsen som har lagts till på dina krypterade filer, namnet på filen med krav på lösensumma eller texten i kravet. Vi jämför det med kända ransomware-familjer. Inget laddas upp: skicka inga filer till oss.
ransomware-field-extension = Filändelse på de krypterade filerna
ransomware-field-extension-hint = Till exempel: bild.jpg.akira → .akira
ransomware-field-note-filename = Filnamn på kravet om lösensumma
ransomware-field-note = Texten i kravet om lösensumma (frivilligt)
ransomware-field-note-hint = E-post- och onion-adresser i texten jämförs också. Kontakta inte brottslingarna.
ransomware-submit = Identifiera
ransomware-error-empty = Ange minst en sak: filändelsen, filnamnet på kravet eller texten i det.
ransomware-results = Troliga familjer
ransomware-ambiguous = Flera familjer stämmer med det du angav: svaret är osäkert. Lägg till filnamnet på kravet om lösensumma eller texten i det för att ringa in svaret.
ransomware-none = Ingen känd familj stämmer. Det är vanligt med ny eller ovanlig ransomware.
ransomware-fake = falsk: den krypterar kanske inte filerna på riktigt
ransomware-evidence-address = en adress i kravet
ransomware-evidence-note-file = filnamnet på kravet
ransomware-evidence-extension = filändelsen
ransomware-evidence-name = namnet i kravet
ransomware-evidence-wording = formuleringarna i kravet
ransomware-refs = Källor
ransomware-decryptors = Leta efter ett gratis dekrypteringsverktyg
ransomware-nomoreransom = No More Ransom: dekrypteringsverktyg (polis och säkerhetsföretag)
ransomware-cryptosheriff = Crypto Sheriff: ladda upp två krypterade filer där för att identifiera ransomwaren (på webbplatsen för No More Ransom)
ransomware-next = Betala inte. Spara de krypterade filerna och kravet om lösensumma, koppla bort de drabbade enheterna från nätverket och rapportera det som har hänt.
ransomware-advice = Råd om ransomware
ransomware-data = Data: ransomware-galaxen från MISP-projektet (version { $version }, CC0).

## "Was this message really sent by cyberhelp?" (/{lang}/verify)

verify-title = Kommer meddelandet verkligen från cyberhelp?
verify-lead = Meddelanden från den här portalen om en rapport innehåller rapportens referensnummer (till exempel 7K4M-9QXP-2D). Ange det för att se om och när vi har skickat meddelanden om rapporten. Inget annat om rapporten visas.
verify-field = Referensnumret i meddelandet
verify-submit = Kontrollera
verify-sent = cyberhelp har skickat meddelanden om det här referensnumret vid följande tidpunkter:
verify-none = cyberhelp har inte skickat något meddelande om det här referensnumret. Om ett meddelande med det här referensnumret påstår sig komma från oss ska du inte lita på det och inte göra som det säger.
verify-invalid = Ett referensnummer består av 10 bokstäver och siffror, till exempel 7K4M-9QXP-2D.
