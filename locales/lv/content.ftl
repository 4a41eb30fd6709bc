## Audiences (NIS2 terms for organisations)

audience-citizen = Privātpersona
audience-business = Uzņēmums vai organizācija
audience-essential-entity = Būtiska vienība (NIS2)
audience-important-entity = Svarīga vienība (NIS2)

## Advice list and articles

advice-title = Padomi
advice-lead = Izvēlieties, kas notika un kas Jūs esat, lai redzētu piemērotos soļus.
advice-filter-legend = Filtrēt padomus
advice-filter-incident = Kas notika
advice-filter-audience = Kas Jūs esat
advice-filter-all = Visi
advice-filter-submit = Rādīt padomus
advice-count = { $count ->
    [zero] { $count } rakstu
    [one] { $count } raksts
   *[other] { $count } raksti
}
advice-empty = Šiem filtriem vēl nav padomu. Izmēģiniet „Visi” vai ziņojiet par incidentu: mēs tāpat pateiksim, pie kā vērsties.
article-updated = Atjaunināts: { $date }
article-reviewed = Pēdējoreiz pārskatīts: { $date }
article-sources = Avoti
article-related = Saistītie padomi
article-report-cta-title = Ziņot par šo incidentu
article-report-cta-body = Paziņojiet atbildīgajām iestādēm vienu reizi. Mēs parādīsim, kas ar to nodarbosies un līdz kuram laikam.
article-report-cta-button = Ziņot par šo incidentu
article-in-english = (angļu valodā)

## Translation notices

notice-missing-translation = Šī lapa vēl nav pieejama Jūsu valodā. Jūs lasāt oriģinālu angļu valodā.
notice-stale-translation = Šis tulkojums var būt novecojis: oriģināls angļu valodā ir atjaunināts vēlāk.
notice-read-original = Lasīt oriģinālu angļu valodā

## Threat bulletins

bulletins-title = Aktuālie draudi
bulletins-lead = Uzbrukumi un krāpšana, kas notiek tagad, ko tie skar un ko darīt. Publiska informācija (TLP:CLEAR): droši dalieties ar to.
bulletins-filter-legend = Filtrēt brīdinājumus
bulletins-filter-severity = Bīstamība
bulletins-filter-status = Statuss
bulletins-filter-all = Visi
bulletins-filter-submit = Rādīt brīdinājumus
bulletins-empty = Šiem filtriem neatbilst neviens brīdinājums par draudiem.
bulletins-archive-heading = Arhīvs
bulletins-archive-lead = Brīdinājumi, kuru derīgums beidzies, saglabāti uzziņai.
bulletins-feed-atom = Atom plūsma
bulletins-feed-json = JSON Feed
bulletins-feeds-label = Sekojiet jauniem brīdinājumiem:
severity-label = Bīstamība
severity-low = Zema
severity-medium = Vidēja
severity-high = Augsta
severity-critical = Kritiska
status-active = Aktīvs
status-resolved = Novērsts
status-archived = Arhivēts
bulletin-published = Publicēts: { $date }
bulletin-updated = Atjaunināts: { $date }
bulletin-affected = Skartie produkti un pakalpojumi
bulletin-cves = CVE identifikatori
bulletin-tlp = TLP:CLEAR: ar šo brīdinājumu varat brīvi dalīties.
evidence-title = Ko saglabāt kā pierādījumus
evidence-lead = Katram incidenta veidam: ko saglabāt, kā to saglabāt, lai tas joprojām būtu derīgs kā pierādījums, un kā to norādīt ziņojumā.
evidence-empty = Vēl nav publicēts neviens ceļvedis par pierādījumiem.
evidence-all = Visi ceļveži par pierādījumiem
