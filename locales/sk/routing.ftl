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
