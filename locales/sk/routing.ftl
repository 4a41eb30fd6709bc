## Routing: why each step is recommended (ids referenced from content/routing.toml)

route-why-police-people = Keď vám niekto vyhráža, obťažuje vás alebo vás zneužíva, alebo keď ide o dieťa, obráťte sa najprv na políciu. Neplaťte a nevyjednávajte: správy si uschovajte ako dôkaz.
route-why-helpline = Nemusíte to zvládať sami: tieto linky pomoci vás vypočujú, poradia vám a môžu pomôcť odstrániť snímky alebo obsah.
route-why-nis2-early-warning = Ako základný alebo dôležitý subjekt musíte do 24 hodín od chvíle, keď ste sa o významnom incidente dozvedeli, poslať včasné varovanie svojmu tímu CSIRT alebo príslušnému orgánu.
route-why-nis2-notification = Do 72 hodín nadviažte oznámením incidentu: prvé posúdenie, závažnosť, vplyv a indikátory kompromitácie.
route-why-nis2-final = Najneskôr do jedného mesiaca od oznámenia incidentu pošlite záverečnú správu: podrobný opis, hlavnú príčinu, prijaté opatrenia a cezhraničný vplyv.
route-why-gdpr-controller = Ide o osobné údaje iných ľudí, takže vaša organizácia je prevádzkovateľom: oznámte porušenie úradu na ochranu osobných údajov do 72 hodín, okrem prípadu, keď je nepravdepodobné, že by pre kohokoľvek predstavovalo riziko. Ak je riziko pre dotknutých ľudí vysoké, informujte aj ich.
route-why-police-money = Podvod oznámte polícii. Vaša banka alebo poisťovňa môže chcieť číslo vášho oznámenia.
route-why-platform = Použite oficiálne stránky dotknutej služby na obnovenie účtu a nahlasovanie (nikdy nie odkazy, ktoré vám niekto poslal). Nahláste účet alebo obsah, aby ho platforma mohla zablokovať.
route-why-phishing-report = Prepošlite podozrivú správu na národnú adresu na nahlasovanie: pomôžete tým zablokovať falošnú stránku pre všetkých.
route-why-ecc = Predajca je v inej krajine: Európske spotrebiteľské centrum vo vašej krajine vám bezplatne pomôže s cezhraničným sporom.
route-why-consumer = Nahláste obchodníka úradu na ochranu spotrebiteľa: môže zakročiť proti falošným e-shopom a varovať ostatných.
route-why-csirt-business = Národný CSIRT môže vašej organizácii pomôcť útok obmedziť a obnoviť prevádzku. Z vášho hlásenia sa tiež učí, aby mohol varovať ostatných.
route-why-dpa-citizen = Vaše údaje unikli z nejakej firmy. Nemusíte nikomu nič oznamovať v žiadnej lehote: to je povinnosť firmy. Ak si myslíte, že vaše údaje neboli chránené alebo že vás firma neinformovala, môžete podať sťažnosť na úrade na ochranu osobných údajov.
route-why-police-crime = Vo všetkých krajinách EÚ ide o trestný čin. Trestné oznámenie na polícii vytvorí úradný záznam a môže pomôcť vyšetrovaniu.
route-why-unsure = Neviete isto, čo sa stalo? Polícia vaše oznámenie prijme a nasmeruje vás na správne miesto. Všetko si uschovajte ako dôkaz.

## Money that can still be stopped

route-why-card-block = Kartu hneď zablokujte: zavolajte na číslo na zadnej strane karty alebo v aplikácii banky, prípadne na národnú linku na blokovanie kariet. Zablokovanie zastaví ďalšie platby kartou, ale prevod, ktorý už odišiel, nevráti.
route-why-payment-recall-urgent = Peniaze odišli pred menej ako dňom: hneď zavolajte na linku vašej banky na nahlasovanie podvodov (číslo nájdete v aplikácii banky alebo na karte, nikdy nepoužívajte číslo zo správy) a požiadajte o zastavenie alebo vrátenie platby. Každá hodina sa počíta.
route-why-payment-recall = Zavolajte na linku vlastnej banky na nahlasovanie podvodov (číslo nájdete v aplikácii banky alebo na karte, nikdy nepoužívajte číslo zo správy): požiadajte o zastavenie alebo vrátenie platby a o zabezpečenie účtu. Ak ste platbu neautorizovali, písomne požiadajte o vrátenie peňazí.
route-why-bank-access = Niekto sa možno dokáže dostať k vášmu bankovému účtu cez vaše telefónne číslo alebo počítač: hneď zavolajte na linku vašej banky na nahlasovanie podvodov, aby mohla prístup sledovať alebo zablokovať, aj keď ešte žiadne peniaze neodišli.

## Reports

route-why-police-stolen = Ak vám zariadenie ukradli, oznámte krádež polícii: číslo oznámenia budete potrebovať pre poisťovňu aj operátora. Strata zariadenia nie je trestný čin, takže ak ste ho len stratili, nie je čo oznamovať.
route-why-financial-regulator = Orgán dohľadu nad finančným trhom vedie zoznam firiem, ktoré nesmú ponúkať investície, a varuje pred nimi verejnosť. Nahláste firmu a pozrite si jeho varovania skôr, ako čokoľvek ďalšie zaplatíte: podvodníci sa často vracajú a vydávajú sa za služby na „vymáhanie“ stratených peňazí.
route-why-illegal-content-minor = Snímky alebo správy, ktoré sexuálne zneužívajú dieťa, sú všade nezákonné: nahláste ich tejto službe, aby boli odstránené a vyšetrené. Sami ich nepreposielajte ani si neukladajte kópie.
route-why-ncii = Ak niekto zverejnil vaše intímne snímky alebo sa vyhráža, že ich zverejní, táto služba vám môže pomôcť ich zablokovať alebo odstrániť bez toho, aby ste ich museli komukoľvek posielať.
route-why-assistance = Táto služba bezplatne pomáha obetiam, ako ste vy: vysvetlí vám, čo robiť, spojí vás s overenou pomocou vo vašom okolí a povie vám, kde to nahlásiť.
route-why-victim-support = Byť obeťou podvodu alebo vyhrážok je ťažké. Táto bezplatná a dôverná služba podporuje obete trestných činov bez ohľadu na to, či sa obrátite na políciu.
route-why-outside-police = Služby tejto krajiny v našom zozname nemáme. Obráťte sa na miestnu políciu a požiadajte o písomné číslo oznámenia, ktoré môže chcieť vaša banka a poisťovňa.
route-why-outside-national = Táto krajina má národnú službu na nahlasovanie online trestnej činnosti.

## Why a step is optional

route-optional-complaint = Nepovinné: ak ste nič nestratili, je na vás, či sa obrátite na políciu; pomáha jej to odhaliť podvody, ktoré sa zameriavajú na veľa ľudí.
route-optional-stolen = Len ak vám zariadenie ukradli.
route-optional-consumer = Nepovinné: peniaze vám to nevráti, ale pomôže to zastaviť e-shop a varovať ostatných.
route-optional-ncii = Nepovinné: využite to, ak chcete, aby boli snímky odstránené alebo zablokované.
route-optional-csirt = Pre vašu organizáciu nepovinné: zákonnú povinnosť máte len vtedy, ak ste subjekt podľa NIS2, ale CSIRT vám môže pomôcť a varovať ostatných.
route-optional-gdpr-complaint = Nepovinné: sťažnosť môžete podať, žiadna lehota sa na vás nevzťahuje.
route-optional-victim-support = Nepovinné: obráťte sa na nich vždy, keď sa potrebujete s niekým porozprávať.

## Legal duties (content/laws/)

route-why-nis2-trust = Ako poskytovateľ dôveryhodných služieb musíte oznámenie incidentu podať do 24 hodín, nie do 72, od chvíle, keď ste sa dozvedeli o významnom incidente, ktorý má vplyv na vaše dôveryhodné služby.
route-why-gdpr-processor = Tieto údaje spracúvate pre inú organizáciu (ste jej sprostredkovateľ): bez zbytočného odkladu to oznámte tomuto prevádzkovateľovi. O tom, či sa porušenie oznámi úradu na ochranu osobných údajov, rozhoduje prevádzkovateľ, nie vy.
route-why-gdpr-record = Disk bol silno šifrovaný a kľúč je v bezpečí, takže je nepravdepodobné, že by porušenie pre niekoho predstavovalo riziko, a nemusíte ho oznamovať. Zaznamenajte ho do vlastnej evidencie porušení: skutočnosti, následky a čo ste urobili. Ak sa stratil aj kľúč alebo bolo šifrovanie slabé, oznámte porušenie do 72 hodín.
route-why-dora-initial = Ako finančný subjekt podľa nariadenia DORA pošlite orgánu dohľadu počiatočné oznámenie o závažnom incidente súvisiacom s IKT do 4 hodín od jeho klasifikácie ako závažného, najneskôr však do 24 hodín od chvíle, keď ste sa o ňom dozvedeli.
route-why-dora-intermediate = Priebežnú správu pošlite do 72 hodín od počiatočného oznámenia.
route-why-dora-final = Záverečnú správu pošlite do jedného mesiaca od poslednej priebežnej správy.
route-why-ch-isa = Prevádzkovatelia kritickej infraštruktúry musia kybernetický útok nahlásiť Národnému centru kybernetickej bezpečnosti do 24 hodín od jeho zistenia.
route-why-ch-isa-completion = Ak vaše prvé hlásenie nebolo úplné, doplňte ho do 14 dní.
route-why-ch-fadp-breach = Ak porušenie pravdepodobne povedie k vysokému riziku pre dotknuté osoby, nahláste ho čo najskôr Spolkovému komisárovi pre ochranu údajov a informácií.
route-why-gb-ukgdpr = Ide o osobné údaje iných ľudí: oznámte porušenie britskému úradu na ochranu údajov (Information Commissioner's Office) do 72 hodín od chvíle, keď ste sa o ňom dozvedeli, okrem prípadu, keď je nepravdepodobné, že by pre kohokoľvek predstavovalo riziko.
route-why-gb-nis = Ako prevádzkovateľ základnej služby oznámte príslušnému orgánu incident s významným vplyvom na vašu službu do 72 hodín od chvíle, keď ste sa o ňom dozvedeli.
route-why-is-nis = Ako prevádzkovateľ základnej služby oznámte významný incident tímu CERT-IS bez zbytočného odkladu.
route-why-no-dsa = Ako poskytovateľ základnej služby oznámte významný incident do 24 hodín Národnému bezpečnostnému úradu (NSM).
route-why-csirt-citizen = Národný CSIRT prijíma hlásenia aj od súkromných osôb: môže zabezpečiť zablokovanie falošných stránok, varovať ostatných a poradiť vám s vyčistením zariadenia.
route-optional-csirt-citizen = Nepovinné: pomáha chrániť ostatných, ale nenahrádza trestné oznámenie.

## Legal bases: Union acts are cited by type and number (EUR-Lex form); national citations keep the national act's own wording

law-regulation = nariadenie (EÚ) { $number }
law-directive = smernica (EÚ) { $number }
law-delegated-regulation = delegované nariadenie Komisie (EÚ) { $number }
law-article = čl. { $article }
law-transposing = { $national }, ktorým sa preberá { $eu }
law-not-transposed = { $eu }. Nemáme potvrdené, že v tejto krajine ({ $country }) platí vnútroštátny predpis, ktorým sa táto smernica preberá: vnútroštátne pravidlá sa môžu líšiť.
