## Report form

report-title = Irrapporta inċident
report-lead = Erba' mistoqsijiet huma obbligatorji; il-bqija huwa fakultattiv. Qabel ma jintbagħat xejn, nurulek min se jirċievi r-rapport tiegħek u inti tagħżel.
report-never-ask = Aħna qatt ma nitolbuk il-passwords tiegħek, pagament jew aċċess għall-apparat tiegħek. Tiktibx passwords f'din il-formola.
report-required-note = Il-kaxxi mmarkati b'* huma obbligatorji.
report-section-who = Dwarek
report-section-what = X'ġara
report-section-money = Flus u data
report-section-contact = Kif nistgħu nikkuntattjawk
report-field-country = Il-pajjiż fejn toqgħod jew fejn tinsab l-organizzazzjoni tiegħek *
report-field-country-choose = Agħżel pajjiż
report-field-country-other = Pajjiż ieħor
report-field-victim = Min int? *
report-victim-citizen = Persuna privata
report-victim-business = Negozju jew organizzazzjoni
report-victim-essential-entity = Entità essenzjali skont in-NIS2 (eż. enerġija, trasport, saħħa, ilma tax-xorb, infrastruttura diġitali)
report-victim-important-entity = Entità importanti skont in-NIS2 (eż. servizzi postali, skart, kimiki, ikel, manifattura, fornituri diġitali)
report-field-incident = X'ġara? *
report-field-incident-choose = Agħżel x’ġara
report-incident-unknown = Ma nafx
report-field-description = Iddeskrivi x'ġara, bi kliemek *
report-field-description-hint = X'rajt, x'għamilt u x'ġara wara. Mill-inqas 10 karattri.
report-field-started = Meta beda? (fakultattiv)
report-field-aware = Meta ndunajt? (fakultattiv; l-iskadenzi legali jibdew jgħoddu minn dan il-mument)
report-field-dates-hint = Il-ħin lokali fil-pajjiż li għażilt hawn fuq. Ħallih vojt jekk ma tafx.
report-field-ongoing = Għadu għaddej
report-field-money-lost = Tlift il-flus, jew tajt id-dettalji tal-kard jew tal-bank tiegħi
report-field-amount = L-ammont mitluf (fakultattiv)
report-field-currency = Munita
report-field-personal-data = Hemm data personali ta' nies oħra milquta (klijenti, impjegati, pazjenti)
report-field-minor = Hemm tifel, tifla jew adoloxxent involut
report-field-cross-border = Il-bejjiegħ jew il-persuna l-oħra jinsabu f'pajjiż ieħor
report-field-email = Email (fakultattiv)
report-field-phone = Telefon (fakultattiv)
report-field-anonymous = Irrapporta b'mod anonimu (mingħajr dettalji ta' kuntatt)
report-contact-hint = Agħti kuntatt biss jekk taqbel li l-awtoritajiet li tagħżel jistgħu jikkuntattjawk.
report-evidence-title = Il-provi li qed iżżomm (fakultattiv)
report-evidence-body = Niżżel f'lista dak li qed iżżomm: screenshots, messaġġi, emails salvati bħala fajls, statements tal-bank, ittri. Ebda fajl ma jintbagħat: il-fajls jibqgħu għandek sakemm jitolbuhom il-Pulizija jew CSIRT. Tiktibx passwords jew kodiċijiet fil-lista.
report-evidence-guide = X'għandek iżżomm għal dan it-tip ta' inċident, u kif
report-evidence-name = L-isem tal-fajl jew x'inhu
report-evidence-note = In-nota tiegħek (fejn jinsab, x'juri)
report-evidence-pick = Żid fajls minn dan l-apparat
report-evidence-pick-hint = L-isem, id-daqs, id-data u l-marka diġitali SHA-256 ta' kull fajl jiżdiedu mal-lista. Il-fajls jinqraw biss fuq l-apparat tiegħek u qatt ma jintbagħtu. Il-marka diġitali tħalli lil kulħadd jiċċekkja aktar tard li fajl huwa eżattament dak li niżżilt fil-lista.
report-evidence-working = Qed tiġi kkalkulata l-marka diġitali ta' { $name }…
report-evidence-done = Il-fajl { $name } żdied bil-marka diġitali tiegħu. Jibqa' fuq l-apparat tiegħek.
report-evidence-too-large = Il-fajl { $name } huwa akbar minn { $size }, għalhekk żdied mingħajr marka diġitali. Tista' tikkalkulaha fuq kompjuter: sha256sum fuq Linux, shasum -a 256 fuq macOS, certutil -hashfile b'SHA256 fuq Windows.
report-evidence-unavailable = Dan il-browser ma jistax jikkalkula marki diġitali f'din il-paġna; il-fajl żdied biss bl-isem, bid-daqs u bid-data tiegħu.
report-evidence-full = Il-lista hija mimlija (l-ogħla numru ta' entrati: { $max }).
report-honeypot = Ħalli din il-kaxxa vojta
report-preview-button = Uri min se jirċievi r-rapport tiegħi
report-send-button = Ibgħat ir-rapport
report-edit-hint = Għadek tista' tibdel it-tweġibiet tiegħek hawn fuq u terġa' tara r-riċevituri.
report-preview-title = Min għandu jirċievi r-rapport tiegħek
report-preview-lead = F'din l-ordni. Immarka l-entitajiet li trid li nibagħtulhom ir-rapport tiegħek; il-passi l-oħra xorta ta' min tagħmilhom int stess.
report-preview-uncovered = Għad m'għandniex punti ta' kuntatt għal dan il-pajjiż.
report-consent = Ibgħat ir-rapport tiegħi issa lil: { $name }
report-consent-unavailable = Ma nistgħux nibagħtuh minflokok: ikkuntattjahom direttament.
report-deadline = Skadenza legali: fi żmien { $hours } siegħa
report-deadline-at = sa { $date }
report-legal-basis = Bażi legali: { $basis }
report-contact-website = Sit web
report-contact-form = Formola online
report-contact-email = Email
report-contact-phone = Telefon
report-contact-source = Sors
report-contact-unverified = Iċċekkja dan il-mezz fuq is-sit tal-awtorità: ma stajniex nikkonfermawh minn sors uffiċjali.
report-step-bank = Il-bank tiegħek jew il-linja biex timblokka l-kards
report-step-police = Pulizija
report-step-csirt = CSIRT (tim nazzjonali ta' rispons għal inċidenti tas-sigurtà tal-kompjuter)
report-step-dpa = Awtorità għall-protezzjoni tad-data
report-step-consumer = Ċentru jew awtorità tal-konsumatur
report-step-regulator = Awtorità kompetenti
report-step-helpline = Linja ta' għajnuna
report-step-platform = Is-servizz jew il-pjattaforma kkonċernati
report-no-contact = Uża n-numru fuq wara tal-kard tiegħek jew l-app jew is-sit uffiċjali tal-bank tiegħek.
report-errors-title = Jekk jogħġbok iċċekkja dawn it-tweġibiet
report-error-country-required = Agħżel pajjiż.
report-error-country-invalid = Agħżel pajjiż mil-lista.
report-error-victim-required = Għidilna min int.
report-error-incident-required = Għidilna x'ġara, jew agħżel “Ma nafx”.
report-error-invalid-choice = Agħżel waħda mill-għażliet.
report-error-description-required = Iddeskrivi x'ġara.
report-error-description-short = Jekk jogħġbok ikteb ftit aktar (mill-inqas 10 karattri).
report-error-description-long = Jekk jogħġbok qassar id-deskrizzjoni għal 5000 karattru.
report-error-control-chars = Neħħi l-karattri tal-kontroll inviżibbli minn dan il-qasam.
report-error-evidence-too-many = Niżżel mhux aktar minn 50 prova.
report-error-evidence-too-long = Hemm isem jew nota twal wisq fil-lista tal-provi: isem jista' jkollu sa 255 karattru u nota sa 500.
report-error-evidence-invalid = Entrata fil-lista tal-provi għandha daqs, data jew marka diġitali li mhumiex validi. Neħħiha u erġa' żid il-fajl.
report-error-date-invalid = Daħħal data bħal 2026-11-29 jew ħalli l-kaxxa vojta.
report-error-date-future = Din id-data hija fil-futur.
report-error-aware-before-start = Ma stajtx tinduna qabel ma beda.
report-error-amount-invalid = Daħħal ammont bħal 250 jew 250.50.
report-error-currency-invalid = Agħżel munita.
report-error-email-invalid = Daħħal indirizz tal-email bħal isem@example.org, jew ħalli l-kaxxa vojta.
report-error-phone-invalid = Daħħal numru tat-telefon b'6 sa 20 ċifra, jew ħalli l-kaxxa vojta.
report-error-anonymous-with-contact = Għażilt rapport anonimu: neħħi d-dettalji ta' kuntatt tiegħek, jew neħħi l-marka minn “Irrapporta b'mod anonimu”.
report-error-bad-request = Ma stajniex naqraw dak li ntbagħat. Jekk jogħġbok mur lura u erġa' pprova.
report-error-no-recipient = Ma ntbagħat xejn: ma mmarkajt l-ebda riċevitur. Immarka mill-inqas wieħed hawn taħt, jew żomm ir-rapport biss għar-rekords tiegħek.
report-record-button = Żommu biss għar-rekords tiegħi (ma jintbagħat xejn)
report-draft-sent = Dan ir-rapport diġà ntbagħat. In-numru ta' referenza tiegħu huwa { $reference }.
report-draft-receipt = Ara l-irċevuta
report-draft-new = Ibda rapport ġdid
report-draft-expired = Din il-paġna skadiet: għall-privatezza tiegħek, dak li ktibt jinżamm għal mhux aktar minn sagħtejn wara l-aħħar darba li rajt ir-riċevituri. Jekk jogħġbok imla l-formola mill-ġdid.
report-step-later-duty = Jiskadi aktar tard: dan tibagħtu int stess meta tasal l-iskadenza, u tagħti r-referenza tiegħek. Issa ma nibagħtuhx.
report-step-clocks = Skadenzi legali għal dan ir-riċevitur
report-error-rate-limited = Waslu wisq rapporti mill-konnessjoni tiegħek fi ftit ħin. Jekk jogħġbok stenna minuta u erġa' pprova.

## Receipt and status

receipt-title = Ir-rapport tiegħek wasal
receipt-title-record = Miżmum għar-rekords tiegħek biss: ma ntbagħat xejn
receipt-record-lead = Ħadd ma rċieva dan ir-rapport. Biex tirrapportah, ikkuntattja int stess il-korpi hawn taħt, billi tuża dak li ktibt f'din il-paġna.
receipt-reference = In-numru ta' referenza tiegħek
receipt-reference-hint = Iktbu jew ipprintja din il-paġna. Agħtih meta awtorità tistaqsik dwar ir-rapport tiegħek.
receipt-token = Il-kodiċi privat tal-istatus tiegħek
receipt-token-hint = Flimkien man-numru ta' referenza, dan il-kodiċi jħallik tara l-istatus tar-rapport tiegħek. Żommu għalik.
receipt-received = Wasal: { $date }
receipt-steps = X'jiġri issa
receipt-state-queued = Qed jistenna biex jintbagħat
receipt-state-sent = Intbagħat
receipt-state-acknowledged = Ikkonfermat mir-riċevitur
receipt-state-failed = Ma setax jitwassal
receipt-state-not-sent = Ma bgħatniehx aħna: ikkuntattjahom int
receipt-download-json = Niżżel kopja (JSON)
receipt-print = Ipprintja din il-paġna
receipt-status-link = Paġna tal-istatus
receipt-your-report = Dak li rrapportajt
receipt-manual-title = Ma ntbagħatx awtomatikament
receipt-manual-deadline = Biex tlaħħaq mal-iskadenza legali, irrapportah lilhom int stess sa { $date }, permezz ta' wieħed mill-mezzi hawn taħt, u agħtihom ir-referenza tiegħek.
receipt-manual-act = Ikkuntattjahom int stess permezz ta' wieħed mill-mezzi hawn taħt, u agħtihom ir-referenza tiegħek.
receipt-manual-deadline-find = Biex tlaħħaq mal-iskadenza legali, irrapportah lilhom int stess sa { $date }. M'għandna l-ebda mezz ikkonfermat għal dan il-korp: sibu fuq is-sit uffiċjali tal-awtorità, u agħtihom ir-referenza tiegħek.
receipt-manual-find = M'għandna l-ebda mezz ikkonfermat għal dan il-korp: sibu fuq is-sit uffiċjali tal-awtorità, ikkuntattjahom int stess u agħtihom ir-referenza tiegħek.
receipt-manual-not-chosen = Ma tlabtniex biex nibagħtuh lilhom.
receipt-manual-no-channel = M'għandna l-ebda mod kif nibagħtuh lilhom minflokok.
receipt-private-title = Żomm dan privat
receipt-print-hint = Jekk tipprintja din il-paġna, il-kodiċi privat tal-istatus tiegħek ma jidhirx.
receipt-flags = Għidtilna wkoll
receipt-evidence = Il-provi li qed iżżomm
receipt-evidence-hint = Il-fajls ma ntbagħtux; żommhom kif inhuma, mingħajr ma tibdilhom. Fajl li l-marka diġitali SHA-256 tiegħu għadha taqbel huwa eżattament dak li niżżilt fil-lista.
receipt-evidence-modified = l-aħħar tibdil: { $date }
receipt-zone-hint = Il-ħinijiet jidhru fiż-żona tal-ħin { $zone }; f'UTC: { $utc }.
status-title = L-istatus tar-rapport tiegħek
status-lead = Daħħal in-numru ta' referenza u l-kodiċi privat tal-istatus mill-irċevuta tiegħek. M'għandekx bżonn kont.
status-field-reference = Numru ta' referenza
status-field-token = Kodiċi privat tal-istatus
status-submit = Uri l-istatus
status-not-found = Ma sibna l-ebda rapport b'dan in-numru ta' referenza u b'dan il-kodiċi. Iċċekkja t-tnejn u erġa' pprova.

## Delivery: status notes on the receipt, and the recipients' confirmation page
receipt-note-waiting-setup = Dan il-portal għadu mhux issettjat biex jibgħat rapporti lil dan ir-riċevitur. Ir-rapport tiegħek jinżamm u jintbagħat hekk kif ikun; tista' wkoll tikkuntattjahom int stess.
receipt-note-retrying = Il-bgħit għadu ma rnexxiex. Nerġgħu nippruvaw awtomatikament.
receipt-note-failed = Jekk jogħġbok ikkuntattjahom int stess u agħtihom ir-referenza tiegħek.
delivery-ack-title = Ikkonferma l-wasla
delivery-ack-intro = Jekk jogħġbok ikkonferma li l-organizzazzjoni tiegħek irċeviet ir-rapport { $reference }. Min irrapporta se jara dan fil-paġna tal-istatus tiegħu.
delivery-ack-button = Ikkonferma l-wasla
delivery-ack-done = Grazzi. Il-wasla tar-rapport { $reference } hija kkonfermata.
delivery-ack-invalid = Din il-link ta' konferma mhijiex valida. Uża l-link mill-email eżattament kif intbagħtet.
delivery-status-title = Għid lil min irrapporta f'liema stadju qiegħed il-każ
delivery-status-lead = Min irrapporta jara l-aġġornament tiegħek fil-paġna tal-istatus tiegħu, flimkien man-numru tal-każ u l-messaġġ tiegħek. Ikteb test sempliċi; tinkludix data personali ta' persuni oħra.
delivery-status-state = Stadju
delivery-status-reference = In-numru tal-każ tiegħek (fakultattiv)
delivery-status-outcome = Eżitu (fakultattiv)
delivery-status-message = Messaġġ lil min irrapporta (fakultattiv, sa 2000 karattru)
delivery-status-button = Ibgħat l-aġġornament
delivery-status-done = Grazzi. L-aġġornament tiegħek dwar ir-rapport { $reference } ġie rreġistrat; min irrapporta jarah fil-paġna tal-istatus tiegħu.
delivery-status-back = Lura għall-formola
delivery-status-error-unknown-state = Agħżel wieħed mill-istadji fil-lista.
delivery-status-error-unknown-outcome = Agħżel wieħed mill-eżiti fil-lista, jew xejn.
delivery-status-error-message-too-long = Il-messaġġ twil wisq: sa 2000 karattru.
delivery-status-error-field-too-long = In-numru tal-każ twil wisq: sa 100 karattru.
delivery-status-error-control-characters = Neħħi l-karattri tal-kontroll inviżibbli min-numru tal-każ jew mill-messaġġ.
delivery-status-error-state-backwards = Dan ir-rapport diġà jinsab fi stadju aktar 'il quddiem; ma jistax jerġa' lura għal stadju preċedenti.
delivery-status-error-not-delivered = Dan ir-rapport ma ntbagħatx lilek, għalhekk m'hemm xejn x'taġġorna.
delivery-status-error-unknown-delivery = Din il-link mhijiex valida. Uża l-link mill-email eżattament kif intbagħtet.
recipient-state-received = Wasal għand ir-riċevitur
recipient-state-in-progress = Ir-riċevitur qed jaħdem fuqu
recipient-state-closed = Ingħalaq mir-riċevitur
recipient-outcome-advice-given = Ingħata parir
recipient-outcome-case-opened = Infetaħ każ
recipient-outcome-referred-elsewhere = Ingħadda lil korp ieħor
recipient-outcome-no-action-possible = Ma setgħet tittieħed l-ebda azzjoni
recipient-their-reference = in-numru tal-każ tagħhom { $reference }
recipient-updates = X'qallek ir-riċevitur

## Questions that decide whom to tell (shown after the preview when they change the answer)

report-victim-public-body = Korp pubbliku (pereżempju kunsill lokali jew skola)
report-section-more = Ftit mistoqsijiet oħra: it-tweġibiet tiegħek jibdlu lil min għandek tinforma
report-field-region = Reġjun
report-field-region-choose = Agħżel ir-reġjun tiegħek
report-field-sector = Is-settur tal-organizzazzjoni tiegħek
report-field-sector-hint = L-entitajiet taħt in-NIS2 iridu jagħżlu settur; il-banek u entitajiet finanzjarji oħra jirrapportaw taħt id-DORA.
report-field-sector-none = Is-settur mhuwiex elenkat hawn / m'inix ċert
report-sector-energy = Enerġija
report-sector-transport = Trasport
report-sector-banking = Settur bankarju
report-sector-financial-market-infrastructure = Infrastruttura tas-suq finanzjarju
report-sector-health = Saħħa
report-sector-drinking-water = Ilma tax-xorb
report-sector-waste-water = Ilma mormi
report-sector-digital-infrastructure = Infrastruttura diġitali
report-sector-ict-service-management = Ġestjoni tas-servizzi tal-ICT (servizzi ġestiti)
report-sector-public-administration = Amministrazzjoni pubblika
report-sector-space = Spazju
report-sector-postal-courier = Servizzi postali u tal-kurrier
report-sector-waste-management = Ġestjoni tal-iskart
report-sector-chemicals = Kimiki
report-sector-food = Ikel
report-sector-manufacturing = Manifattura
report-sector-digital-providers = Fornituri diġitali (swieq online, magni tat-tiftix, netwerks soċjali)
report-sector-research = Riċerka
report-sector-trust-services = Servizzi fiduċjarji (firem elettroniċi, siġilli, timbri tal-ħin)
report-field-role = Għad-data personali milquta, l-organizzazzjoni tiegħek hija
report-role-controller = il-kontrollur: tiddeċiedi għaliex u kif tintuża d-data
report-role-processor = proċessur: tipproċessa d-data għal organizzazzjoni oħra
report-role-unsure = m'inix ċert
report-field-device-encrypted = Id-diska tal-apparat mitluf kienet kriptata b'mod qawwi u l-password jew iċ-ċavetta huma siguri
report-field-payment = Kif ħarġu l-flus?
report-payment-card = Bil-kard
report-payment-transfer = B'trasferiment bankarju
report-payment-instant = B'trasferiment immedjat jew b'app tal-pagamenti
report-payment-crypto = Fi kriptomunita
report-payment-cash = Fi flus kontanti, vawċers jew gift cards
report-payment-none = Ma ħarġux flus
report-field-payment-recent = Inqas minn 24 siegħa ilu
report-field-self-approved = Jiena stess approvajt il-pagament (pereżempju waqt telefonata minn konsulent falz tal-bank)
report-error-region-invalid = Agħżel reġjun tal-pajjiż li għażilt.
report-error-sector-required = Agħżel is-settur tal-organizzazzjoni tiegħek: l-obbligi tan-NIS2 jiddependu minnu.
report-error-role-citizen = Persuna privata ma tistax tkun proċessur: agħżel “m'inix ċert”.
report-step-controller = L-organizzazzjoni li għaliha tipproċessa d-data (il-kontrollur)
report-step-optional = Fakultattiv
report-deadline-after-hours = Skadenza legali: fi żmien { $hours ->
    [one] siegħa
    [two] sagħtejn
    [few] { $hours } sigħat
    [many] { $hours }-il siegħa
   *[other] { $hours } siegħa
} min-notifika preċedenti tiegħek
report-deadline-after-months = Skadenza legali: fi żmien { $months ->
    [one] xahar
    [two] xahrejn
    [few] { $months } xhur
    [many] { $months }-il xahar
   *[other] { $months } xahar
} min-notifika preċedenti tiegħek
report-deadline-undue-delay = Obbligu legali: mingħajr dewmien żejjed
report-needs-region = Dan jiddependi mir-reġjun tiegħek: agħżlu hawn fuq u erġa' ara r-riċevituri. Il-korpi huma:
report-alternatives = Tista' wkoll tikkuntattja:
report-field-notify = Ibgħatli email meta riċevitur jaġġorna r-rapport tiegħi jew jistaqsini mistoqsija
report-notify-hint = L-email tgħidlek biss li hemm xi ħaġa ġdida, u fiha n-numru ta' referenza tiegħek u link għall-paġna tal-istatus tiegħek; qatt ma fiha r-rapport tiegħek jew il-messaġġ tar-riċevitur. Biex taqrahom, għandek bżonn il-kodiċi privat tal-istatus tiegħek.
report-error-notify-without-email = Biex tirċievi emails dwar aġġornamenti, agħti l-indirizz tal-email tiegħek (u tirrapportax b'mod anonimu), jew neħħi l-marka minn din il-kaxxa.
delivery-question-title = Staqsi mistoqsija lil min irrapporta
delivery-question-lead = Min irrapporta jara l-mistoqsija tiegħek fil-paġna tal-istatus tiegħu u jista' jwieġeb hemmhekk; it-tweġiba tiegħu tasal għandek bl-istess mod kif wasal dan ir-rapport. Ikteb test sempliċi; staqsi biss dak li għandek bżonn għall-każ.
delivery-question-label = Il-mistoqsija tiegħek (sa 2000 karattru)
delivery-question-button = Ibgħat il-mistoqsija
delivery-question-done = Grazzi. Il-mistoqsija tiegħek dwar ir-rapport { $reference } ġiet irreġistrata; min irrapporta jaraha fil-paġna tal-istatus tiegħu.
followup-error-empty = L-ewwel ikteb it-test: għadu vojt.
followup-error-too-long = It-test twil wisq: mistoqsija jista' jkollha sa 2000 karattru, u tweġiba sa 4000.
followup-error-field-too-long = L-identifikatur tal-mistoqsija twil wisq: sa 100 karattru.
followup-error-control-characters = Neħħi l-karattri tal-kontroll inviżibbli mit-test.
followup-error-thread-closed = Ir-riċevitur għalaq dan il-każ, għalhekk ma jistgħux jintbagħtu aktar mistoqsijiet jew tweġibiet. Jekk għad fadal xi ħaġa pendenti, ikkuntattja lir-riċevitur direttament.
followup-error-already-answered = Din il-mistoqsija diġà għandha tweġiba differenti. It-test tiegħek jidher hawn taħt biex tkun tista' tżommu.
followup-error-not-delivered = Dan ir-rapport ma ntbagħatx lilek, għalhekk għad m'hemm lil ħadd x'tistaqsi.
followup-error-unknown = Ma nstabet l-ebda mistoqsija bħal din għal dan in-numru ta' referenza u dan il-kodiċi privat tal-istatus. Iċċekkja t-tnejn u erġa' iftaħ il-paġna tal-istatus tiegħek.
status-questions-title = Mistoqsijiet għalik
status-questions-lead = Riċevitur tar-rapport tiegħek staqsiek xi ħaġa. It-tweġiba tiegħek tmur biss għand ir-riċevitur li staqsiek, permezz tal-istess mezz bħar-rapport tiegħek.
status-questions-from = { $name } jistaqsi
status-question-asked = Data tal-mistoqsija: { $date }
status-answer-label = It-tweġiba tiegħek
status-answer-hint = Test sempliċi, sa 4000 karattru. Tista' twieġeb kull mistoqsija darba biss.
status-answer-hint-anonymous = Irrapportajt b'mod anonimu: it-tweġiba tiegħek tintbagħat mingħajr ismek u mingħajr id-dettalji ta' kuntatt tiegħek. Tiktibhomx fit-tweġiba, sakemm ma tridx li r-riċevitur ikollu dawn id-dettalji.
status-answer-button = Ibgħat it-tweġiba tiegħi
status-answer-yours = It-tweġiba tiegħek ({ $date })
status-answer-state-queued = Qed tistenna biex tintbagħat
status-answer-state-sent = Intbagħtet lir-riċevitur
status-answer-state-failed = Ma setgħetx tintbagħat. Ikkuntattja lir-riċevitur direttament u agħtih ir-referenza tiegħek.
status-answered-notice = It-tweġiba tiegħek waslet. Tmur għand ir-riċevitur li staqsiek; l-istatus tagħha jidher taħt il-mistoqsija.
status-thread-closed = Ir-riċevitur għalaq il-każ tiegħu: ma għadhomx jintlaqgħu tweġibiet.
status-answer-error-title = It-tweġiba tiegħek ma ntbagħtitx
status-answer-back = Lura għall-paġna tal-istatus tiegħek
notice-email-subject = Aġġornament dwar ir-rapport tiegħek { $reference }
notice-email-body = Bonġu,

    wieħed mir-riċevituri tar-rapport tiegħek { $reference } bagħat aġġornament jew mistoqsija.

    Biex taqrah, iftaħ il-paġna tal-istatus tiegħek u daħħal il-kodiċi privat tal-istatus mill-irċevuta tiegħek:
    { $status_url }

    Għas-sigurtà tiegħek, din l-email ma fiha xejn mir-rapport tiegħek. Aħna qatt ma nitolbu passwords, kodiċijiet jew pagamenti. Biex tiċċekkja li din l-email verament ġejja mingħandna, daħħal in-numru ta' referenza tiegħek hawn:
    { $verify_url }

    Qed tirċievi din l-email għax tlabt li nżommuk aġġornat dwar ir-rapport tiegħek.

## Irtirar u żamma tad-data (issue 19)
receipt-state-withdrawn = Irtirat qabel ma ntbagħat
delivery-status-error-withdrawn = Min irrapporta rtira dan ir-rapport. Ma jista' jiġi rreġistrat xejn aktar dwaru; għall-kopja li rċevejt, applika r-regoli tiegħek stess dwar ir-rapporti rtirati.
status-withdraw-title = Irtira dan ir-rapport
status-withdraw-lead = Jekk tirtira r-rapport, id-deskrizzjoni tiegħek, id-dettalji ta' kuntatt tiegħek, il-lista tal-provi tiegħek u l-messaġġi dwar dan ir-rapport jitħassru minnufih minn dan il-portal. Kull korp li rċieva r-rapport jiġi infurmat permezz tal-istess mezz. Dan ma jistax jitreġġa' lura.
status-withdraw-keep = Korp li diġà rċieva r-rapport iżomm il-kopja tiegħu skont ir-regoli tiegħu stess: il-Pulizija, pereżempju, jista' jkollha obbligu legali li żżomm ilment. Biex titlob lil korp iħassar il-kopja tiegħu, ikkuntattjah direttament u agħtih ir-referenza tiegħek.
status-withdraw-confirm = Nifhem li l-irtirar ma jistax jitreġġa' lura
status-withdraw-button = Irtira r-rapport tiegħi
status-withdraw-error-confirm = Immarka l-kaxxa biex tikkonferma li trid tirtira r-rapport.
status-withdrawn-title = Ir-rapport ġie rtirat
status-withdrawn-done = Ir-rapport tiegħek ġie rtirat.
status-withdrawn-notice = Irtirajt dan ir-rapport nhar { $date }. Id-dettalji personali tiegħu tħassru minn dan il-portal.
status-withdrawn-told = { $count ->
    [0] L-ebda korp ma kien irċevieh, għalhekk m'hemmx għalfejn ninfurmaw lil ħadd.
    [one] Il-korp li kien irċevieh qed jiġi infurmat permezz tal-mezz tiegħu stess.
    [two] Iż-żewġ korpi li kienu rċevewh qed jiġu infurmati, kull wieħed permezz tal-mezz tiegħu stess.
    [few] Il-{ $count } korpi li kienu rċevewh qed jiġu infurmati, kull wieħed permezz tal-mezz tiegħu stess.
    [many] Il-{ $count }-il korp li kienu rċevewh qed jiġu infurmati, kull wieħed permezz tal-mezz tiegħu stess.
   *[other] Il-{ $count } korp li kienu rċevewh qed jiġu infurmati, kull wieħed permezz tal-mezz tiegħu stess.
}
status-withdrawal-notice = Avviż tal-irtirar:
status-purged-notice = Id-dettalji personali ta' dan ir-rapport (id-deskrizzjoni tiegħek, id-dettalji ta' kuntatt, il-lista tal-provi u l-messaġġi dwaru) tħassru nhar { $date }, kif jgħid l-avviż ta' privatezza. Dak li fadal jidher hawn taħt.
report-privacy-before = Ir-rapport tiegħek imur biss għand il-korpi li timmarka. X'inżommu, għal kemm żmien, u d-drittijiet tiegħek:
report-privacy-link = avviż ta' privatezza
