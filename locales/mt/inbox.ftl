## L-inbox tal-punti ta' kuntatt (/inbox): għall-persunal ta' korp (CSIRT, Pulizija, awtorità għall-protezzjoni tad-data…)
## li jaqra r-rapporti tiegħu fil-portal. Formoli sempliċi, mingħajr JavaScript.
inbox-title = Inbox
inbox-lead = Ir-rapporti mibgħuta lill-organizzazzjoni tiegħek, bl-aktar reċenti l-ewwel. Meta tiftaħ rapport, min irrapporta jirċievi konferma li rċevejtu.
inbox-nav-label = Il-kont tiegħek
inbox-signed-in-as = Dħalt bħala
inbox-signout = Oħroġ
inbox-back = Lura għall-inbox
inbox-error-title = Dan ma rnexxiex
inbox-error-csrf = Din il-formola skadiet jew ma ġietx minn dan is-sit. Mur lura, erġa' tella' l-paġna u erġa' pprova.
inbox-error-filter = Il-filtru “{ $field }” għandu valur li mhuwiex disponibbli hawnhekk. Erġa' agħżel il-valur mill-formola.
inbox-signin-title = Idħol fl-inbox
inbox-signin-lead = Għall-persunal tal-korpi li jirċievu rapporti permezz ta' dan il-portal. Il-kontijiet jinħolqu mill-operatur tal-portal.
inbox-field-email = Indirizz tal-email
inbox-field-password = Password
inbox-field-code = Il-kodiċi ta' 6 ċifri mill-app tal-awtentikazzjoni tiegħek
inbox-signin-button = Idħol
inbox-session-ended = Is-sessjoni tiegħek intemmet. Idħol mill-ġdid.
inbox-signed-out = Ħriġt mill-kont tiegħek.
inbox-link-title = Jew irċievi bl-email link ta' użu wieħed biex tidħol
inbox-link-button = Ibgħatli link bl-email biex nidħol
inbox-link-no-smtp = Il-links bl-email biex tidħol mhumiex disponibbli f'din l-installazzjoni: ma tistax tibgħat emails.
inbox-link-sent = Jekk dan l-indirizz għandu kont, qed tintbagħatlu link biex tidħol. Il-link taħdem darba biss, għal 15-il minuta.
inbox-link-lead = Din il-link ta' użu wieħed iddaħħlek fl-inbox. Taħdem darba biss.
inbox-link-invalid = Din il-link ma għadhiex taħdem: jew intużat diġà, jew skadiet, jew ġiet ikkupjata ħażin. Itlob link ġdida.
inbox-link-email-subject = Il-link tiegħek biex tidħol fl-inbox ta' cyberhelp
inbox-link-email-body =
    Xi ħadd (nittamaw li int) talab link biex jidħol fl-inbox ta' cyberhelp.

    { $url }

    Il-link taħdem darba biss, għal { $minutes ->
        [one] minuta
        [two] żewġ minuti
        [few] { $minutes } minuti
        [many] { $minutes }-il minuta
       *[other] { $minutes } minuta
    }. Jekk ma tlabtx din il-link, injora din l-email: mingħajr il-link ma jiġri xejn.
inbox-invite-email-subject = Stedina għall-inbox ta' cyberhelp
inbox-invite-email-body =
    L-operatur tal-portal cyberhelp ħoloqlok kont fl-inbox, biex tkun tista' taqra r-rapporti mibgħuta lill-organizzazzjoni tiegħek u twieġeb għalihom.

    Iftaħ din il-link biex tidħol għall-ewwel darba; taħdem darba biss, fi żmien { $hours ->
        [one] siegħa
        [two] sagħtejn
        [few] { $hours } sigħat
        [many] { $hours }-il siegħa
       *[other] { $hours } siegħa
    }:

    { $url }

    Imbagħad issettja password u app tal-awtentikazzjoni biex tużahom meta tidħol aktar tard.
inbox-setup-title = Password u app tal-awtentikazzjoni
inbox-setup-link = Password u app tal-awtentikazzjoni
inbox-setup-lead = Issettja password u app tal-awtentikazzjoni biex tidħol mingħajr link bl-email. Kull darba jkollok bżonn it-tnejn.
inbox-setup-authenticator = L-app tal-awtentikazzjoni tiegħek
inbox-setup-authenticator-lead = Żid kont ġdid fl-app tal-awtentikazzjoni tiegħek (TOTP: 6 ċifri, kull 30 sekonda) u ikteb din iċ-ċavetta:
inbox-setup-authenticator-hint = Żomm din iċ-ċavetta sigrieta. Tidher biss f'din il-paġna; jekk terġa' lura aktar tard, tinħoloq waħda ġdida.
inbox-field-new-password = Password ġdida (minn 12 sa 128 karattru)
inbox-field-repeat-password = L-istess password mill-ġdid
inbox-setup-button = Salva
inbox-setup-error-length = Il-password għandu jkollha minn 12 sa 128 karattru.
inbox-setup-error-mismatch = Iż-żewġ passwords mhumiex l-istess.
inbox-setup-error-code = Il-kodiċi ma jaqbilx maċ-ċavetta. Iċċekkja l-ħin fuq il-mowbajl tiegħek u ikteb il-kodiċi li jidher bħalissa.
inbox-setup-done = Il-password u l-app tal-awtentikazzjoni tiegħek ġew issettjati.
inbox-setup-suggest = Dħalt b'link ta' użu wieħed. Biex tidħol mingħajr link bħal din, issettja password u app tal-awtentikazzjoni:
inbox-filter-state = L-istadju tal-ipproċessar
inbox-filter-incident = Tip ta' inċident
inbox-filter-from = Waslu minn
inbox-filter-to = Waslu sa
inbox-filter-button = Iffiltra
inbox-filter-all = Kollha
inbox-state-new = Ġdid: għadu ma ġie rreġistrat xejn
inbox-state-received = Wasal għand ir-riċevitur
inbox-state-in-progress = Ir-riċevitur qed jaħdem fuqu
inbox-state-closed = Ingħalaq mir-riċevitur
inbox-export = Esporta dawn ir-rapporti:
inbox-empty = Għadu ma ntbagħat l-ebda rapport lill-organizzazzjoni tiegħek.
inbox-empty-filtered = L-ebda rapport ma jaqbel ma' dawn il-filtri.
inbox-new = mhux miftuħ
inbox-withdrawn = Irtirat minn min irrapporta
inbox-caption = Rapporti għal { $contact }, paġna { $page }
inbox-col-reference = Referenza
inbox-col-received = Wasal
inbox-col-incident = Tip ta' inċident
inbox-col-victim = Irrapportat minn
inbox-col-state = L-istadju tal-ipproċessar
inbox-col-deadline = Skadenza legali
inbox-previous = Il-paġna ta' qabel
inbox-next = Il-paġna li jmiss
inbox-report-title = Rapport { $reference }
inbox-deadline = skadenza legali: { $date }
inbox-purged = Id-dettalji personali ta' dan ir-rapport tħassru nhar { $date } (minħabba l-perjodu ta' żamma tal-portal, jew għax min irrapporta rtirah).
inbox-withdrawn-note = Min irrapporta rtira dan ir-rapport: ma jista' jiġi rreġistrat xejn aktar dwaru, u ma jista' jintbagħatlu xejn aktar. Għal dak li għandek, applika r-regoli tiegħek stess dwar ir-rapporti rtirati.
inbox-timeline = Dak li rreġistrajt
inbox-no-updates = Għadu ma ġie rreġistrat xejn.
inbox-questions = Mistoqsijiet lil min irrapporta
inbox-answer = Tweġiba:
inbox-no-answer = Għadha ma ngħatatx tweġiba.
inbox-done-status = L-aġġornament tiegħek ġie rreġistrat; min irrapporta jarah fil-paġna tal-istatus tiegħu.
inbox-done-question = Il-mistoqsija tiegħek intbagħtet; min irrapporta jaraha fil-paġna tal-istatus tiegħu.
privacy-channel-inbox = jinżammu f'dan il-portal, fejn il-korp jaqrahom fl-inbox tiegħu stess
