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

## Money that can still be stopped

route-why-card-block = Kartico takoj blokirajte: pokličite številko na hrbtni strani kartice ali v aplikaciji banke ali nacionalno številko za blokado kartic. Blokada prepreči nadaljnja plačila s kartico, nakazila, ki je že odšlo, pa ne more vrniti.
route-why-payment-recall-urgent = Denar je odšel pred manj kot enim dnem: takoj pokličite številko svoje banke za prijavo zlorab (številko iz bančne aplikacije ali s kartice, nikoli iz sporočila) in prosite, naj plačilo ustavi ali odpokliče. Šteje vsaka ura.
route-why-payment-recall = Pokličite številko svoje banke za prijavo zlorab (številko iz bančne aplikacije ali s kartice, nikoli iz sporočila): prosite, naj plačilo ustavi ali odpokliče in zavaruje vaš račun. Če plačila niste odobrili, pisno zahtevajte vračilo.
route-why-bank-access = Nekdo bi morda lahko prek vaše telefonske številke ali računalnika dostopal do vašega bančnega računa: takoj pokličite številko svoje banke za prijavo zlorab, da bo lahko dostop nadzorovala ali blokirala, tudi če denar še ni odšel.

## Reports

route-why-police-stolen = Če so vam napravo ukradli, tatvino prijavite policiji: številko prijave boste potrebovali za zavarovalnico in operaterja. Izguba naprave ni kaznivo dejanje, zato ni česa prijaviti, če ste jo preprosto izgubili.
route-why-financial-regulator = Finančni nadzornik vodi seznam podjetij, ki ne smejo ponujati naložb, in javnost opozarja nanje. Podjetje prijavite in preverite nadzornikova opozorila, preden karkoli še plačate: goljufi se pogosto vrnejo in se predstavljajo kot službe za »vračilo« denarja.
route-why-illegal-content-minor = Slike ali sporočila, ki spolno izkoriščajo otroka, so povsod nezakoniti: prijavite jih tej službi, da jih odstranijo in preiščejo. Sami jih ne posredujte naprej in ne shranjujte kopij.
route-why-ncii = Če so bile vaše intimne slike deljene ali vam grozijo, da jih bodo delili, vam ta služba lahko pomaga, da jih blokirate ali odstranite, ne da bi jih morali komurkoli poslati.
route-why-assistance = Ta služba brezplačno pomaga žrtvam, kot ste vi: pojasni, kaj storiti, vas poveže s preverjeno pomočjo v bližini in vam pove, kam se obrniti s prijavo.
route-why-victim-support = Prevara ali grožnje so hudo breme. Ta brezplačna in zaupna služba podpira žrtve kaznivih dejanj, ne glede na to, ali zadevo prijavite policiji ali ne.
route-why-outside-police = Služb te države nimamo. Zadevo prijavite lokalni policiji in prosite za pisno številko prijave, ki jo lahko zahtevata banka in zavarovalnica.
route-why-outside-national = Ta država ima nacionalno službo za prijavo spletnega kriminala.

## Why a step is optional

route-optional-complaint = Neobvezno: če niste nič izgubili, je prijava policiji vaša odločitev; policiji pomaga prepoznati prevare, ki ciljajo na veliko ljudi.
route-optional-stolen = Samo če so vam napravo ukradli.
route-optional-consumer = Neobvezno: denarja vam ne vrne, pomaga pa ustaviti trgovino in opozoriti druge.
route-optional-ncii = Neobvezno: uporabite, če želite, da se slike odstranijo ali blokirajo.
route-optional-csirt = Za vašo organizacijo neobvezno: zakonske obveznosti nimate, razen če ste subjekt po NIS2, vendar vam CSIRT lahko pomaga in opozori druge.
route-optional-gdpr-complaint = Neobvezno: pritožite se lahko, za vas ne velja noben rok.
route-optional-victim-support = Neobvezno: obrnite se nanje, kadar koli želite z nekom govoriti.

## Legal duties (content/laws/)

route-why-nis2-trust = Kot ponudnik storitev zaupanja morate uradno obvestilo o incidentu poslati v 24 urah, ne v 72, od trenutka, ko ste izvedeli za znaten incident, ki vpliva na vaše storitve zaupanja.
route-why-gdpr-processor = Te podatke obdelujete za drugo organizacijo (ste njen obdelovalec): brez nepotrebnega odlašanja obvestite upravljavca. O tem, ali bo kršitev prijavljena organu za varstvo osebnih podatkov, odloči upravljavec, ne vi.
route-why-gdpr-record = Disk je bil močno šifriran in ključ je na varnem, zato ni verjetno, da bi kršitev za kogarkoli pomenila tveganje, in je ni treba prijaviti. Zabeležite jo v svojo evidenco kršitev: dejstva, posledice in kaj ste storili. Če se je izgubil tudi ključ ali je bilo šifriranje šibko, jo prijavite v 72 urah.
route-why-dora-initial = Kot finančni subjekt po uredbi DORA pošljite nadzornemu organu začetno obvestilo o večjem incidentu, povezanem z IKT, v 4 urah od njegove razvrstitve kot večjega, najpozneje pa v 24 urah po tem, ko ste zanj izvedeli.
route-why-dora-intermediate = Vmesno poročilo pošljite v 72 urah po začetnem obvestilu.
route-why-dora-final = Končno poročilo pošljite v enem mesecu po zadnjem vmesnem poročilu.
route-why-ch-isa = Upravljavci kritične infrastrukture morajo kibernetski napad prijaviti Nacionalnemu centru za kibernetsko varnost v 24 urah od odkritja.
route-why-ch-isa-completion = Če je bila vaša prva prijava nepopolna, jo dopolnite v 14 dneh.
route-why-ch-fadp-breach = Če bo kršitev verjetno povzročila veliko tveganje za prizadete ljudi, jo čim prej prijavite zveznemu pooblaščencu za varstvo podatkov in informacij.
route-why-gb-ukgdpr = Gre za osebne podatke drugih ljudi: kršitev prijavite britanskemu organu za varstvo podatkov (Information Commissioner's Office) v 72 urah od trenutka, ko ste zanjo izvedeli, razen če ni verjetno, da bi za kogarkoli pomenila tveganje.
route-why-gb-nis = Kot izvajalec bistvene storitve morate pristojni organ o incidentu z znatnim vplivom na vašo storitev obvestiti v 72 urah od trenutka, ko ste zanj izvedeli.
route-why-is-nis = Kot izvajalec bistvene storitve morate CERT-IS o znatnem incidentu obvestiti brez nepotrebnega odlašanja.
route-why-no-dsa = Kot ponudnik bistvene storitve morate Nacionalni varnostni organ (NSM) o znatnem incidentu obvestiti v 24 urah.
route-why-csirt-citizen = Nacionalni CSIRT sprejema prijave tudi od posameznikov: lahko doseže odstranitev lažnih strani, opozori druge in vam svetuje, kako očistiti napravo.
route-optional-csirt-citizen = Neobvezno: pomaga zaščititi druge, ne nadomešča pa prijave policiji.

## Legal bases: Union acts are cited by type and number (EUR-Lex form); national citations keep the national act's own wording

law-regulation = Uredba (EU) { $number }
law-directive = Direktiva (EU) { $number }
law-delegated-regulation = Delegirana uredba Komisije (EU) { $number }
law-article = člen { $article }
law-transposing = { $national } – s tem predpisom je prenesena { $eu }
law-not-transposed = { $eu }. Nismo mogli potrditi, da ima { $country } veljaven nacionalni predpis, ki jo prenaša: nacionalna pravila se lahko razlikujejo.
