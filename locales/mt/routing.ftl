## Routing: why each step is recommended (ids referenced from content/routing.toml)

route-why-police-people = Meta xi ħadd jheddek, jagħmillek fastidju jew jisfruttak, jew jekk hemm tifel jew tifla involuti, l-ewwel mur għand il-pulizija. Tħallasx u tinnegozjax: żomm il-messaġġi bħala prova.
route-why-helpline = M'għandekx għalfejn tgħaddi minn dan waħdek: dawn il-linji ta' għajnuna jisimgħuk, jagħtuk parir u jistgħu jgħinuk tneħħi immaġnijiet jew kontenut.
route-why-nis2-early-warning = Bħala entità essenzjali jew importanti, trid tibgħat twissija bikrija lis-CSIRT tiegħek jew lill-awtorità kompetenti fi żmien 24 siegħa minn meta ssir taf b'inċident sinifikanti.
route-why-nis2-notification = Fi żmien 72 siegħa, ibgħat in-notifika tal-inċident: l-ewwel valutazzjoni, is-severità, l-impatt u l-indikaturi ta' kompromess.
route-why-nis2-final = Fi żmien xahar min-notifika tal-inċident, ibgħat ir-rapport finali: deskrizzjoni dettaljata, il-kawża ewlenija, il-miżuri meħuda u l-impatt transfruntier.
route-why-gdpr-controller = Hemm data personali ta' nies oħra milquta, allura l-organizzazzjoni tiegħek hija l-kontrollur: innotifika l-ksur lill-awtorità għall-protezzjoni tad-data fi żmien 72 siegħa, sakemm ma jkunx improbabbli li jpoġġi lil xi ħadd f'riskju. Jekk ir-riskju għan-nies milquta huwa għoli, għidilhom ukoll.
route-why-police-money = Irrapporta l-frodi lill-pulizija. Il-bank jew l-assigurazzjoni tiegħek jistgħu jitolbuk in-numru tar-rapport tal-pulizija.
route-why-platform = Uża l-paġni uffiċjali tas-servizz ikkonċernat biex tirkupra l-kont u tirrapporta (qatt links li ntbagħtulek). Irrapporta l-kont jew il-kontenut biex il-pjattaforma tkun tista' timblokkah.
route-why-phishing-report = Ibgħat il-messaġġ suspettuż lill-indirizz nazzjonali għar-rapporti: dan jgħin biex is-sit falz jiġi mblukkat għal kulħadd.
route-why-ecc = Il-bejjiegħ jinsab f'pajjiż ieħor: iċ-Ċentru Ewropew tal-Konsumatur f'pajjiżek jgħinek b'xejn f'tilwim transfruntier.
route-why-consumer = Irrapporta lin-negozjant lill-awtorità tal-konsumatur: tista' tieħu azzjoni kontra ħwienet foloz u twissi lil ħaddieħor.
route-why-csirt-business = Is-CSIRT nazzjonali jista' jgħin lill-organizzazzjoni tiegħek trażżan l-attakk u tirkupra, u jitgħallem mir-rapport tiegħek biex iwissi lil ħaddieħor.
route-why-dpa-citizen = Id-data tiegħek ħarġet minn għand kumpanija. M'għandekx għalfejn tinnotifika lil ħadd f'xi skadenza: dak huwa dmir il-kumpanija. Jekk taħseb li d-data tiegħek ma kinitx protetta jew li l-kumpanija ma infurmatekx, tista' tagħmel ilment lill-awtorità għall-protezzjoni tad-data.
route-why-police-crime = Dan huwa reat f'kull pajjiż tal-UE. Rapport lill-pulizija joħloq rekord uffiċjali u jista' jgħin investigazzjoni.
route-why-unsure = Ma tafx eżatt x'ġara? Il-pulizija tista' tieħu r-rapport tiegħek u turik fejn għandek tmur. Żomm kollox bħala prova.

## Money that can still be stopped

route-why-card-block = Imblokka l-kard issa: ċempel in-numru fuq wara tal-kard jew fl-app tal-bank tiegħek, jew il-linja nazzjonali għall-imblokkar tal-kards. L-imblokkar iwaqqaf pagamenti oħra bil-kard, iżda ma jġibx lura trasferiment li diġà sar.
route-why-payment-recall-urgent = Il-flus ħarġu inqas minn ġurnata ilu: ċempel issa l-linja tal-frodi tal-bank tiegħek (in-numru fl-app tal-bank jew fuq il-kard, qatt wieħed minn messaġġ) u itlobhom iwaqqfu jew isejħu lura l-pagament. Kull siegħa tgħodd.
route-why-payment-recall = Ċempel il-linja tal-frodi tal-bank tiegħek (in-numru fl-app tal-bank jew fuq il-kard, qatt wieħed minn messaġġ): itlobhom iwaqqfu jew isejħu lura l-pagament u jipproteġu l-kont tiegħek. Jekk ma awtorizzajtx int il-pagament, itlob rifużjoni bil-miktub.
route-why-bank-access = Jista' jkun li xi ħadd jista' jidħol fil-kont bankarju tiegħek permezz tan-numru tat-telefon jew tal-kompjuter tiegħek: ċempel issa l-linja tal-frodi tal-bank tiegħek biex ikunu jistgħu jissorveljaw jew jimblokkaw l-aċċess, anki jekk għadhom ma ħarġux flus.

## Reports

route-why-police-stolen = Jekk l-apparat insteraq, irrapporta s-serqa lill-pulizija: ikollok bżonn in-numru tar-rapport għall-assigurazzjoni u għall-operatur tiegħek. Li titlef apparat mhuwiex reat, allura jekk sempliċement tliftu m'hemm xejn x'tirrapporta.
route-why-financial-regulator = Ir-regolatur finanzjarju jżomm lista ta' kumpaniji li mhumiex awtorizzati joffru investimenti, u jwissi lill-pubbliku dwarhom. Irrapporta l-kumpanija u ara t-twissijiet tiegħu qabel tħallas xi ħaġa oħra: il-frodisti spiss jerġgħu jiġu lura jippreżentaw ruħhom bħala servizzi ta' “rkupru” tal-flus.
route-why-illegal-content-minor = Immaġnijiet jew messaġġi li jisfruttaw sesswalment lil tfal huma illegali kullimkien: irrapportahom lil dan is-servizz biex jitneħħew u jiġu investigati. Tgħaddihomx lil ħaddieħor u żżommx kopji tagħhom.
route-why-ncii = Jekk immaġnijiet intimi tiegħek ġew maqsuma, jew qed jheddu li jaqsmuhom, dan is-servizz jista' jgħinek timblokkahom jew tneħħihom mingħajr ma tibgħat l-immaġnijiet lil ħadd.
route-why-assistance = Dan is-servizz jgħin b'xejn lil vittmi bħalek: jispjegalek x'għandek tagħmel, iqabbdek ma' għajnuna fdata qrib tiegħek, u jgħidlek fejn tirrapporta.
route-why-victim-support = Mhux faċli meta jqarrqu bik jew jhedduk. Dan is-servizz b'xejn u kunfidenzjali jappoġġja lill-vittmi tal-kriminalità, kemm jekk tirrapporta lill-pulizija u kemm jekk le.
route-why-outside-police = M'għandniex is-servizzi ta' dan il-pajjiż. Irrapporta lill-pulizija lokali: itlob numru tar-rapport bil-miktub, għax il-bank u l-assigurazzjoni tiegħek jistgħu jitolbuh.
route-why-outside-national = Dan il-pajjiż għandu servizz nazzjonali biex tirrapporta r-reati online.

## Why a step is optional

route-optional-complaint = Fakultattiv: jekk ma tlift xejn, int tiddeċiedi jekk tirrapportax lill-pulizija; ir-rapport jgħinhom jaraw frodi li jolqtu ħafna nies.
route-optional-stolen = Biss jekk l-apparat insteraq.
route-optional-consumer = Fakultattiv: ma jġibx lura flusek, iżda jgħin biex jitwaqqaf il-ħanut u jitwissew oħrajn.
route-optional-ncii = Fakultattiv: użah jekk trid li l-immaġnijiet jitneħħew jew jiġu mblukkati.
route-optional-csirt = Fakultattiv għall-organizzazzjoni tiegħek: m'hemmx obbligu legali sakemm ma tkunx entità taħt in-NIS2, iżda s-CSIRT jista' jgħin u jwissi lil ħaddieħor.
route-optional-gdpr-complaint = Fakultattiv: tista' tagħmel ilment, m'hemm l-ebda skadenza għalik.
route-optional-victim-support = Fakultattiv: ikkuntattjahom kull meta jkollok bżonn titkellem ma' xi ħadd.

## Legal duties (content/laws/)

route-why-nis2-trust = Bħala fornitur ta' servizz fiduċjarju, in-notifika tal-inċident trid issir fi żmien 24 siegħa, mhux 72, minn meta ssir taf b'inċident sinifikanti li jolqot is-servizzi fiduċjarji tiegħek.
route-why-gdpr-processor = Inti tipproċessa din id-data għal organizzazzjoni oħra (int il-proċessur tagħha): għid lil dak il-kontrollur mingħajr dewmien żejjed. Il-kontrollur, mhux int, jiddeċiedi jekk jinnotifikax lill-awtorità għall-protezzjoni tad-data.
route-why-gdpr-record = Id-diska kienet kriptata b'mod qawwi u ċ-ċavetta hija sigura, allura huwa improbabbli li l-ksur ipoġġi lil xi ħadd f'riskju u m'għandux għalfejn jiġi nnotifikat. Niżżlu fir-reġistru tiegħek tal-ksur: il-fatti, l-effetti u x'għamilt. Jekk intilfet iċ-ċavetta wkoll, jew il-kriptaġġ kien dgħajjef, innotifika fi żmien 72 siegħa.
route-why-dora-initial = Bħala entità finanzjarja taħt id-DORA, ibgħat in-notifika inizjali ta' inċident maġġuri relatat mal-ICT lis-superviżur tiegħek fi żmien 4 sigħat minn meta tikklassifikah bħala maġġuri, u mhux aktar tard minn 24 siegħa minn meta ssir taf bih.
route-why-dora-intermediate = Ibgħat ir-rapport intermedju fi żmien 72 siegħa min-notifika inizjali.
route-why-dora-final = Ibgħat ir-rapport finali fi żmien xahar mill-aħħar rapport intermedju.
route-why-ch-isa = L-operaturi ta' infrastruttura kritika għandhom jirrapportaw attakk ċibernetiku liċ-Ċentru Nazzjonali taċ-Ċibersigurtà fi żmien 24 siegħa minn meta jiskopruh.
route-why-ch-isa-completion = Jekk l-ewwel rapport tiegħek ma kienx komplut, ikkompletah fi żmien 14-il jum.
route-why-ch-fadp-breach = Jekk il-ksur x'aktarx iwassal għal riskju għoli għan-nies ikkonċernati, irrapportah malajr kemm jista' jkun lill-Kummissarju Federali għall-Protezzjoni tad-Data u l-Informazzjoni.
route-why-gb-ukgdpr = Hemm data personali ta' nies oħra milquta: irrapporta l-ksur lill-Information Commissioner's Office (l-awtorità Brittanika għall-protezzjoni tad-data) fi żmien 72 siegħa minn meta ssir taf bih, sakemm ma jkunx improbabbli li jpoġġi lil xi ħadd f'riskju.
route-why-gb-nis = Bħala operatur ta' servizz essenzjali, innotifika lill-awtorità kompetenti tiegħek b'inċident b'impatt sinifikanti fuq is-servizz tiegħek fi żmien 72 siegħa minn meta ssir taf bih.
route-why-is-nis = Bħala operatur ta' servizz essenzjali, innotifika lis-CERT-IS b'inċident sinifikanti mingħajr dewmien żejjed.
route-why-no-dsa = Bħala fornitur ta' servizz essenzjali, innotifika lill-Awtorità Nazzjonali tas-Sigurtà (NSM) b'inċident sinifikanti fi żmien 24 siegħa.
route-why-csirt-citizen = Is-CSIRT nazzjonali jilqa' rapporti anki mingħand individwi: jista' jġiegħel siti foloz jingħalqu, iwissi lil ħaddieħor u jagħtik parir biex tnaddaf l-apparat tiegħek.
route-optional-csirt-citizen = Mhux obbligatorju: jgħin biex jipproteġi lil ħaddieħor, iżda ma jieħux post rapport lill-pulizija.

## Legal bases: Union acts are cited by type and number (EUR-Lex form); national citations keep the national act's own wording

law-regulation = Regolament (UE) { $number }
law-directive = Direttiva (UE) { $number }
law-delegated-regulation = Regolament Delegat tal-Kummissjoni (UE) { $number }
law-article = Artikolu { $article }
law-transposing = { $national }, li jittrasponi: { $eu }
law-not-transposed = { $eu }. { $country }: ma ġie kkonfermat l-ebda att nazzjonali fis-seħħ li jittrasponiha; ir-regoli nazzjonali jistgħu jkunu differenti.
