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

## Penge, der stadig kan stoppes

route-why-card-block = Spær kortet nu: ring til nummeret på bagsiden af kortet eller i din banks app, eller til den nationale spærreservice for kort. En spærring stopper flere kortbetalinger, men den kan ikke hente en overførsel tilbage.
route-why-payment-recall-urgent = Pengene forsvandt for mindre end et døgn siden: ring straks til din banks svindellinje (nummeret i din bankapp eller på dit kort, aldrig et nummer fra en besked), og bed banken om at stoppe eller tilbagekalde betalingen. Hver time tæller.
route-why-payment-recall = Ring til din egen banks svindellinje (nummeret i din bankapp eller på dit kort, aldrig et nummer fra en besked): bed banken om at stoppe eller tilbagekalde betalingen og sikre din konto. Hvis du ikke selv har godkendt betalingen, så bed skriftligt om at få pengene tilbage.
route-why-bank-access = Nogen kan måske komme ind på din bankkonto via dit telefonnummer eller din computer: ring straks til din banks svindellinje, så banken kan overvåge eller spærre adgangen, også selvom der endnu ikke er forsvundet penge.

## Anmeldelser

route-why-police-stolen = Hvis enheden er stjålet, så anmeld tyveriet til politiet: du skal bruge journalnummeret til dit forsikringsselskab og dit teleselskab. Det er ikke en forbrydelse at miste en enhed, så hvis du bare har mistet den, er der ikke noget at anmelde.
route-why-financial-regulator = Den finansielle tilsynsmyndighed fører en liste over virksomheder, der ikke må tilbyde investeringer, og advarer offentligheden mod dem. Anmeld virksomheden, og tjek myndighedens advarsler, før du betaler mere: svindlere vender ofte tilbage og udgiver sig for at kunne »hente pengene hjem«.
route-why-illegal-content-minor = Billeder eller beskeder, der seksuelt udnytter et barn, er ulovlige overalt: anmeld dem til denne tjeneste, så de bliver fjernet og efterforsket. Videresend dem ikke, og gem ikke selv kopier.
route-why-ncii = Hvis intime billeder af dig er blevet delt, eller nogen truer med at dele dem, kan denne tjeneste hjælpe med at blokere eller fjerne dem, uden at du skal sende billederne til nogen.
route-why-assistance = Denne tjeneste hjælper gratis ofre som dig: den forklarer, hvad du skal gøre, sætter dig i forbindelse med pålidelig hjælp i nærheden og fortæller dig, hvor du kan anmelde.
route-why-victim-support = Det er hårdt at blive snydt eller truet. Denne gratis og fortrolige tjeneste støtter ofre for forbrydelser, uanset om du anmelder til politiet eller ej.
route-why-outside-police = Vi har ikke oversigt over tjenesterne i dette land. Anmeld det til det lokale politi, og bed om et skriftligt journalnummer, som din bank og dit forsikringsselskab kan bede om.
route-why-outside-national = Dette land har en national tjeneste, hvor man kan anmelde kriminalitet på nettet.

## Hvorfor et trin er valgfrit

route-optional-complaint = Valgfrit: hvis du ikke har mistet noget, bestemmer du selv, om du vil anmelde det til politiet; det hjælper politiet med at få øje på svindel, der rammer mange.
route-optional-stolen = Kun hvis enheden er stjålet.
route-optional-consumer = Valgfrit: du får ikke pengene tilbage, men det hjælper med at stoppe webshoppen og advare andre.
route-optional-ncii = Valgfrit: brug den, hvis du vil have billeder fjernet eller blokeret.
route-optional-csirt = Valgfrit for din organisation: der er ingen lovpligt, medmindre organisationen er en NIS2-enhed, men CSIRT'et kan hjælpe og advare andre.
route-optional-gdpr-complaint = Valgfrit: du kan klage, og der er ingen frist for dig.
route-optional-victim-support = Valgfrit: kontakt dem, når du har brug for at tale med nogen.

## Lovpligter (content/laws/)

route-why-nis2-trust = Som tillidstjenesteudbyder skal du indgive hændelsesunderretningen inden for 24 timer – ikke 72 – efter at du har fået kendskab til en væsentlig hændelse, der påvirker dine tillidstjenester.
route-why-gdpr-processor = Du behandler disse oplysninger for en anden organisation (som dens databehandler): underret den dataansvarlige uden unødig forsinkelse. Det er den dataansvarlige, ikke dig, der afgør, om bruddet skal anmeldes til databeskyttelsesmyndigheden.
route-why-gdpr-record = Disken var stærkt krypteret, og nøglen er i sikkerhed, så bruddet udgør sandsynligvis ikke en risiko for nogen og skal ikke anmeldes. Registrer det i din egen fortegnelse over brud: de faktiske forhold, virkningerne og hvad du har gjort. Hvis nøglen også er gået tabt, eller krypteringen var svag, skal bruddet anmeldes inden for 72 timer.
route-why-dora-initial = Som finansiel enhed under DORA skal du sende den indledende underretning om en større IKT-relateret hændelse til din tilsynsmyndighed inden for 4 timer efter, at hændelsen er klassificeret som større, og senest 24 timer efter, at du har fået kendskab til den.
route-why-dora-intermediate = Send den mellemliggende rapport inden for 72 timer efter den indledende underretning.
route-why-dora-final = Send den endelige rapport senest en måned efter den seneste mellemliggende rapport.
route-why-ch-isa = Operatører af kritisk infrastruktur skal anmelde et cyberangreb til det nationale center for cybersikkerhed inden for 24 timer efter, at det er opdaget.
route-why-ch-isa-completion = Hvis din første anmeldelse var ufuldstændig, skal du supplere den inden for 14 dage.
route-why-ch-fadp-breach = Hvis bruddet sandsynligvis vil medføre en høj risiko for de berørte personer, skal det anmeldes hurtigst muligt til den føderale databeskyttelses- og informationskommissær.
route-why-gb-ukgdpr = Andre menneskers personoplysninger er berørt: anmeld bruddet til Information Commissioner's Office (ICO) inden for 72 timer efter, at du har fået kendskab til det, medmindre det er usandsynligt, at det udgør en risiko for nogen.
route-why-gb-nis = Som operatør af en væsentlig tjeneste skal du underrette din kompetente myndighed om en hændelse med væsentlig indvirkning på tjenesten inden for 72 timer efter, at du har fået kendskab til den.
route-why-is-nis = Som operatør af en væsentlig tjeneste skal du underrette CERT-IS om en væsentlig hændelse uden unødig forsinkelse.
route-why-no-dsa = Som udbyder af en væsentlig tjeneste skal du underrette Nasjonal sikkerhetsmyndighet (NSM) om en væsentlig hændelse inden for 24 timer.
route-why-csirt-citizen = Det nationale CSIRT tager også imod anmeldelser fra privatpersoner: det kan få falske sider lukket, advare andre og rådgive dig om at rense din enhed.
route-optional-csirt-citizen = Frivilligt: det hjælper med at beskytte andre, men erstatter ikke en politianmeldelse.

## Legal bases: Union acts are cited by type and number (EUR-Lex form); national citations keep the national act's own wording

law-regulation = forordning (EU) { $number }
law-directive = direktiv (EU) { $number }
law-delegated-regulation = Kommissionens delegerede forordning (EU) { $number }
law-article = art. { $article }
law-transposing = { $national }, der gennemfører { $eu }
law-not-transposed = { $eu }. Det er ikke bekræftet, at en national lov, der gennemfører direktivet, er i kraft i { $country }: de nationale regler kan være anderledes.
