## Routing: why each step is recommended (ids referenced from content/routing.toml)

route-why-police-people = Če vam kdo grozi, vas nadleguje ali izkorišča ali če gre za otroka, se najprej obrnite na policijo. Ne plačajte in se ne pogajajte: sporočila shranite kot dokaz.
route-why-helpline = S tem se vam ni treba spopadati brez pomoči: te telefonske linije za pomoč vas poslušajo, vam svetujejo in vam lahko pomagajo odstraniti slike ali vsebino.
route-why-nis2-early-warning = Kot bistveni ali pomembni subjekt morate v 24 urah od trenutka, ko ste izvedeli za znaten incident, poslati zgodnje opozorilo svojemu CSIRT ali pristojnemu organu.
route-why-nis2-notification = V 72 urah nadaljujte z uradnim obvestilom o incidentu: začetna ocena, resnost, vpliv in kazalniki ogroženosti.
route-why-nis2-final = Najpozneje en mesec po uradnem obvestilu o incidentu pošljite končno poročilo: podroben opis, temeljni vzrok, sprejeti ukrepi in čezmejni vpliv.
route-why-gdpr-controller = Gre za osebne podatke drugih ljudi, zato je vaša organizacija upravljavec: kršitev v 72 urah prijavite organu za varstvo osebnih podatkov, razen če ni verjetno, da bi za kogarkoli pomenila tveganje. Če je tveganje za prizadete ljudi veliko, obvestite tudi njih.
route-why-police-money = Prevaro prijavite policiji. Banka ali zavarovalnica bo morda želela številko prijave.
route-why-platform = Uporabite uradne strani zadevne storitve za obnovitev računa in prijavo (nikoli povezav, ki vam jih je kdo poslal). Prijavite račun ali vsebino, da jo platforma lahko blokira.
route-why-phishing-report = Sumljivo sporočilo posredujte na nacionalni naslov za prijave: tako pomagate blokirati lažno spletno mesto za vse.
route-why-ecc = Prodajalec je v drugi državi: Evropski potrošniški center v vaši državi vam brezplačno pomaga pri čezmejnih sporih.
route-why-consumer = Trgovca prijavite organu za varstvo potrošnikov: lahko ukrepa proti lažnim spletnim trgovinam in opozori druge.
route-why-csirt-business = Nacionalni CSIRT lahko vaši organizaciji pomaga omejiti napad in obnoviti delovanje, iz vaše prijave pa se uči, da lahko opozori druge.
route-why-dpa-citizen = Vaši podatki so ušli iz podjetja. Nikogar vam ni treba obvestiti v nobenem roku: to je dolžnost podjetja. Če menite, da vaši podatki niso bili zaščiteni ali da vas podjetje ni obvestilo, se lahko pritožite pri organu za varstvo osebnih podatkov.
route-why-police-crime = To je kaznivo dejanje v vseh državah EU. Prijava policiji ustvari uradni zapis in lahko pomaga pri preiskavi.
route-why-unsure = Ne veste točno, kaj se je zgodilo? Policija lahko sprejme vašo prijavo in vas napoti na pravo službo. Vse shranite kot dokaz.
