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
