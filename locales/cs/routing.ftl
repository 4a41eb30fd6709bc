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
