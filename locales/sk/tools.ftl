## Nástroje: „Je táto správa podvod?“ (/{lang}/check)

check-title = Je táto správa podvod?
tool-busy = Kontroluje sa…
check-lead = Vložte SMS, e-mail, správu z chatu, odkaz, telefónne číslo alebo adresu odosielateľa, ktoré ste dostali. Hľadáme bežné znaky podvodu. Nič z toho, čo vložíte, sa neukladá ani nikam neposiela: skontroluje sa to na tomto serveri a hneď sa to zabudne.
check-field-text = Správa, odkaz alebo adresa
check-field-text-hint = Vložte ju tak, ako ste ju dostali. Na odkazy v nej predtým neklikajte.
check-field-country = Vaša krajina
check-submit = Skontrolovať správu
check-error-empty = Vložte správu alebo odkaz, ktorý chcete skontrolovať.
check-truncated = Správa je veľmi dlhá: skontrolovali sme len prvých { $chars } znakov.
check-unchecked-links = { $count ->
    [one] Obsahuje ešte jeden odkaz, ktorý sme neskontrolovali.
    [few] Obsahuje ďalšie { $count } odkazy, ktoré sme neskontrolovali.
    [many] Obsahuje ďalších { $count } odkazu, ktoré sme neskontrolovali.
   *[other] Obsahuje ďalších { $count } odkazov, ktoré sme neskontrolovali.
}
check-found-title = { $count ->
    [one] Našli sme jeden znak podvodu
    [few] Našli sme { $count } znaky podvodu
    [many] Našli sme { $count } znaku podvodu
   *[other] Našli sme { $count } znakov podvodu
}
check-found-lead = Neklikajte na odkazy v správe, nevolajte späť na čísla v nej uvedené, nič neplaťte a nikomu nedávajte žiadny kód ani heslo.
check-none-title = Nenašli sme žiadne známe znaky podvodu
check-none-lead = To neznamená, že je správa bezpečná. Podvodníci menia formulácie každý týždeň. Ak od vás správa niečo chce, obráťte sa na danú organizáciu sami – cez jej oficiálny web, aplikáciu alebo číslo na vašej karte či v zmluve, nikdy nie cez správu.
check-weak-title = Oplatí sa overiť
check-links-title = Odkazy a adresy v správe
check-link-official = oficiálna adresa: { $name }
check-link-lookalike = napodobňuje: { $name }
check-link-unknown = adresa, ktorú nepoznáme
check-what-now = Čo robiť teraz
check-forward = Nahláste správu
check-advice-link = Rady: phishing a podvodné správy
check-never-ask = Banky, polícia ani úrady od vás nikdy správou ani telefonicky nežiadajú heslá, jednorazové kódy ani údaje z karty, nikdy od vás nežiadajú prevod peňazí na „bezpečný účet“ a nikdy od vás nežiadajú, aby ste si nainštalovali aplikáciu, ktorá ovláda váš telefón alebo počítač.

check-sign-lookalike = Odkaz vedie na adresu { $domain }, ktorá vyzerá ako adresa organizácie { $brand } ({ $official }), ale nie je ňou.
check-sign-brand-in-domain = Odkaz používa názov { $brand } vnútri inej adresy ({ $domain }). Skutočná adresa organizácie { $brand } je { $official }.
check-sign-name-in-domain = Odkaz používa názov { $brand }, ale vedie na iný web: { $domain }.
check-sign-brand-elsewhere = Správa spomína organizáciu { $brand }, ale odkaz v nej vedie na adresu { $domain }, nie na vlastný web organizácie { $brand } ({ $official }).
check-sign-link-ip = Odkaz vedie len na číselnú adresu ({ $domain }), nie na web s názvom.
check-sign-link-shortener = Odkaz je skrátený ({ $domain }): nevidíte, kam v skutočnosti vedie.
check-sign-link-punycode = Adresa obsahuje písmená z iných abecied, ktoré vyzerajú ako naše ({ $domain }).
check-sign-link-script = Obsahuje odkaz, ktorý spúšťa kód alebo skrýva obsah ({ $domain }). Skutoční odosielatelia také odkazy nikdy nepoužívajú.
check-sign-hidden-characters = Obsahuje neviditeľné znaky, ktoré menia zobrazenie textu. Slúžia na maskovanie adries.
check-sign-safe-account = Žiada vás o prevod peňazí na „bezpečný“ alebo „chránený“ účet. Žiadna skutočná banka ani policajt to nikdy nerobí.
check-sign-code = Žiada vás, aby ste povedali, poslali alebo prečítali kód. Kód, ktorý dostanete, je len pre vás: kto oň žiada, chce prevziať váš účet alebo schváliť platbu.
check-sign-remote-access = Žiada vás, aby ste si nainštalovali alebo otvorili aplikáciu na vzdialený prístup (napríklad AnyDesk alebo TeamViewer). Cudzí človek cez ňu potom ovláda váš telefón alebo počítač.
check-sign-credentials = Žiada vás o potvrdenie prihlasovacích údajov, hesla, PIN kódu alebo údajov z karty.
check-sign-fee = Žiada od vás malú platbu za uvoľnenie zásielky alebo doplatenie poplatku: častý spôsob, ako získať údaje z vašej karty.
check-sign-gift-card-crypto = Žiada platbu darčekovými kartami, poukážkami alebo kryptomenou. Takéto platby sa nedajú vystopovať ani vrátiť.
check-sign-new-number = Tvári sa ako správa od príbuzného s „novým číslom“: skôr než čokoľvek urobíte, zavolajte tomu človeku na číslo, ktoré poznáte.
check-sign-threat = Vyhráža sa vám zablokovaním účtu, pokutou, súdom alebo políciou, aby ste sa zľakli a konali.
check-sign-urgency = Súri vás („do 24 hodín“, „posledné upozornenie“). Skutočné organizácie vám dajú čas.
check-sign-refund = Sľubuje vám vrátenie peňazí alebo peniaze, ktoré vám vraj patria: častá návnada na získanie vašich bankových údajov.
check-sign-prize = Tvrdí, že ste vyhrali cenu alebo ste boli vybraní na odmenu, hoci ste sa ničoho nezúčastnili.

## „Sú to naozaj oni?“ (na /{lang}/check)

verify-contact-title = Je to naozaj polícia, moja banka alebo úrad?
verify-contact-lead = Zadajte telefónne číslo, e-mailovú adresu alebo web, ktorý sa vydáva za úrad. Vyhľadáme ho medzi oficiálnymi kanálmi v našom adresári.
verify-contact-field = Telefónne číslo, e-mailová adresa alebo web
verify-contact-submit = Vyhľadať
verify-contact-found = Podľa nášho adresára to patrí:
verify-contact-source = zdroj
verify-contact-none = Tento kanál v našom adresári nepatrí žiadnemu úradu. Nedokazuje to, že je falošný, ale neverte mu: kontakt na úrad si nájdite sami na jeho oficiálnom webe.
verify-contact-error = Zadajte telefónne číslo, e-mailovú adresu alebo webovú adresu.

## „Aký ransomvér to je?“ (/{lang}/ransomware)

ransomware-title = Aký ransomvér to je?
ransomware-lead = Opíšte, čo vidíte: príponu pridanú k zašifrovaným súborom, názov súboru s požiadavkou na výkupné alebo text požiadavky. Porovnáme to so známymi rodinami ransomvéru. Nič sa nenahráva: neposielajte nám žiadne súbory.
ransomware-field-extension = Prípona zašifrovaných súborov
ransomware-field-extension-hint = Napríklad: foto.jpg.akira → .akira
ransomware-field-note-filename = Názov súboru s požiadavkou na výkupné
ransomware-field-note = Text požiadavky na výkupné (nepovinné)
ransomware-field-note-hint = Porovnáme aj e-mailové a onion adresy, ktoré sú v nej. Zločincov nekontaktujte.
ransomware-submit = Rozpoznať
ransomware-error-empty = Zadajte aspoň jedno: príponu, názov súboru s požiadavkou na výkupné alebo jej text.
ransomware-results = Pravdepodobné rodiny
ransomware-ambiguous = Vašim údajom zodpovedá niekoľko rodín: výsledok je neistý. Doplňte názov súboru s požiadavkou na výkupné alebo jej text, aby ste výber zúžili.
ransomware-none = Žiadna známa rodina nezodpovedá. Pri novom alebo zriedkavom ransomvéri je to bežné.
ransomware-fake = falošný: súbory možno v skutočnosti nešifruje
ransomware-evidence-address = adresa v požiadavke na výkupné
ransomware-evidence-note-file = názov súboru s požiadavkou
ransomware-evidence-extension = prípona
ransomware-evidence-name = jeho názov v požiadavke
ransomware-evidence-wording = formulácia požiadavky
ransomware-refs = Zdroje
ransomware-decryptors = Nájdite bezplatný dešifrovací nástroj
ransomware-nomoreransom = No More Ransom: dešifrovacie nástroje (polícia a bezpečnostné firmy)
ransomware-cryptosheriff = Crypto Sheriff: nahrajte tam dva zašifrované súbory a zistíte, o aký ransomvér ide (na webe No More Ransom)
ransomware-next = Neplaťte, uschovajte si zašifrované súbory aj požiadavku na výkupné, odpojte zasiahnuté zariadenia od siete a incident nahláste.
ransomware-advice = Rady k ransomvéru
ransomware-data = Údaje: ransomvérová galaxia projektu MISP (verzia { $version }, CC0).

## "Was this message really sent by cyberhelp?" (/{lang}/verify)

verify-title = Poslal túto správu naozaj cyberhelp?
verify-lead = Správy z tohto portálu týkajúce sa hlásenia uvádzajú jeho referenčné číslo (napríklad 7K4M-9QXP-2D). Zadajte ho a uvidíte, či a kedy sme k tomuto hláseniu poslali nejaké správy. Nič iné o hlásení sa nezobrazí.
verify-field = Referenčné číslo uvedené v správe
verify-submit = Skontrolovať
verify-sent = cyberhelp k tomuto referenčnému číslu poslal správy v týchto termínoch:
verify-none = cyberhelp k tomuto referenčnému číslu neposlal žiadnu správu. Ak o sebe nejaká správa s týmto referenčným číslom tvrdí, že je od nás, neverte jej a neriaďte sa ňou.
verify-invalid = Referenčné číslo má 10 písmen a číslic, napríklad 7K4M-9QXP-2D.
