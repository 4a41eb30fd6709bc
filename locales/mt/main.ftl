## Shell: skip link, header, navigation, footer

shell-skip-link = Aqbeż għall-kontenut ewlieni
shell-site-name = cyberhelp
shell-tagline = Għajnuna wara attakk ċibernetiku
shell-nav-label = Menu ewlieni
shell-nav-home = Il-paġna ewlenija
shell-nav-advice = Pariri
shell-nav-bulletins = Theddidiet attwali
shell-nav-report = Irrapporta inċident
shell-nav-search = Fittex
shell-language-label = Lingwa
shell-language-submit = Ibdel
shell-footer-emergency = F'periklu issa? Ċempel 112, in-numru tal-emerġenza f'kull pajjiż tal-UE.
shell-footer-never-ask = Aħna qatt ma nitolbuk il-passwords tiegħek, pagamenti jew aċċess mill-bogħod għall-apparat tiegħek. Min jitlobhom mhux aħna.
shell-footer-privacy = L-ebda trackers, l-ebda talbiet lil partijiet terzi: dan is-sit ma jtella' xejn minn x'imkien ieħor.
shell-footer-source = Softwer liberu, li tista' tħaddem fuq is-server tiegħek.
shell-footer-licence = It-testi tagħna huma ppubblikati taħt il-liċenzja CC BY 4.0: tista' tużahom liberament jekk issemmi lil cyberhelp.
shell-footer-feeds = Twissijiet dwar theddidiet bħala feed Atom

## Home page

home-title = Għajnuna wara attakk ċibernetiku
home-lead = Daħlulek fil-kont, ħallast f'ħanut online falz, ransomware laqat in-negozju tiegħek? Sir af x'għandek tagħmel issa, lil min għandek tinforma u sa meta.
home-emergency = Jekk int f'periklu issa, ċempel 112.
home-tasks-heading = X'għandek bżonn?
home-task-advice = Ikseb parir
home-task-advice-desc = Għajnuna pass pass għal dak li ġralek.
home-task-bulletins = Ara t-theddidiet attwali
home-task-bulletins-desc = Frodi u attakki għaddejjin bħalissa, u x'tista' tagħmel dwarhom.
home-task-report = Irrapporta inċident
home-task-report-desc = Infurma lill-awtoritajiet it-tajba darba biss, u sir af min se jieħu ħsiebu u sa meta.
home-incidents-heading = X'ġara?
home-bulletins-heading = Theddidiet attivi
home-bulletins-people = Frodi għaddejjin bħalissa
home-bulletins-organisations = Għall-persunal tal-IT fl-organizzazzjonijiet: vulnerabbiltajiet li qed jiġu sfruttati f'attakki
home-bulletins-empty = Bħalissa m'hemm l-ebda twissija attiva dwar theddidiet.
home-bulletins-all = It-twissijiet kollha dwar theddidiet

## Errors

error-title-prefix = Żball: { $title }

error-not-found-title = Il-paġna ma nstabitx
error-not-found-body = Ma stajniex insibu din il-paġna. Forsi l-indirizz inkiteb ħażin, jew il-paġna ġiet imċaqalqa.
error-not-found-home = Mur il-paġna ewlenija
error-internal-title = Xi ħaġa marret ħażin
error-internal-body = Dan huwa żball tagħna, mhux tiegħek. Erġa' pprova fi ftit mumenti.
error-bad-request-title = Ma stajniex nifhmu din it-talba
error-too-large-title = Dak li bgħatt huwa kbir wisq
error-too-large-back = Uża l-buttuna Lura tal-browser tiegħek: il-formola żżomm dak li ktibt. Imbagħad qassar id-deskrizzjoni u erġa' ibgħatha.
error-rate-limited = Wisq talbiet mill-konnessjoni tiegħek fi ftit ħin. Stenna minuta u erġa’ pprova.
stats-title = Statistika miftuħa
stats-lead = Kemm-il rapport irċieva dan il-portal, dwar xiex, u kemm malajr ir-riċevituri kkonfermaw li waslulhom. Numri biss: l-ebda rapport ma jista' jingħaraf minnhom.
stats-empty = Għadu ma wasal l-ebda rapport, għalhekk għad m'hemm xejn x'ngħoddu.
stats-unavailable = Bħalissa ma nistgħux nuru l-istatistika. Jekk jogħġbok erġa' pprova fi ftit minuti.
stats-withheld = kunfidenzjali
stats-chart-title = Rapporti li waslu kull xahar
stats-chart-caption = Rapporti li waslu kull xahar (UTC). L-istess numri jinsabu fit-tabella hawn taħt.
stats-per-month = Rapporti kull xahar
stats-category = Kategorija
stats-breakdowns = Rapporti kull xahar, skont it-tip
stats-by-incident = Skont it-tip ta' inċident
stats-by-country = Skont il-pajjiż
stats-by-victim = Skont min irrapporta
stats-deliveries = Twassil lir-riċevituri
stats-no-deliveries = Għadu ma twassal l-ebda rapport lil riċevitur.
stats-deliveries-caption = Rapporti mibgħuta lil kull tip ta' riċevitur, ix-xhur kollha flimkien
stats-recipient-kind = Tip ta' riċevitur
stats-delivered = Imwassla
stats-acknowledged = Ikkonfermati mir-riċevitur
stats-failed = Ma setgħux jitwasslu
stats-median-ack = Ħin medjan sal-konferma
stats-hours = { $hours } h
stats-method = In-numri taħt { $threshold } (minbarra ż-żero) huma kunfidenzjali u ma jiġux ippubblikati. Fejn numru kunfidenzjali jista' jinħadem mit-total tax-xahar, ma jiġux ippubblikati numri oħra wkoll. Dawn l-istatistiki jużaw biss ix-xahar, it-tip ta' inċident, il-pajjiż, min irrapporta u t-tip ta' riċevitur, li jibqgħu miżmuma anke meta d-dettalji personali ta' rapport jitħassru.
stats-api = L-istess numri bħala JSON

## Avviż ta' privatezza (/privacy), iġġenerat mill-konfigurazzjoni li qed taħdem
privacy-title = Avviż ta' privatezza
privacy-lead = X'iżomm dan il-portal dwarek, għaliex, għal kemm żmien, min jirċevih, u d-drittijiet tiegħek. Din il-paġna hija miktuba mill-konfigurazzjoni li biha qed jaħdem il-portal: il-perjodi u l-mezzi hawn taħt huma dawk fis-seħħ.
privacy-controller-title = Min huwa responsabbli
privacy-controller = Dan il-portal jitħaddem minn { $operator }, li huwa responsabbli għad-data personali li jżomm il-portal (il-kontrollur).
privacy-controller-missing = Din l-installazzjoni għadha ma qalitx min iħaddimha. Sakemm tagħmel dan, ikkuntattja direttament lill-korpi elenkati f'kull paġna minflok ma tibgħat rapport permezz tagħha.
privacy-controller-contact = Mistoqsijiet dwar id-data tiegħek:
privacy-dpo = Uffiċjal tal-protezzjoni tad-data:
privacy-dpo-none = Għal din l-installazzjoni ma huwa msemmi l-ebda uffiċjal tal-protezzjoni tad-data.
privacy-stored-title = X'inżommu
privacy-stored-report = Meta tibgħat rapport: it-tweġibiet tiegħek fil-formola (il-pajjiż, min int, x'ġara, id-dati, jekk tlifx flus), id-deskrizzjoni tiegħek, id-dettalji ta' kuntatt tiegħek jekk tagħtihom (tista' tirrapporta b'mod anonimu) u l-lista tal-provi li qed iżżomm. Il-fajls tiegħek qatt ma jħallu l-apparat tiegħek: inżommu biss l-ismijiet, in-noti u l-marki diġitali li żżid.
privacy-stored-followups = Wara: l-aġġornamenti u l-mistoqsijiet li jibagħtulek il-korpi, u t-tweġibiet tiegħek.
privacy-stored-drafts = Rapport li tara r-riċevituri tiegħu iżda ma tibagħtux jinżamm issiġillat għal sagħtejn u jista' jinqara biss bil-link li hemm fil-browser tiegħek; imbagħad jitħassar.
privacy-stored-feedback = Jekk tagħżel “L-ebda waħda minn dawn” fl-għajnuna gwidata, dak li tikteb jinżamm għal 90 jum biex intejbu l-mistoqsijiet, mingħajr xejn li jidentifikak.
privacy-stored-tools = L-għodod tal-verifika (il-verifika tal-messaġġi u l-verifika tal-kuntatti) ma jżommu xejn minn dak li twaħħal.
privacy-stored-logs = Il-log tas-server jirreġistra liema paġni jintalbu u kwalunkwe żbalji, mhux l-indirizz IP tiegħek. Biex jipprevjeni l-abbuż, il-portal jgħodd it-talbiet minn kull indirizz IP fil-memorja għal ftit minuti u qatt ma jikteb dawk l-indirizzi. L-ebda trackers, l-ebda cookies tar-reklamar jew tal-analitika, xejn mgħobbi minn siti oħra.
privacy-basis-title = Għaliex, u fuq liema bażi legali
privacy-basis-consent = Nibagħtu r-rapport tiegħek biss lill-korpi li timmarka, għax int titlobna nagħmlu dan: il-bażi legali hija l-kunsens tiegħek, skont il-punt (a) tal-Artikolu 6(1) tal-GDPR. Jekk ir-rapport tiegħek isemmi s-saħħa tiegħek jew kategoriji speċjali oħra ta' data, il-bgħit tiegħu huwa kopert mill-kunsens espliċitu tiegħek, skont il-punt (a) tal-Artikolu 9(2) tal-GDPR.
privacy-basis-withdraw = Tista' tirtira l-kunsens tiegħek fi kwalunkwe ħin (l-Artikolu 7(3) tal-GDPR) billi tirtira r-rapport fil-paġna tal-istatus tiegħu. Dan ma jreġġax lura dak li jkun intbagħat qabel.
privacy-recipients-title = Min jirċevih
privacy-recipients = Il-korpi li timmarka fil-formola biss, pereżempju s-CSIRT nazzjonali tiegħek, il-Pulizija jew l-awtorità għall-protezzjoni tad-data. Kull wieħed minnhom isir responsabbli għall-kopja li jirċievi, skont ir-regoli tiegħu stess u l-avviż ta' privatezza tiegħu stess.
privacy-channels = F'din l-installazzjoni, ir-rapporti jintbagħtu:
privacy-channels-none = F'din l-installazzjoni għadu ma ġie ssettjat l-ebda mezz ta' twassil: ir-rapporti jinħażnu u jibqgħu jistennew, u l-paġna tal-istatus tagħhom tgħid dan.
privacy-channel-email = bl-email
privacy-channel-webhook = permezz ta' konnessjoni kriptata u ffirmata, direttament fis-sistema tal-korp stess
privacy-channel-ticketing = fis-sistema tal-ġestjoni tal-każijiet tal-korp (RT, MISP jew TheHive)
privacy-channel-file = f'folder li l-operatur jgħaddi lill-korp
privacy-notices = Jekk titlob dan, nibagħtulek email meta korp jaġġorna r-rapport tiegħek jew jistaqsik mistoqsija. L-email fiha biss in-numru ta' referenza u links, xejn mir-rapport.
privacy-retention-title = Għal kemm żmien
privacy-retention = Id-deskrizzjoni tiegħek, id-dettalji ta' kuntatt tiegħek, il-lista tal-provi u l-messaġġi dwar ir-rapport tiegħek jitħassru { $days ->
    [one] jum
    [two] jumejn
    [few] { $days } ijiem
    [many] { $days }-il jum
   *[other] { $days } jum
    } wara li l-korpi kollha jkunu lestew minnu (ikkonfermaw li rċevewh, għalqu l-każ tagħhom, jew ma setgħux jintlaħqu), u fi kwalunkwe każ { $max ->
    [one] jum
    [two] jumejn
    [few] { $max } ijiem
    [many] { $max }-il jum
   *[other] { $max } jum
    } wara li bgħattu.
privacy-retention-withdraw = Tista' tħassarhom minnufih billi tirtira r-rapport:
privacy-retention-remains = Dak li jibqa' wara ma jistax jidentifikak: il-pajjiż, it-tip ta' inċident, min irrapporta (persuna, negozju…), id-dati u jekk kull twassil irnexxiex. L-istatistika miftuħa tingħadd minn dawn:
privacy-rights-title = Id-drittijiet tiegħek
privacy-rights = Għandek id-dritt li tara d-data tiegħek (l-Artikolu 15 tal-GDPR), li tikkoreġiha (l-Artikolu 16) jew li tħassarha (l-Artikolu 17), li tirrestrinġi l-użu tagħha (l-Artikolu 18), li tirċeviha f'format li jinqara mill-magni (l-Artikolu 20) u li toġġezzjona (l-Artikolu 21).
privacy-rights-how = Bin-numru ta' referenza u l-kodiċi privat tal-istatus tiegħek tista' tara r-rapport tiegħek, tniżżlu bħala JSON u tirtirah int stess fil-paġna tal-istatus. Għal kull ħaġa oħra, ikteb lill-kuntatt imsemmi hawn fuq.
privacy-complaint = Tista' wkoll tressaq ilment quddiem awtorità superviżorja għall-protezzjoni tad-data (l-Artikolu 77 tal-GDPR), b'mod partikolari fil-pajjiż fejn tgħix jew taħdem.
privacy-complaint-link = Il-Bord Ewropew għall-Protezzjoni tad-Data jelenkahom kollha.
privacy-generated = Dan l-avviż jiġi ġġenerat mill-konfigurazzjoni tal-portal kull darba li jintwera. Sors:
privacy-source-gdpr = Ir-Regolament (UE) 2016/679 (GDPR)

## Dikjarazzjoni tal-aċċessibbiltà (/accessibility), fuq il-mudell tad-Deċiżjoni ta' Implimentazzjoni (UE) 2018/1523
a11y-title = Dikjarazzjoni tal-aċċessibbiltà
a11y-intro = { $operator } irid li dan il-portal ikun jista' jintuża minn kulħadd, kif titlob id-Direttiva dwar l-Aċċessibbiltà tal-Web (UE) 2016/2102. Din id-dikjarazzjoni tapplika għal dan is-sit elettroniku.
a11y-intro-unnamed = L-operatur ta' dan il-portal irid li jkun jista' jintuża minn kulħadd, kif titlob id-Direttiva dwar l-Aċċessibbiltà tal-Web (UE) 2016/2102. Din id-dikjarazzjoni tapplika għal dan is-sit elettroniku.
a11y-status-title = Status tal-konformità
a11y-status = Dan is-sit elettroniku huwa parzjalment konformi mal-EN 301 549 V3.2.1, l-istandard Ewropew li jinkludi l-WCAG 2.1 livell AA, minħabba n-nuqqasijiet ta' konformità elenkati hawn taħt.
a11y-gaps-title = Kontenut mhux aċċessibbli
a11y-gaps-lead = Dan li ġej għadu mhux kompletament aċċessibbli:
a11y-gap-unaudited = Għadu ma sar l-ebda awditu manwali u l-ebda test ma' persuni li jużaw qarrejja tal-iskrin jew teknoloġiji assistivi oħra. Jista' jkun li għad hemm problemi li l-verifiki awtomatiċi ma jistgħux isibu.
a11y-gap-chart = Il-graff fil-paġna tal-istatistika għandu tikketti żgħar fuq skrins dojoq. L-istess numri jinsabu fit-tabelli ħdejh.
a11y-out-of-scope = Il-links iwasslu għas-siti elettroniċi tal-awtoritajiet u ta' korpi oħra; l-aċċessibbiltà tagħhom hija r-responsabbiltà tagħhom stess.
a11y-prep-title = Tħejjija ta' din id-dikjarazzjoni tal-aċċessibbiltà
a11y-prep = Din id-dikjarazzjoni tħejjiet u ġiet rieżaminata l-aħħar darba nhar { $date }.
a11y-method = Metodu: awtovalutazzjoni. Testijiet awtomatiċi (axe-core) jiċċekkjaw il-paġni ewlenin skont il-livelli A u AA tal-WCAG 2.1, b'kuluri ċari u skuri, bil-JavaScript u mingħajru; kull paġna tiġi ċċekkjata li tidħol fi skrin wiesa' 320 pixel fl-24 lingwa kollha; kull paġna taħdem mingħajr JavaScript.
a11y-feedback-title = Feedback u informazzjoni ta' kuntatt
a11y-feedback = Jekk xi ħaġa f'dan is-sit hija diffiċli għalik biex tużaha, jew għandek bżonn il-kontenut tiegħu f'forma oħra, għidilna:
a11y-feedback-none = Din l-installazzjoni għadha ma semmiet l-ebda kuntatt għall-aċċessibbiltà.
a11y-enforcement-title = Proċedura ta' infurzar
a11y-enforcement = Jekk it-tweġiba tagħna għall-feedback jew għat-talba tiegħek ma tissodisfakx, tista' tirrikorri għand il-korp nazzjonali li jinforza d-Direttiva dwar l-Aċċessibbiltà tal-Web:
a11y-enforcement-none = Din l-installazzjoni għadha ma semmietx il-korp nazzjonali tal-infurzar tagħha. Staqsi lill-operatur liema korp huwa.
a11y-sources = Sorsi:
a11y-source-wad = Id-Direttiva (UE) 2016/2102, l-Artikolu 7
a11y-source-model = Id-Deċiżjoni ta' Implimentazzjoni (UE) 2018/1523 (il-mudell tad-dikjarazzjoni)
