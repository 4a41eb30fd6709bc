## Routing: why each step is recommended (ids referenced from content/routing.toml)

route-why-police-people = Hvis nogen truer, chikanerer eller udnytter dig, eller hvis et barn er involveret, skal du kontakte politiet først. Betal ikke, og forhandl ikke: gem beskederne som bevis.
route-why-helpline = Du skal ikke stå alene med det: disse rådgivningslinjer lytter, giver råd og kan hjælpe dig med at få fjernet billeder eller indhold.
route-why-nis2-early-warning = Som væsentlig eller vigtig enhed skal du sende en tidlig varsling til dit CSIRT eller den kompetente myndighed inden for 24 timer efter, at du har fået kendskab til en væsentlig hændelse.
route-why-nis2-notification = Inden for 72 timer skal du følge op med en hændelsesunderretning: første vurdering, alvor, konsekvenser og kompromitteringsindikatorer.
route-why-nis2-final = Senest en måned efter hændelsesunderretningen sender du den endelige rapport: detaljeret beskrivelse, grundlæggende årsag, trufne foranstaltninger og grænseoverskridende konsekvenser.
route-why-gdpr-controller = Andre menneskers personoplysninger er berørt, så din organisation er dataansvarlig: anmeld bruddet til databeskyttelsesmyndigheden inden for 72 timer, medmindre det er usandsynligt, at det udgør en risiko for nogen. Hvis risikoen for de berørte er høj, skal du også underrette dem.
route-why-police-money = Anmeld svindlen til politiet. Din bank eller dit forsikringsselskab kan bede om politianmeldelsens journalnummer.
route-why-platform = Brug den berørte tjenestes officielle sider til gendannelse og indberetning (aldrig links, som nogen har sendt til dig). Anmeld kontoen eller indholdet, så platformen kan blokere det.
route-why-phishing-report = Videresend den mistænkelige besked til den nationale indberetningsadresse: det hjælper med at blokere den falske side for alle.
route-why-ecc = Sælgeren er i et andet land: Det Europæiske Forbrugercenter i dit land hjælper gratis med grænseoverskridende tvister.
route-why-consumer = Anmeld den erhvervsdrivende til forbrugermyndigheden: den kan gribe ind over for falske webshops og advare andre.
route-why-csirt-business = Det nationale CSIRT kan hjælpe din organisation med at inddæmme angrebet og komme på fode igen, og det lærer af din indberetning, så det kan advare andre.
route-why-dpa-citizen = Dine oplysninger er lækket fra en virksomhed. Du skal ikke give nogen besked inden for en frist: den pligt har virksomheden. Hvis du mener, at dine oplysninger ikke var beskyttet, eller at virksomheden ikke har underrettet dig, kan du klage til databeskyttelsesmyndigheden.
route-why-police-crime = Det er en forbrydelse i alle EU-lande. En politianmeldelse skaber en officiel registrering og kan hjælpe en efterforskning.
route-why-unsure = Er du usikker på, hvad der er sket? Politiet kan tage imod din anmeldelse og henvise dig til det rette sted. Gem alt som bevis.
