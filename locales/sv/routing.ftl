## Routing: why each step is recommended (ids referenced from content/routing.toml)

route-why-police-people = Om någon hotar, trakasserar eller utnyttjar dig, eller om ett barn är inblandat, ska du kontakta polisen först. Betala inte och förhandla inte: spara meddelandena som bevis.
route-why-helpline = Du behöver inte klara det här ensam: de här stödlinjerna lyssnar, ger råd och kan hjälpa dig att få bort bilder eller innehåll.
route-why-nis2-early-warning = Som väsentlig eller viktig entitet måste du skicka en tidig varning till din CSIRT eller den behöriga myndigheten inom 24 timmar från att du fick kännedom om en betydande incident.
route-why-nis2-notification = Inom 72 timmar ska du följa upp med en incidentanmälan: inledande bedömning, allvarlighetsgrad, konsekvenser och indikatorer på intrång.
route-why-nis2-final = Senast en månad efter incidentanmälan skickar du slutrapporten: utförlig beskrivning, grundorsak, vidtagna åtgärder och gränsöverskridande konsekvenser.
route-why-gdpr-controller = Andra människors personuppgifter berörs, så din organisation är personuppgiftsansvarig: anmäl incidenten till dataskyddsmyndigheten inom 72 timmar, om det inte är osannolikt att den innebär en risk för någon. Om risken för de berörda är hög ska du också informera dem.
route-why-police-money = Polisanmäl bedrägeriet. Din bank eller ditt försäkringsbolag kan fråga efter polisanmälans diarienummer.
route-why-platform = Använd den berörda tjänstens officiella sidor för att återställa konton och rapportera (aldrig länkar som någon har skickat till dig). Rapportera kontot eller innehållet så att plattformen kan blockera det.
route-why-phishing-report = Vidarebefordra det misstänkta meddelandet till den nationella rapportadressen: det hjälper till att blockera den falska webbplatsen för alla.
route-why-ecc = Säljaren finns i ett annat land: det europeiska konsumentcentrumet i ditt land hjälper dig gratis vid gränsöverskridande tvister.
route-why-consumer = Anmäl handlaren till konsumentmyndigheten: den kan agera mot bluffbutiker och varna andra.
route-why-csirt-business = Den nationella CSIRT:en kan hjälpa din organisation att begränsa attacken och återhämta sig, och lär sig av din rapport för att kunna varna andra.
route-why-dpa-citizen = Dina uppgifter har läckt hos ett företag. Du behöver inte meddela någon inom någon tidsfrist: den skyldigheten har företaget. Om du tycker att dina uppgifter inte var skyddade eller att företaget inte informerade dig kan du klaga hos dataskyddsmyndigheten.
route-why-police-crime = Det här är ett brott i alla EU-länder. En polisanmälan blir en officiell handling och kan hjälpa en utredning.
route-why-unsure = Osäker på vad som har hänt? Polisen kan ta emot din anmälan och hänvisa dig till rätt instans. Spara allt som bevis.

## Pengar som fortfarande kan stoppas

route-why-card-block = Spärra kortet nu: ring numret på baksidan av kortet eller i bankens app, eller den nationala spärrtjänsten för kort. En spärr stoppar fler kortbetalningar, men den kan inte få tillbaka en överföring.
route-why-payment-recall-urgent = Pengarna gick iväg för mindre än ett dygn sedan: ring din banks bedrägerilinje nu (numret i bankappen eller på kortet, aldrig ett nummer från ett meddelande) och be banken stoppa eller återkalla betalningen. Varje timme räknas.
route-why-payment-recall = Ring din egen banks bedrägerilinje (numret i bankappen eller på kortet, aldrig ett nummer från ett meddelande): be banken stoppa eller återkalla betalningen och skydda ditt konto. Om du inte har godkänt betalningen, begär skriftligt att få pengarna tillbaka.
route-why-bank-access = Någon kan kanske komma åt ditt bankkonto via ditt telefonnummer eller din dator: ring din banks bedrägerilinje nu så att banken kan bevaka eller spärra åtkomsten, även om inga pengar har försvunnit än.

## Anmälningar

route-why-police-stolen = Om enheten blev stulen, polisanmäl stölden: du behöver diarienumret för ditt försäkringsbolag och din operatör. Att tappa bort en enhet är inget brott, så om du bara har tappat bort den finns det inget att anmäla.
route-why-financial-regulator = Den finansiella tillsynsmyndigheten har en lista över företag som inte får erbjuda investeringar och varnar allmänheten för dem. Anmäl företaget och läs varningarna innan du betalar något mer: bedragare kommer ofta tillbaka och utger sig för att vara tjänster som ”hjälper dig få tillbaka” pengarna.
route-why-illegal-content-minor = Bilder eller meddelanden där ett barn utnyttjas sexuellt är olagliga överallt: anmäl dem till den här tjänsten så att de tas bort och utreds. Skicka inte vidare dem och spara inga kopior själv.
route-why-ncii = Om intima bilder på dig har spridits, eller om någon hotar att sprida dem, kan den här tjänsten hjälpa till att blockera eller ta bort dem utan att du behöver skicka bilderna till någon.
route-why-assistance = Den här tjänsten hjälper brottsoffer som du kostnadsfritt: den förklarar vad du ska göra, sätter dig i kontakt med pålitlig hjälp nära dig och berättar var du kan anmäla.
route-why-victim-support = Att bli lurad eller hotad är tungt. Den här kostnadsfria tjänsten med tystnadsplikt stöttar brottsoffer, oavsett om du polisanmäler eller inte.
route-why-outside-police = Vi har inte det här landets tjänster. Anmäl till polisen där du är och be om ett skriftligt diarienummer, som din bank och ditt försäkringsbolag kan fråga efter.
route-why-outside-national = Det här landet har en nationell tjänst för att anmäla it-brott.

## Varför ett steg är frivilligt

route-optional-complaint = Frivilligt: om du inte har förlorat något bestämmer du själv om du vill polisanmäla; det hjälper polisen att se bedrägerier som drabbar många.
route-optional-stolen = Bara om enheten blev stulen.
route-optional-consumer = Frivilligt: du får inte tillbaka pengarna, men det hjälper till att stoppa butiken och varna andra.
route-optional-ncii = Frivilligt: använd tjänsten om du vill få bilder borttagna eller blockerade.
route-optional-csirt = Frivilligt för din organisation: det finns ingen lagstadgad skyldighet om ni inte är en NIS2-entitet, men CSIRT:en kan hjälpa till och varna andra.
route-optional-gdpr-complaint = Frivilligt: du kan klaga, och du har ingen tidsfrist.
route-optional-victim-support = Frivilligt: hör av dig när du behöver prata med någon.

## Lagstadgade skyldigheter (content/laws/)

route-why-nis2-trust = Som tillhandahållare av betrodda tjänster ska du rapportera inom 24 timmar från att du fick kännedom om en betydande incident som påverkar dina betrodda tjänster, inte 72.
route-why-gdpr-processor = Du behandlar uppgifterna för en annan organisations räkning (som dess personuppgiftsbiträde): underrätta den personuppgiftsansvarige utan onödigt dröjsmål. Det är den personuppgiftsansvarige, inte du, som avgör om dataskyddsmyndigheten ska underrättas.
route-why-gdpr-record = Disken var starkt krypterad och nyckeln är säker, så det är osannolikt att personuppgiftsincidenten innebär en risk för någon, och den behöver inte anmälas. Dokumentera den i ert eget register över personuppgiftsincidenter: omständigheter, effekter och vilka åtgärder som vidtogs. Om nyckeln också har förlorats, eller om krypteringen var svag, anmäl inom 72 timmar.
route-why-dora-initial = Som finansiell enhet som omfattas av DORA ska du skicka den inledande anmälan om en större IKT-relaterad incident till din tillsynsmyndighet inom 4 timmar från att du klassificerade den som större, och senast 24 timmar efter att du fick kännedom om den.
route-why-dora-intermediate = Skicka den mellanliggande rapporten inom 72 timmar från den inledande anmälan.
route-why-dora-final = Skicka slutrapporten inom en månad från den senaste mellanliggande rapporten.
route-why-ch-isa = Operatörer av kritisk infrastruktur måste rapportera en cyberattack till Schweiz federala kontor för cybersäkerhet (BACS) inom 24 timmar från att de upptäckte den.
route-why-ch-isa-completion = Om din första rapport var ofullständig, komplettera den inom 14 dagar.
route-why-ch-fadp-breach = Om personuppgiftsincidenten sannolikt leder till en hög risk för de berörda, anmäl den så snart som möjligt till Schweiz federala kommissionär för dataskydd och offentlighet (FDPIC).
route-why-gb-ukgdpr = Andra människors personuppgifter berörs: anmäl personuppgiftsincidenten till Information Commissioner's Office (ICO) inom 72 timmar från att du fick kännedom om den, om det inte är osannolikt att den innebär en risk för någon.
route-why-gb-nis = Som leverantör av samhällsviktiga tjänster ska du rapportera en incident med betydande påverkan på din tjänst till din behöriga myndighet inom 72 timmar från att du fick kännedom om den.
route-why-is-nis = Som leverantör av samhällsviktiga tjänster ska du rapportera en betydande incident till CERT-IS utan onödigt dröjsmål.
route-why-no-dsa = Som leverantör av en samhällsviktig tjänst ska du rapportera en betydande incident till Norges nationella säkerhetsmyndighet (NSM) inom 24 timmar.
route-why-csirt-citizen = Den nationella CSIRT-funktionen tar också emot rapporter från privatpersoner: den kan få falska webbplatser stängda, varna andra och ge råd om hur du rensar din enhet.
route-optional-csirt-citizen = Frivilligt: det hjälper till att skydda andra men ersätter inte en polisanmälan.

## Legal bases: Union acts are cited by type and number (EUR-Lex form); national citations keep the national act's own wording

law-regulation = förordning (EU) { $number }
law-directive = direktiv (EU) { $number }
law-delegated-regulation = kommissionens delegerade förordning (EU) { $number }
law-article = art. { $article }
law-transposing = { $national }, som genomför { $eu }
law-not-transposed = { $eu }. Det är inte bekräftat att någon nationell lag som genomför direktivet gäller i { $country }: de nationella reglerna kan skilja sig åt.
