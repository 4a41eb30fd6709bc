## Værktøjer: »Er beskeden svindel?« (/{lang}/check)

check-title = Er beskeden svindel?
tool-busy = Kontrollerer…
check-lead = Indsæt det, du har modtaget: sms, e-mail, chatbesked, link, telefonnummer eller afsenderadresse. Vi leder efter de typiske tegn på svindel. Intet af det, du indsætter, bliver gemt eller sendt videre: det bliver tjekket på denne server og derefter glemt.
check-field-text = Beskeden, linket eller adressen
check-field-text-hint = Indsæt det, præcis som du modtog det. Klik ikke på nogen links først.
check-field-country = Dit land
check-submit = Tjek beskeden
check-error-empty = Indsæt den besked eller det link, du vil tjekke.
check-truncated = Beskeden er meget lang: vi har kun tjekket de første { $chars } tegn.
check-unchecked-links = { $count ->
    [one] Den indeholder ét link mere, som vi ikke har tjekket.
   *[other] Den indeholder yderligere { $count } links, som vi ikke har tjekket.
}
check-found-title = { $count ->
    [one] Vi fandt ét tegn på svindel
   *[other] Vi fandt { $count } tegn på svindel
}
check-found-lead = Klik ikke på links i beskeden, ring ikke tilbage til numre i den, betal ikke, og giv aldrig nogen en kode eller adgangskode.
check-none-title = Vi fandt ingen kendte tegn på svindel
check-none-lead = Det betyder ikke, at beskeden er sikker. Svindlere ændrer deres formuleringer hver uge. Hvis beskeden beder dig om at gøre noget, så kontakt selv organisationen via dens officielle websted, app eller nummeret på dit kort eller din kontrakt – aldrig via beskeden.
check-weak-title = Værd at tjekke
check-links-title = Links og adresser i beskeden
check-link-official = bruges af { $name }
check-link-lookalike = efterligner { $name }
check-link-unknown = ikke en adresse, vi kender
check-what-now = Hvad du skal gøre nu
check-forward = Indberet beskeden
check-advice-link = Råd: phishing og falske beskeder
check-never-ask = Banker, politiet og offentlige myndigheder beder dig aldrig via besked eller telefon om adgangskoder, engangskoder eller kortoplysninger. De beder dig aldrig om at flytte penge til en »sikker konto«, og de beder dig aldrig om at installere en app, der kan styre din telefon eller computer.

check-sign-lookalike = Linket fører til { $domain }, der ligner adressen for { $brand } ({ $official }), men ikke er den.
check-sign-brand-in-domain = Linket bruger navnet { $brand } inde i en anden adresse ({ $domain }). Den rigtige adresse for { $brand } er { $official }.
check-sign-name-in-domain = Linket låner navnet { $brand }, men fører til et andet websted: { $domain }.
check-sign-brand-elsewhere = Beskeden nævner { $brand }, men linket fører til { $domain } og ikke til det rigtige websted for { $brand } ({ $official }).
check-sign-link-ip = Et link fører til en adresse, der kun består af tal ({ $domain }), i stedet for til et websted med et navn.
check-sign-link-shortener = Et link er forkortet ({ $domain }): du kan ikke se, hvor det i virkeligheden fører hen.
check-sign-link-punycode = En adresse bruger bogstaver fra andre alfabeter, der ligner vores ({ $domain }).
check-sign-link-script = Beskeden indeholder et link, der kører kode eller skjuler indhold ({ $domain }). Rigtige afsendere bruger aldrig den slags links.
check-sign-hidden-characters = Beskeden indeholder usynlige tegn, der ændrer, hvordan teksten vises. De bruges til at skjule adresser.
check-sign-safe-account = Beskeden beder dig flytte penge til en »sikker« eller »beskyttet« konto. Det gør en rigtig bank eller politibetjent aldrig.
check-sign-code = Beskeden beder dig give, sende eller læse en kode op. En kode, du modtager, er kun til dig. Den, der beder om den, vil overtage din konto eller godkende en betaling.
check-sign-remote-access = Beskeden beder dig installere eller åbne en app til fjernstyring (f.eks. AnyDesk eller TeamViewer). Med den kan en fremmed styre din telefon eller computer.
check-sign-credentials = Beskeden beder dig bekræfte dit login, din adgangskode, din pinkode eller dine kortoplysninger.
check-sign-fee = Beskeden beder om en lille betaling for at frigive en pakke eller betale et gebyr: en almindelig måde at få fat i dine kortoplysninger på.
check-sign-gift-card-crypto = Beskeden beder om betaling med gavekort, vouchers eller kryptovaluta. Den slags betalinger kan hverken spores eller føres tilbage.
check-sign-new-number = Beskeden siger, at den er fra et familiemedlem med et »nyt nummer«: ring til personen på det nummer, du kender, før du gør noget.
check-sign-threat = Beskeden truer dig med en spærret konto, en bøde, en retssag eller politiet for at skræmme dig til at handle.
check-sign-urgency = Beskeden presser dig (»inden for 24 timer«, »sidste advarsel«). Rigtige organisationer giver dig tid.
check-sign-refund = Beskeden lover en tilbagebetaling eller penge, du har til gode: en almindelig lokkemad for at få fat i dine bankoplysninger.
check-sign-prize = Beskeden siger, at du har vundet en præmie eller er udvalgt til en belønning, selv om du aldrig har deltaget i noget.

## »Er det virkelig dem?« (på /{lang}/check)

verify-contact-title = Er det virkelig politiet, min bank eller en myndighed?
verify-contact-lead = Indtast et telefonnummer, en e-mailadresse eller et websted, der påstår at være en myndighed. Vi slår det op blandt de officielle kanaler i vores oversigt.
verify-contact-field = Telefonnummer, e-mailadresse eller websted
verify-contact-submit = Slå op
verify-contact-found = Ifølge vores oversigt hører det til:
verify-contact-source = kilde
verify-contact-none = Det er ikke en kanal, vi kender for nogen myndighed i vores oversigt. Det beviser ikke, at den er falsk, men stol ikke på den: find selv myndighedens kontaktoplysninger på dens officielle websted.
verify-contact-error = Indtast et telefonnummer, en e-mailadresse eller en webadresse.

## »Hvilken ransomware er det?« (/{lang}/ransomware)

ransomware-title = Hvilken ransomware er det?
ransomware-lead = Fortæl os, hvad du ser: den filendelse, der er sat på dine krypterede filer, navnet på filen med løsesumsbeskeden eller teksten i beskeden. Vi sammenligner det med kendte ransomwarefamilier. Intet bliver uploadet: send os ikke filer.
ransomware-field-extension = Filendelse på de krypterede filer
ransomware-field-extension-hint = For eksempel: foto.jpg.akira → .akira
ransomware-field-note-filename = Filnavnet på løsesumsbeskeden
ransomware-field-note = Teksten i løsesumsbeskeden (frivilligt)
ransomware-field-note-hint = E-mail- og onion-adresser i teksten bliver også sammenlignet. Kontakt ikke de kriminelle.
ransomware-submit = Identificer
ransomware-error-empty = Angiv mindst én ting: filendelsen, filnavnet på løsesumsbeskeden eller teksten i den.
ransomware-results = Sandsynlige familier
ransomware-ambiguous = Flere familier passer med det, du har angivet: svaret er usikkert. Tilføj filnavnet på løsesumsbeskeden eller teksten i den for at indsnævre det.
ransomware-none = Ingen kendt familie passer. Det er almindeligt med ny eller sjælden ransomware.
ransomware-fake = falsk: den krypterer måske slet ikke filerne
ransomware-evidence-address = en adresse i løsesumsbeskeden
ransomware-evidence-note-file = filnavnet på løsesumsbeskeden
ransomware-evidence-extension = filendelsen
ransomware-evidence-name = dens navn i løsesumsbeskeden
ransomware-evidence-wording = ordlyden i løsesumsbeskeden
ransomware-refs = Kilder
ransomware-decryptors = Find et gratis dekrypteringsværktøj
ransomware-nomoreransom = No More Ransom: dekrypteringsværktøjer (politi og sikkerhedsvirksomheder)
ransomware-cryptosheriff = Crypto Sheriff: upload to krypterede filer der for at finde ud af, hvilken ransomware det er (på webstedet for No More Ransom)
ransomware-next = Betal ikke. Gem de krypterede filer og løsesumsbeskeden, afbryd de ramte enheder fra netværket, og indberet det.
ransomware-advice = Råd om ransomware
ransomware-data = Data: ransomware-galaksen fra MISP-projektet (version { $version }, CC0).

## "Was this message really sent by cyberhelp?" (/{lang}/verify)

verify-title = Kommer beskeden virkelig fra cyberhelp?
verify-lead = Beskeder fra denne portal om en indberetning indeholder indberetningens referencenummer (for eksempel 7K4M-9QXP-2D). Indtast det for at se, om og hvornår vi har sendt beskeder om indberetningen. Der vises ikke andet om indberetningen.
verify-field = Referencenummeret i beskeden
verify-submit = Tjek
verify-sent = cyberhelp har sendt beskeder om dette referencenummer på disse tidspunkter:
verify-none = cyberhelp har ikke sendt nogen besked om dette referencenummer. Hvis en besked med dette referencenummer påstår at komme fra os, så stol ikke på den, og gør ikke, hvad den beder om.
verify-invalid = Et referencenummer består af 10 bogstaver og cifre, for eksempel 7K4M-9QXP-2D.
