## Tools: "Is this message a scam?" (/{lang}/check)

check-title = Dan il-messaġġ huwa frodi?
tool-busy = Qed niċċekkjaw…
check-lead = Waħħal il-messaġġ SMS, l-email, il-messaġġ taċ-chat, il-link, in-numru tat-telefon jew l-indirizz ta' min bagħtu li rċevejt. Infittxu s-sinjali tas-soltu ta' frodi. Xejn minn dak li twaħħal ma jinħażen jew jintbagħat x'imkien: jiġi ċċekkjat fuq dan is-server u mbagħad jintesa.
check-field-text = Il-messaġġ, il-link jew l-indirizz
check-field-text-hint = Waħħlu kif irċevejtu. Tagħfasx il-links tiegħu qabel.
check-field-country = Il-pajjiż tiegħek
check-submit = Iċċekkja l-messaġġ
check-error-empty = Waħħal il-messaġġ jew il-link li trid tiċċekkja.
check-truncated = Il-messaġġ huwa twil ħafna: iċċekkjajna biss l-ewwel { $chars } karattru.
check-unchecked-links = Fih ukoll links oħra li ma ċċekkjajniex (b'kollox: { $count }).
check-found-title = { $count ->
    [one] Sibna sinjal wieħed ta' frodi
    [two] Sibna żewġ sinjali ta' frodi
    [few] Sibna { $count } sinjali ta' frodi
    [many] Sibna { $count }-il sinjal ta' frodi
   *[other] Sibna { $count } sinjal ta' frodi
}
check-found-lead = Tagħfasx il-links tiegħu, iċċempilx lura lin-numri li fih, tħallasx, u tagħtix kodiċi jew password lil ħadd.
check-none-title = Ma sibna l-ebda sinjal magħruf ta' frodi
check-none-lead = Dan ma jfissirx li huwa sigur. Il-frodisti jibdlu l-kliem tagħhom kull ġimgħa. Jekk il-messaġġ jitolbok tagħmel xi ħaġa, ikkuntattja l-organizzazzjoni int stess permezz tas-sit uffiċjali jew tal-app tagħha, jew fuq in-numru li hemm fuq il-kard jew fuq il-kuntratt tiegħek, qatt permezz tal-messaġġ.
check-weak-title = Ta' min jiġi ċċekkjat
check-links-title = Links u indirizzi fil-messaġġ
check-link-official = użat minn { $name }
check-link-lookalike = jimita l-indirizz ta' { $name }
check-link-unknown = mhux indirizz li nafu
check-what-now = X'għandek tagħmel issa
check-forward = Irrapporta l-messaġġ
check-advice-link = Pariri: phishing u messaġġi foloz
check-never-ask = Il-banek, il-pulizija u l-entitajiet pubbliċi qatt ma jitolbuk b'messaġġ jew bit-telefon passwords, kodiċijiet ta' darba jew id-dettalji tal-kard, qatt ma jitolbuk iċċaqlaq il-flus għal “kont sigur”, u qatt ma jitolbuk tinstalla app biex jikkontrollaw it-telefon jew il-kompjuter tiegħek.

check-sign-lookalike = Il-link imur għal { $domain }, li jixbah l-indirizz ta' { $brand } ({ $official }) iżda mhuwiex.
check-sign-brand-in-domain = Il-link juża l-isem { $brand } f'indirizz ieħor ({ $domain }); l-indirizz veru ta' { $brand } huwa { $official }.
check-sign-name-in-domain = Il-link juża l-isem { $brand }, iżda jmur għal sit ieħor: { $domain }.
check-sign-brand-elsewhere = Il-messaġġ isemmi l-isem { $brand }, iżda l-link tiegħu jmur għal { $domain }, mhux għas-sit veru ta' { $brand } ({ $official }).
check-sign-link-ip = Link imur għal numru biss ({ $domain }) minflok għal sit web b'isem.
check-sign-link-shortener = Link huwa mqassar ({ $domain }): ma tistax tara fejn verament iwassal.
check-sign-link-punycode = Indirizz juża ittri minn alfabeti oħra li jidhru bħal tagħna ({ $domain }).
check-sign-link-script = Fih link li jħaddem kodiċi jew jaħbi kontenut ({ $domain }); min jibgħat messaġġi ġenwini qatt ma juża links bħal dawn.
check-sign-hidden-characters = Fih karattri inviżibbli li jbiddlu kif jidher it-test; jintużaw biex jaħbu indirizzi.
check-sign-safe-account = Jitolbok iċċaqlaq il-flus għal kont “sigur” jew “protett”. Ebda bank jew uffiċjal tal-pulizija veru ma jagħmel dan.
check-sign-code = Jitolbok tagħti, tibgħat jew taqra b'leħen għoli kodiċi. Kodiċi li tirċievi huwa għalik biss; min jitolbu jrid jieħu f'idejh il-kont tiegħek jew japprova pagament.
check-sign-remote-access = Jitolbok tinstalla jew tiftaħ app ta' aċċess mill-bogħod (bħal AnyDesk jew TeamViewer). Biha, persuna li ma tafx tikkontrolla t-telefon jew il-kompjuter tiegħek.
check-sign-credentials = Jitolbok tikkonferma l-username, il-password, il-PIN jew id-dettalji tal-kard tiegħek.
check-sign-fee = Jitlob ħlas żgħir biex jintbagħatlek pakkett jew biex titħallas xi tariffa: mod komuni biex jiksbu d-dettalji tal-kard tiegħek.
check-sign-gift-card-crypto = Jitlob ħlas b'gift cards, vawċers jew kriptovaluta, li ma jistgħux jiġu ntraċċati jew rimborżati.
check-sign-new-number = Jgħid li ġej minn qarib tiegħek b'“numru ġdid”: qabel ma tagħmel xejn, ċempel lill-persuna fuq in-numru li taf.
check-sign-threat = Jheddek b'kont imblukkat, multa, kawża fil-qorti jew bil-pulizija, biex ibeżżgħek u jġiegħlek taġixxi.
check-sign-urgency = Jagħmillek il-għaġla (“fi żmien 24 siegħa”, “l-aħħar twissija”). L-organizzazzjonijiet veri jagħtuk il-ħin.
check-sign-refund = Iwiegħdek rifużjoni jew flus li suppost għandek tieħu: lixka komuni biex jiksbu d-dettalji bankarji tiegħek.
check-sign-prize = Jgħid li rbaħt premju jew li ntgħażilt għal rigal, meta qatt ma pparteċipajt f'xejn.

## "Is this really them?" (on /{lang}/check)

verify-contact-title = Verament il-pulizija, il-bank tiegħi jew awtorità?
verify-contact-lead = Daħħal numru tat-telefon, indirizz tal-email jew sit web li jgħid li huwa ta' awtorità. Infittxuh fost il-kanali uffiċjali fid-direttorju tagħna.
verify-contact-field = Numru tat-telefon, indirizz tal-email jew sit web
verify-contact-submit = Fittex
verify-contact-found = Dan huwa elenkat għal:
verify-contact-source = sors
verify-contact-none = Dan mhux kanal li nafu għal xi awtorità fid-direttorju tagħna. Dan ma jippruvax li huwa falz, imma tafdahx: sib il-kuntatt tal-awtorità int stess, fuq is-sit web uffiċjali tagħha.
verify-contact-error = Daħħal numru tat-telefon, indirizz tal-email jew indirizz web.

## "Which ransomware is this?" (/{lang}/ransomware)

ransomware-title = Liema ransomware huwa dan?
ransomware-lead = Għidilna x'qed tara: l-estensjoni miżjuda mal-fajls kriptati, l-isem tal-fajl tan-nota tar-riskatt, jew it-test tan-nota. Inqabbluh ma' familji magħrufa ta' ransomware. Xejn ma jittella': tibgħatilniex fajls.
ransomware-field-extension = Estensjoni tal-fajls kriptati
ransomware-field-extension-hint = Pereżempju: ritratt.jpg.akira → .akira
ransomware-field-note-filename = Isem il-fajl tan-nota tar-riskatt
ransomware-field-note = Test tan-nota tar-riskatt (fakultattiv)
ransomware-field-note-hint = Nqabblu wkoll l-indirizzi tal-email u l-indirizzi onion li fiha. Tikkuntattjax lill-kriminali.
ransomware-submit = Identifika
ransomware-error-empty = Agħti mill-inqas waħda: l-estensjoni, l-isem tal-fajl tan-nota jew it-test tagħha.
ransomware-results = Familji probabbli
ransomware-ambiguous = Diversi familji jaqblu ma' dak li tajt: it-tweġiba mhix ċerta. Żid l-isem tal-fajl jew it-test tan-nota tar-riskatt biex tnaqqas l-għażliet.
ransomware-none = L-ebda familja magħrufa ma taqbel. Dan komuni ma' ransomware ġdid jew rari.
ransomware-fake = falz: jista' jkun li ma jikkriptax il-fajls verament
ransomware-evidence-address = indirizz fin-nota
ransomware-evidence-note-file = l-isem tal-fajl tan-nota
ransomware-evidence-extension = l-estensjoni
ransomware-evidence-name = isem il-ransomware fin-nota
ransomware-evidence-wording = il-kliem tan-nota
ransomware-refs = Sorsi
ransomware-decryptors = Fittex għodda b'xejn għad-dekriptaġġ
ransomware-nomoreransom = No More Ransom: għodod għad-dekriptaġġ (pulizija u kumpaniji tas-sigurtà)
ransomware-cryptosheriff = Crypto Sheriff: tella' żewġ fajls kriptati hemmhekk biex tidentifika r-ransomware (fuq is-sit ta' No More Ransom)
ransomware-next = Tħallasx, żomm il-fajls kriptati u n-nota, aqta' l-apparati milquta min-network, u rrapporta.
ransomware-advice = Pariri dwar ir-ransomware
ransomware-data = Data: MISP Project, galaxy tar-ransomware (verżjoni { $version }, CC0).

## "Was this message really sent by cyberhelp?" (/{lang}/verify)

verify-title = Verament cyberhelp bagħat dan il-messaġġ?
verify-lead = Il-messaġġi minn dan il-portal dwar rapport ikun fihom in-numru ta' referenza tar-rapport (pereżempju 7K4M-9QXP-2D). Daħħlu biex tara jekk bgħatniex messaġġi dwaru, u meta. Ma jintwera xejn aktar dwar ir-rapport.
verify-field = In-numru ta' referenza li jidher fil-messaġġ
verify-submit = Iċċekkja
verify-sent = cyberhelp bagħat messaġġi dwar dan in-numru ta' referenza f'dawn id-dati:
verify-none = cyberhelp ma bagħat l-ebda messaġġ dwar dan in-numru ta' referenza. Jekk messaġġ b'dan in-numru ta' referenza jgħid li ġej mingħandna, tafdahx u tagħmilx dak li jitlob.
verify-invalid = Numru ta' referenza għandu 10 ittri u ċifri, pereżempju 7K4M-9QXP-2D.
