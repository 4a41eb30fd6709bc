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
