## Shell: skip link, header, navigation, footer

shell-skip-link = Hoppa till huvudinnehållet
shell-site-name = cyberhelp
shell-tagline = Hjälp efter en cyberattack
shell-nav-label = Huvudmeny
shell-nav-home = Start
shell-nav-advice = Råd
shell-nav-bulletins = Aktuella hot
shell-nav-report = Rapportera en incident
shell-nav-search = Sök
shell-language-label = Språk
shell-language-submit = Byt
shell-footer-emergency = Är du i fara just nu? Ring 112, larmnumret i alla EU-länder.
shell-footer-never-ask = Vi ber dig aldrig om lösenord, betalning eller fjärråtkomst till din enhet. Den som gör det är inte vi.
shell-footer-privacy = Inga spårare, inga anrop till tredje part: den här webbplatsen hämtar ingenting från någon annanstans.
shell-footer-source = Fri programvara som du kan driva själv.
shell-footer-licence = Våra texter publiceras under licensen CC BY 4.0: du får återanvända dem fritt om du anger cyberhelp.
shell-footer-feeds = Hotvarningar som Atom-flöde

## Home page

home-title = Hjälp efter en cyberattack
home-lead = Har ditt konto kapats, har du betalat i en bluffbutik, har ransomware drabbat ditt företag? Ta reda på vad du ska göra nu, vem du ska kontakta och inom vilken tid.
home-emergency = Om du är i fara just nu, ring 112.
home-tasks-heading = Vad behöver du?
home-task-advice = Få råd
home-task-advice-desc = Hjälp steg för steg utifrån det som har hänt dig.
home-task-bulletins = Se aktuella hot
home-task-bulletins-desc = Bedrägerier och attacker som pågår just nu, och vad du kan göra.
home-task-report = Rapportera en incident
home-task-report-desc = Meddela rätt myndigheter en gång och få veta vem som hanterar ärendet och inom vilken tid.
home-incidents-heading = Vad har hänt?
home-bulletins-heading = Aktiva hot
home-bulletins-people = Bedrägerier som pågår just nu
home-bulletins-organisations = För it-ansvariga i organisationer: sårbarheter som utnyttjas aktivt
home-bulletins-empty = Det finns inga aktiva hotvarningar just nu.
home-bulletins-all = Alla hotvarningar

## Errors

error-title-prefix = Fel: { $title }

error-not-found-title = Sidan hittades inte
error-not-found-body = Vi kunde inte hitta sidan. Adressen kan vara felskriven, eller så har sidan flyttats.
error-not-found-home = Gå till startsidan
error-internal-title = Något gick fel
error-internal-body = Felet är vårt, inte ditt. Försök igen om en liten stund.
error-bad-request-title = Vi kunde inte förstå begäran
error-too-large-title = Det du skickade är för stort
error-too-large-back = Använd webbläsarens Bakåt-knapp: formuläret behåller det du har skrivit. Korta sedan beskrivningen och skicka den igen.
error-rate-limited = För många förfrågningar från din anslutning på kort tid. Vänta en minut och försök igen.
stats-title = Öppen statistik
stats-lead = Hur många rapporter den här portalen har tagit emot, vad de gällde och hur snabbt mottagarna bekräftade dem. Bara antal: ingen enskild rapport går att känna igen i dem.
stats-empty = Inga rapporter har tagits emot ännu, så det finns inget att räkna.
stats-unavailable = Statistiken kan inte visas just nu. Försök igen om några minuter.
stats-withheld = sekretessmarkerad
stats-chart-title = Mottagna rapporter per månad
stats-chart-caption = Mottagna rapporter per månad (UTC). Samma siffror finns i tabellen nedan.
stats-per-month = Rapporter per månad
stats-category = Kategori
stats-breakdowns = Rapporter per månad, fördelade på kategorier
stats-by-incident = Efter typ av incident
stats-by-country = Efter land
stats-by-victim = Efter vem som rapporterade
stats-deliveries = Leveranser till mottagare
stats-no-deliveries = Ingen rapport har levererats till någon mottagare ännu.
stats-deliveries-caption = Rapporter som skickats till varje typ av mottagare, alla månader sammanlagt
stats-recipient-kind = Typ av mottagare
stats-delivered = Levererade
stats-acknowledged = Bekräftade av mottagaren
stats-failed = Kunde inte levereras
stats-median-ack = Mediantid till bekräftelse
stats-hours = { $hours } tim
stats-method = Antal som är lägre än { $threshold } (men inte noll) sekretessmarkeras. Om ett sekretessmarkerat antal skulle kunna räknas fram ur månadens summa sekretessmarkeras även andra antal tillsammans med det. Statistiken bygger bara på månaden, typen av incident, landet, vem som rapporterade och typen av mottagare – uppgifter som finns kvar när en rapports personuppgifter raderas.
stats-api = Samma siffror som JSON
