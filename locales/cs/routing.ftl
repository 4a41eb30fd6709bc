## Routing: why each step is recommended (ids referenced from content/routing.toml)

route-why-police-people = Když vám někdo vyhrožuje, obtěžuje vás nebo vás zneužívá, nebo když jde o dítě, obraťte se nejdřív na policii. Neplaťte a nevyjednávejte: zprávy si uschovejte jako důkaz.
route-why-helpline = Nemusíte na to být sami: tyto linky pomoci vás vyslechnou, poradí vám a mohou pomoci odstranit snímky nebo obsah.
route-why-nis2-early-warning = Jako základní nebo důležitý subjekt musíte do 24 hodin od okamžiku, kdy jste se o významném incidentu dozvěděli, zaslat včasné varování svému týmu CSIRT nebo příslušnému orgánu.
route-why-nis2-notification = Do 72 hodin navažte oznámením incidentu: první posouzení, závažnost, dopad a ukazatele kompromitace.
route-why-nis2-final = Nejpozději do jednoho měsíce od oznámení incidentu zašlete závěrečnou zprávu: podrobný popis, hlavní příčinu, přijatá opatření a přeshraniční dopad.
route-why-gdpr-controller = Jde o osobní údaje jiných lidí, takže vaše organizace je správcem: ohlaste porušení úřadu pro ochranu osobních údajů do 72 hodin, ledaže je nepravděpodobné, že by pro kohokoli představovalo riziko. Pokud je riziko pro dotčené lidi vysoké, informujte i je.
route-why-police-money = Podvod oznamte policii. Vaše banka nebo pojišťovna může chtít číslo jednací vašeho oznámení.
route-why-platform = Použijte oficiální stránky dotčené služby pro obnovení účtu a nahlášení (nikdy ne odkazy, které vám někdo poslal). Nahlaste účet nebo obsah, aby ho platforma mohla zablokovat.
route-why-phishing-report = Přepošlete podezřelou zprávu na národní adresu pro hlášení: pomůžete tím zablokovat falešný web pro všechny.
route-why-ecc = Prodejce je v jiné zemi: Evropské spotřebitelské centrum ve vaší zemi vám zdarma pomůže s přeshraničním sporem.
route-why-consumer = Nahlaste obchodníka úřadu pro ochranu spotřebitele: může zakročit proti falešným e-shopům a varovat ostatní.
route-why-csirt-business = Národní CSIRT může vaší organizaci pomoci útok omezit a obnovit provoz. Z vašeho hlášení se také učí, aby mohl varovat ostatní.
route-why-dpa-citizen = Vaše údaje unikly z nějaké firmy. Nemusíte nikomu nic oznamovat v žádné lhůtě: to je povinnost firmy. Pokud si myslíte, že vaše údaje nebyly chráněny nebo že vás firma neinformovala, můžete podat stížnost u úřadu pro ochranu osobních údajů.
route-why-police-crime = Ve všech zemích EU jde o trestný čin. Oznámení na policii vytvoří úřední záznam a může pomoci vyšetřování.
route-why-unsure = Nevíte jistě, co se stalo? Policie vaše oznámení přijme a nasměruje vás na správné místo. Všechno si uschovejte jako důkaz.

## Peníze, které se ještě dají zastavit

route-why-card-block = Kartu hned zablokujte: zavolejte na číslo uvedené na zadní straně karty nebo v aplikaci banky, případně na národní linku pro blokaci karet. Blokace zastaví další platby kartou, ale odeslaný převod už nevrátí.
route-why-payment-recall-urgent = Peníze odešly před méně než 24 hodinami: hned zavolejte na linku své banky pro hlášení podvodů (číslo z bankovní aplikace nebo z karty, nikdy ne ze zprávy) a požádejte o zastavení nebo stažení platby. Každá hodina je důležitá.
route-why-payment-recall = Zavolejte na linku své banky pro hlášení podvodů (číslo z bankovní aplikace nebo z karty, nikdy ne ze zprávy): požádejte o zastavení nebo stažení platby a o zabezpečení účtu. Pokud jste platbu neautorizovali, podejte písemnou reklamaci a požádejte o vrácení peněz.
route-why-bank-access = Někdo se možná může dostat k vašemu bankovnímu účtu přes vaše telefonní číslo nebo počítač: hned zavolejte na linku své banky pro hlášení podvodů, aby mohla přístup hlídat nebo zablokovat, i když zatím žádné peníze neodešly.

## Oznámení

route-why-police-stolen = Pokud vám zařízení někdo ukradl, oznamte krádež policii: číslo jednací budete potřebovat pro pojišťovnu a operátora. Ztráta zařízení není trestný čin, takže pokud jste ho jen ztratili, není co oznamovat.
route-why-financial-regulator = Orgán dohledu nad finančním trhem vede seznam firem, které nesmějí nabízet investice, a varuje před nimi veřejnost. Nahlaste firmu a než cokoli dalšího zaplatíte, podívejte se na jeho varování: podvodníci se často vracejí a vydávají se za služby, které peníze „vymůžou zpět“.
route-why-illegal-content-minor = Snímky nebo zprávy, které sexuálně zneužívají dítě, jsou všude nezákonné: nahlaste je této službě, aby byly odstraněny a vyšetřeny. Sami je nepřeposílejte ani si neukládejte kopie.
route-why-ncii = Pokud někdo zveřejnil vaše intimní snímky nebo vyhrožuje, že je zveřejní, tato služba vám pomůže je zablokovat nebo odstranit, aniž byste je komukoli posílali.
route-why-assistance = Tato služba zdarma pomáhá obětem, jako jste vy: vysvětlí, co dělat, zprostředkuje ověřenou pomoc ve vašem okolí a poradí, kam věc oznámit.
route-why-victim-support = Být obětí podvodu nebo výhrůžek je těžké. Tato bezplatná a důvěrná služba podporuje oběti trestných činů, ať už věc oznámíte policii, nebo ne.
route-why-outside-police = Služby v této zemi v našem přehledu nemáme. Oznamte věc místní policii a požádejte o písemné potvrzení s číslem jednacím, které může chtít vaše banka a pojišťovna.
route-why-outside-national = Tato země má národní službu pro oznamování trestné činnosti na internetu.

## Proč je krok nepovinný

route-optional-complaint = Nepovinné: pokud jste o nic nepřišli, je na vás, zda věc oznámíte policii; pomůžete jí tím odhalit podvody, které cílí na mnoho lidí.
route-optional-stolen = Jen pokud bylo zařízení ukradeno.
route-optional-consumer = Nepovinné: peníze vám to nevrátí, ale pomůže to e-shop zastavit a varovat ostatní.
route-optional-ncii = Nepovinné: využijte ji, pokud chcete snímky odstranit nebo zablokovat.
route-optional-csirt = Pro vaši organizaci nepovinné: zákonnou povinnost máte jen jako subjekt podle NIS2, ale CSIRT vám může pomoci a varovat ostatní.
route-optional-gdpr-complaint = Nepovinné: stížnost podat můžete, žádná lhůta pro vás neplatí.
route-optional-victim-support = Nepovinné: obraťte se na ni, kdykoli si potřebujete s někým promluvit.

## Zákonné povinnosti (content/laws/)

route-why-nis2-trust = Jako poskytovatel služeb vytvářejících důvěru musíte oznámit incident do 24 hodin (nikoli do 72) od okamžiku, kdy jste se dozvěděli o významném incidentu, který má dopad na vaše služby vytvářející důvěru.
route-why-gdpr-processor = Tyto údaje zpracováváte pro jinou organizaci (jako její zpracovatel): informujte tohoto správce bez zbytečného odkladu. O tom, zda porušení ohlásit úřadu pro ochranu osobních údajů, rozhoduje správce, ne vy.
route-why-gdpr-record = Disk byl silně šifrovaný a klíč je v bezpečí, takže je nepravděpodobné, že by porušení pro kohokoli představovalo riziko, a nemusíte ho ohlašovat. Zapište ho do vlastní evidence porušení: skutečnosti, důsledky a přijatá opatření. Pokud se ztratil i klíč nebo bylo šifrování slabé, ohlaste porušení do 72 hodin.
route-why-dora-initial = Jako finanční subjekt podle DORA zašlete svému orgánu dohledu počáteční oznámení o závažném incidentu souvisejícím s IKT do 4 hodin od jeho klasifikace jako závažného, nejpozději však do 24 hodin od okamžiku, kdy jste se o něm dozvěděli.
route-why-dora-intermediate = Průběžnou zprávu zašlete do 72 hodin od počátečního oznámení.
route-why-dora-final = Závěrečnou zprávu zašlete do jednoho měsíce od poslední průběžné zprávy.
route-why-ch-isa = Provozovatelé kritické infrastruktury musí kybernetický útok ohlásit Národnímu centru kybernetické bezpečnosti do 24 hodin od jeho zjištění.
route-why-ch-isa-completion = Pokud první hlášení nebylo úplné, doplňte ho do 14 dnů.
route-why-ch-fadp-breach = Pokud porušení pravděpodobně povede k vysokému riziku pro dotčené osoby, ohlaste ho co nejdříve Spolkovému pověřenci pro ochranu údajů a informací.
route-why-gb-ukgdpr = Jde o osobní údaje jiných lidí: ohlaste porušení Úřadu informačního komisaře (ICO) do 72 hodin od okamžiku, kdy jste se o něm dozvěděli, ledaže je nepravděpodobné, že by pro kohokoli představovalo riziko.
route-why-gb-nis = Jako provozovatel základní služby oznamte svému příslušnému orgánu incident s významným dopadem na vaši službu do 72 hodin od okamžiku, kdy jste se o něm dozvěděli.
route-why-is-nis = Jako provozovatel základní služby oznamte významný incident týmu CERT-IS bez zbytečného odkladu.
route-why-no-dsa = Jako poskytovatel základní služby oznamte významný incident Národnímu bezpečnostnímu úřadu (NSM) do 24 hodin.
route-why-csirt-citizen = Národní CSIRT přijímá hlášení i od soukromých osob: může zajistit zablokování podvodných stránek, varovat ostatní a poradit vám s vyčištěním zařízení.
route-optional-csirt-citizen = Nepovinné: pomáhá chránit ostatní, ale nenahrazuje trestní oznámení.

## Legal bases: Union acts are cited by type and number (EUR-Lex form); national citations keep the national act's own wording

law-regulation = nařízení (EU) { $number }
law-directive = směrnice (EU) { $number }
law-delegated-regulation = nařízení Komise v přenesené pravomoci (EU) { $number }
law-article = čl. { $article }
law-transposing = { $national }, kterým se zapracovává { $eu }
law-not-transposed = { $eu }. Nemáme potvrzeno, že v této zemi ({ $country }) platí vnitrostátní předpis, který tuto směrnici zapracovává: vnitrostátní pravidla se mohou lišit.
