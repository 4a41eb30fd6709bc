## Audiences (NIS2 terms for organisations)

audience-citizen = Persuna privata
audience-business = Negozju jew organizzazzjoni
audience-essential-entity = Entità essenzjali (NIS2)
audience-important-entity = Entità importanti (NIS2)

## Advice list and articles

advice-title = Pariri
advice-lead = Agħżel x'ġara u min int biex tara l-passi li jgħoddu għalik.
advice-filter-legend = Iffiltra l-pariri
advice-filter-incident = X'ġara
advice-filter-audience = Min int
advice-filter-all = Kollha
advice-filter-submit = Uri l-pariri
advice-count = { $count ->
    [one] Artiklu wieħed
    [two] Żewġ artikli
    [few] { $count } artikli
    [many] { $count }-il artiklu
   *[other] { $count } artiklu
}
advice-empty = Għad m'hemmx pariri għal dawn il-filtri. Ipprova “Kollha”, jew irrapporta l-inċident: xorta ngħidulek lil min għandek tikkuntattja.
article-updated = Aġġornat: { $date }
article-reviewed = Rivedut l-aħħar: { $date }
article-sources = Sorsi
article-related = Pariri relatati
article-report-cta-title = Irrapporta dan l-inċident
article-report-cta-body = Infurma lill-awtoritajiet it-tajba darba biss. Nurulek min se jieħu ħsiebu u sa meta.
article-report-cta-button = Irrapporta dan l-inċident
article-in-english = (bl-Ingliż)

## Translation notices

notice-missing-translation = Din il-paġna għadha mhix disponibbli bil-lingwa tiegħek. Qed taqra l-oriġinal bl-Ingliż.
notice-stale-translation = Din it-traduzzjoni tista' ma tkunx aġġornata: l-oriġinal bl-Ingliż ġie aġġornat aktar tard.
notice-read-original = Aqra l-oriġinal bl-Ingliż

## Threat bulletins

bulletins-title = Theddidiet attwali
bulletins-lead = Attakki u frodi għaddejjin issa, x'jolqtu u x'għandek tagħmel. Informazzjoni pubblika (TLP:CLEAR): aqsamha liberament.
bulletins-filter-legend = Iffiltra t-twissijiet
bulletins-filter-severity = Serjetà
bulletins-filter-status = Status
bulletins-filter-all = Kollha
bulletins-filter-submit = Uri t-twissijiet
bulletins-empty = L-ebda twissija ma taqbel ma' dawn il-filtri.
bulletins-archive-heading = Arkivju
bulletins-archive-lead = Twissijiet skaduti, miżmuma għal referenza.
bulletins-feed-atom = Feed Atom
bulletins-feed-json = JSON Feed
bulletins-feeds-label = Segwi t-twissijiet il-ġodda:
severity-label = Serjetà
severity-low = Baxxa
severity-medium = Medja
severity-high = Għolja
severity-critical = Kritika
status-active = Attiva
status-resolved = Solvuta
status-archived = Arkivjata
bulletin-published = Ippubblikata: { $date }
bulletin-updated = Aġġornata: { $date }
bulletin-affected = Prodotti u servizzi milquta
bulletin-cves = Identifikaturi CVE
bulletin-tlp = TLP:CLEAR: tista' taqsam din it-twissija liberament.
evidence-title = X'għandek iżżomm bħala prova
evidence-lead = Għal kull tip ta' inċident: x'għandek iżżomm, kif iżżommu biex jibqa' jgħodd bħala prova, u kif tniżżlu fir-rapport tiegħek.
evidence-empty = Għad ma ġiet ippubblikata l-ebda gwida dwar il-provi.
evidence-all = Il-gwidi kollha dwar il-provi
