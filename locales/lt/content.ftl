## Audiences (NIS2 terms for organisations)

audience-citizen = Privatus asmuo
audience-business = Įmonė ar organizacija
audience-essential-entity = Esminis subjektas (NIS2)
audience-important-entity = Svarbus subjektas (NIS2)

## Advice list and articles

advice-title = Patarimai
advice-lead = Pasirinkite, kas nutiko ir kas jūs esate, kad pamatytumėte jums tinkamus žingsnius.
advice-filter-legend = Filtruoti patarimus
advice-filter-incident = Kas nutiko
advice-filter-audience = Kas jūs esate
advice-filter-all = Visi
advice-filter-submit = Rodyti patarimus
advice-count = { $count ->
    [one] { $count } straipsnis
    [few] { $count } straipsniai
    [many] { $count } straipsnio
   *[other] { $count } straipsnių
}
advice-empty = Pagal šiuos filtrus patarimų dar nėra. Pasirinkite „Visi“ arba praneškite apie incidentą: vis tiek pasakysime, į ką kreiptis.
article-updated = Atnaujinta: { $date }
article-reviewed = Paskutinį kartą peržiūrėta: { $date }
article-sources = Šaltiniai
article-related = Susiję patarimai
article-report-cta-title = Pranešti apie šį incidentą
article-report-cta-body = Praneškite tinkamoms institucijoms vieną kartą. Parodysime, kas tuo rūpinsis ir iki kada.
article-report-cta-button = Pranešti apie šį incidentą
article-in-english = (anglų kalba)

## Translation notices

notice-missing-translation = Šio puslapio jūsų kalba dar nėra. Skaitote originalą anglų kalba.
notice-stale-translation = Šis vertimas gali būti pasenęs: originalas anglų kalba buvo atnaujintas vėliau.
notice-read-original = Skaityti originalą anglų kalba

## Threat bulletins

bulletins-title = Aktualios grėsmės
bulletins-lead = Šiuo metu vykstančios atakos ir sukčiavimai, ką jie paveikia ir ką daryti. Vieša informacija (TLP:CLEAR): galite laisvai ja dalytis.
bulletins-filter-legend = Filtruoti pranešimus
bulletins-filter-severity = Rimtumas
bulletins-filter-status = Būsena
bulletins-filter-all = Visi
bulletins-filter-submit = Rodyti pranešimus
bulletins-empty = Pagal šiuos filtrus pranešimų apie grėsmes nėra.
bulletins-archive-heading = Archyvas
bulletins-archive-lead = Nebegaliojantys pranešimai, saugomi informacijai.
bulletins-feed-atom = Atom sklaidos kanalas
bulletins-feed-json = JSON Feed
bulletins-feeds-label = Sekite naujus pranešimus:
severity-label = Rimtumas
severity-low = Žemas
severity-medium = Vidutinis
severity-high = Aukštas
severity-critical = Kritinis
status-active = Aktyvus
status-resolved = Išspręstas
status-archived = Archyvuotas
bulletin-published = Paskelbta: { $date }
bulletin-updated = Atnaujinta: { $date }
bulletin-affected = Paveikti produktai ir paslaugos
bulletin-cves = CVE identifikatoriai
bulletin-tlp = TLP:CLEAR: šiuo pranešimu galite laisvai dalytis.
evidence-title = Ką išsaugoti kaip įrodymus
evidence-lead = Kiekvienam incidento tipui: ką išsaugoti, kaip išsaugoti, kad tai vis dar galiotų kaip įrodymas, ir kaip tai nurodyti pranešime.
evidence-empty = Įrodymų vadovų dar nepaskelbta.
evidence-all = Visi įrodymų vadovai
