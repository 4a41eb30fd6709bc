## Shell: skip link, header, navigation, footer

shell-skip-link = Gå til hovedindhold
shell-site-name = cyberhelp
shell-tagline = Hjælp efter et cyberangreb
shell-nav-label = Hovedmenu
shell-nav-home = Forside
shell-nav-advice = Råd
shell-nav-bulletins = Aktuelle trusler
shell-nav-report = Indberet en hændelse
shell-nav-search = Søg
shell-language-label = Sprog
shell-language-submit = Skift
shell-footer-emergency = Er du i fare lige nu? Ring 112, alarmnummeret i alle EU-lande.
shell-footer-never-ask = Vi beder dig aldrig om adgangskoder, betaling eller fjernadgang til din enhed. Den, der gør det, er ikke os.
shell-footer-privacy = Ingen sporing, ingen forespørgsler til tredjeparter: dette website henter intet andre steder fra.
shell-footer-source = Fri software, som du kan drive selv.
shell-footer-licence = Vores tekster udgives under licensen CC BY 4.0: du må frit genbruge dem, hvis du nævner cyberhelp.
shell-footer-feeds = Trusselsvarsler som Atom-feed

## Home page

home-title = Hjælp efter et cyberangreb
home-lead = Er din konto blevet hacket, har du betalt i en falsk webshop, er din virksomhed ramt af ransomware? Find ud af, hvad du skal gøre nu, hvem du skal give besked, og hvornår.
home-emergency = Er du i fare lige nu, så ring 112.
home-tasks-heading = Hvad har du brug for?
home-task-advice = Få råd
home-task-advice-desc = Hjælp trin for trin til det, der er sket for dig.
home-task-bulletins = Se aktuelle trusler
home-task-bulletins-desc = Svindel og angreb, der foregår lige nu, og hvad du kan gøre.
home-task-report = Indberet en hændelse
home-task-report-desc = Giv de rette myndigheder besked én gang, og få at vide, hvem der tager sig af sagen, og hvornår.
home-incidents-heading = Hvad er der sket?
home-bulletins-heading = Aktive trusler
home-bulletins-people = Aktuelle svindelnumre
home-bulletins-organisations = Til it-ansvarlige i organisationer: sårbarheder, der udnyttes aktivt
home-bulletins-empty = Der er ingen aktive trusselsvarsler lige nu.
home-bulletins-all = Alle trusselsvarsler

## Errors

error-title-prefix = Fejl: { $title }

error-not-found-title = Siden blev ikke fundet
error-not-found-body = Vi kunne ikke finde siden. Adressen kan være skrevet forkert, eller siden er flyttet.
error-not-found-home = Gå til forsiden
error-internal-title = Noget gik galt
error-internal-body = Det er vores fejl, ikke din. Prøv igen om et øjeblik.
error-bad-request-title = Vi kunne ikke forstå forespørgslen
error-too-large-title = Det, du sendte, er for stort
error-too-large-back = Brug browserens Tilbage-knap: formularen beholder det, du har skrevet. Forkort derefter beskrivelsen, og send den igen.
error-rate-limited = For mange forespørgsler fra din forbindelse på kort tid. Vent et minut, og prøv igen.
stats-title = Åben statistik
stats-lead = Hvor mange indberetninger denne portal har modtaget, hvad de handlede om, og hvor hurtigt modtagerne bekræftede dem. Kun antal: ingen indberetning kan genkendes i dem.
stats-empty = Der er endnu ikke modtaget nogen indberetninger, så der er intet at tælle.
stats-unavailable = Statistikken kan ikke vises lige nu. Prøv igen om et par minutter.
stats-withheld = diskretioneret
stats-chart-title = Modtagne indberetninger pr. måned
stats-chart-caption = Modtagne indberetninger pr. måned (UTC). De samme tal står i tabellen nedenfor.
stats-per-month = Indberetninger pr. måned
stats-category = Kategori
stats-breakdowns = Indberetninger pr. måned, fordelt på kategorier
stats-by-incident = Efter hændelsestype
stats-by-country = Efter land
stats-by-victim = Efter, hvem der indberettede
stats-deliveries = Leveringer til modtagere
stats-no-deliveries = Ingen indberetning er endnu leveret til en modtager.
stats-deliveries-caption = Indberetninger sendt til hver type modtager, alle måneder samlet
stats-recipient-kind = Type modtager
stats-delivered = Leveret
stats-acknowledged = Bekræftet af modtageren
stats-failed = Kunne ikke leveres
stats-median-ack = Mediantid til bekræftelse
stats-hours = { $hours } t.
stats-method = Antal under { $threshold } (bortset fra nul) diskretioneres, dvs. de vises ikke. Hvis et diskretioneret antal ville kunne regnes ud fra månedens total, diskretioneres flere antal sammen med det. Tallene bygger kun på måneden, hændelsestypen, landet, hvem der indberettede, og typen af modtager – oplysninger, der bevares, når en indberetnings personoplysninger slettes.
stats-api = De samme tal som JSON
