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
