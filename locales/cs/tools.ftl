## Nástroje: „Je tahle zpráva podvod?“ (/{lang}/check)

check-title = Je tahle zpráva podvod?
tool-busy = Kontroluje se…
check-lead = Vložte SMS, e-mail, zprávu z chatu, odkaz, telefonní číslo nebo adresu odesílatele, které jste dostali. Hledáme obvyklé znaky podvodu. Nic z toho, co vložíte, se neukládá ani nikam neposílá: zkontroluje se to na tomto serveru a hned se to zapomene.
check-field-text = Zpráva, odkaz nebo adresa
check-field-text-hint = Vložte ji tak, jak jste ji dostali. Na odkazy v ní předtím neklikejte.
check-field-country = Vaše země
check-submit = Zkontrolovat zprávu
check-error-empty = Vložte zprávu nebo odkaz, který chcete zkontrolovat.
check-truncated = Zpráva je velmi dlouhá: zkontrolovali jsme jen prvních { $chars } znaků.
check-unchecked-links = { $count ->
    [one] Obsahuje ještě jeden odkaz, který jsme nezkontrolovali.
    [few] Obsahuje další { $count } odkazy, které jsme nezkontrolovali.
    [many] Obsahuje dalších { $count } odkazu, které jsme nezkontrolovali.
   *[other] Obsahuje dalších { $count } odkazů, které jsme nezkontrolovali.
}
check-found-title = { $count ->
    [one] Našli jsme jeden znak podvodu
    [few] Našli jsme { $count } znaky podvodu
    [many] Našli jsme { $count } znaku podvodu
   *[other] Našli jsme { $count } znaků podvodu
}
check-found-lead = Neklikejte na odkazy ve zprávě, nevolejte zpět na čísla v ní uvedená, nic neplaťte a nikomu nedávejte žádný kód ani heslo.
check-none-title = Nenašli jsme žádné známé znaky podvodu
check-none-lead = To neznamená, že je zpráva bezpečná. Podvodníci mění formulace každý týden. Pokud po vás zpráva něco chce, obraťte se na danou organizaci sami – přes její oficiální web, aplikaci nebo číslo na vaší kartě či ve smlouvě, nikdy ne přes zprávu.
check-weak-title = Stojí za ověření
check-links-title = Odkazy a adresy ve zprávě
check-link-official = oficiální adresa: { $name }
check-link-lookalike = napodobuje: { $name }
check-link-unknown = adresa, kterou neznáme
check-what-now = Co dělat teď
check-forward = Nahlaste zprávu
check-advice-link = Rady: phishing a podvodné zprávy
check-never-ask = Banky, policie ani úřady po vás nikdy zprávou ani telefonem nechtějí hesla, jednorázové kódy ani údaje z karty, nikdy po vás nechtějí převod peněz na „bezpečný účet“ a nikdy po vás nechtějí, abyste si nainstalovali aplikaci, která ovládá váš telefon nebo počítač.

check-sign-lookalike = Odkaz vede na adresu { $domain }, která vypadá jako adresa organizace { $brand } ({ $official }), ale není to ona.
check-sign-brand-in-domain = Odkaz používá název { $brand } uvnitř jiné adresy ({ $domain }). Skutečná adresa organizace { $brand } je { $official }.
check-sign-name-in-domain = Odkaz používá název { $brand }, ale vede na jiný web: { $domain }.
check-sign-brand-elsewhere = Zpráva zmiňuje organizaci { $brand }, ale odkaz v ní vede na adresu { $domain }, ne na vlastní web organizace { $brand } ({ $official }).
check-sign-link-ip = Odkaz vede jen na číselnou adresu ({ $domain }), ne na web s názvem.
check-sign-link-shortener = Odkaz je zkrácený ({ $domain }): nevidíte, kam ve skutečnosti vede.
check-sign-link-punycode = Adresa obsahuje písmena z jiných abeced, která vypadají jako naše ({ $domain }).
check-sign-link-script = Obsahuje odkaz, který spouští kód nebo skrývá obsah ({ $domain }). Skuteční odesílatelé takové odkazy nikdy nepoužívají.
check-sign-hidden-characters = Obsahuje neviditelné znaky, které mění zobrazení textu. Slouží k maskování adres.
check-sign-safe-account = Chce po vás převod peněz na „bezpečný“ nebo „chráněný“ účet. Žádná skutečná banka ani policista to nikdy nedělá.
check-sign-code = Chce po vás, abyste sdělili, poslali nebo přečetli kód. Kód, který dostanete, je jen pro vás: kdo o něj žádá, chce převzít váš účet nebo schválit platbu.
check-sign-remote-access = Chce po vás, abyste si nainstalovali nebo otevřeli aplikaci pro vzdálený přístup (například AnyDesk nebo TeamViewer). Cizí člověk přes ni pak ovládá váš telefon nebo počítač.
check-sign-credentials = Chce po vás potvrzení přihlašovacích údajů, hesla, PIN kódu nebo údajů z karty.
check-sign-fee = Chce po vás malou platbu za uvolnění zásilky nebo doplacení poplatku: častý způsob, jak získat údaje z vaší karty.
check-sign-gift-card-crypto = Chce platbu dárkovými kartami, poukázkami nebo kryptoměnou. Takové platby nelze dohledat ani vrátit.
check-sign-new-number = Tváří se jako zpráva od příbuzného s „novým číslem“: než cokoli uděláte, zavolejte dotyčnému na číslo, které znáte.
check-sign-threat = Vyhrožuje vám zablokováním účtu, pokutou, soudem nebo policií, abyste se vylekali a jednali.
check-sign-urgency = Tlačí vás do spěchu („do 24 hodin“, „poslední upozornění“). Skutečné organizace vám dají čas.
check-sign-refund = Slibuje vám vrácení peněz nebo peníze, které vám údajně náleží: častá návnada, jak získat vaše bankovní údaje.
check-sign-prize = Tvrdí, že jste vyhráli cenu nebo byli vybráni pro odměnu, i když jste se ničeho neúčastnili.

## „Jsou to opravdu oni?“ (na /{lang}/check)

verify-contact-title = Je to opravdu policie, moje banka nebo úřad?
verify-contact-lead = Zadejte telefonní číslo, e-mailovou adresu nebo web, který se vydává za úřad. Vyhledáme ho mezi oficiálními kanály v našem adresáři.
verify-contact-field = Telefonní číslo, e-mailová adresa nebo web
verify-contact-submit = Vyhledat
verify-contact-found = Podle našeho adresáře to patří:
verify-contact-source = zdroj
verify-contact-none = Tento kanál v našem adresáři nepatří žádnému úřadu. Neprokazuje to, že je falešný, ale nevěřte mu: kontakt na úřad si najděte sami na jeho oficiálním webu.
verify-contact-error = Zadejte telefonní číslo, e-mailovou adresu nebo webovou adresu.

## „Jaký ransomware to je?“ (/{lang}/ransomware)

ransomware-title = Jaký ransomware to je?
ransomware-lead = Popište, co vidíte: příponu přidanou k zašifrovaným souborům, název souboru s požadavkem na výkupné nebo text požadavku. Porovnáme to se známými rodinami ransomwaru. Nic se nenahrává: neposílejte nám žádné soubory.
ransomware-field-extension = Přípona zašifrovaných souborů
ransomware-field-extension-hint = Například: foto.jpg.akira → .akira
ransomware-field-note-filename = Název souboru s požadavkem na výkupné
ransomware-field-note = Text požadavku na výkupné (nepovinné)
ransomware-field-note-hint = Porovnáme i e-mailové a onion adresy, které v něm jsou. Zločince nekontaktujte.
ransomware-submit = Rozpoznat
ransomware-error-empty = Zadejte aspoň jedno: příponu, název souboru s požadavkem na výkupné nebo jeho text.
ransomware-results = Pravděpodobné rodiny
ransomware-ambiguous = Vašim údajům odpovídá několik rodin: výsledek je nejistý. Doplňte název souboru s požadavkem na výkupné nebo jeho text, abyste výběr zúžili.
ransomware-none = Žádná známá rodina neodpovídá. U nového nebo vzácného ransomwaru je to běžné.
ransomware-fake = falešný: soubory možná ve skutečnosti nešifruje
ransomware-evidence-address = adresa v požadavku na výkupné
ransomware-evidence-note-file = název souboru s požadavkem
ransomware-evidence-extension = přípona
ransomware-evidence-name = jeho název v požadavku
ransomware-evidence-wording = formulace požadavku
ransomware-refs = Zdroje
ransomware-decryptors = Najděte bezplatný dešifrovací nástroj
ransomware-nomoreransom = No More Ransom: dešifrovací nástroje (policie a bezpečnostní firmy)
ransomware-cryptosheriff = Crypto Sheriff: nahrajte tam dva zašifrované soubory a zjistíte, o jaký ransomware jde (na webu No More Ransom)
ransomware-next = Neplaťte, uschovejte si zašifrované soubory i požadavek na výkupné, odpojte zasažená zařízení od sítě a incident nahlaste.
ransomware-advice = Rady k ransomwaru
ransomware-data = Data: ransomwarová galaxie projektu MISP (verze { $version }, CC0).

## "Was this message really sent by cyberhelp?" (/{lang}/verify)

verify-title = Poslal tuto zprávu opravdu cyberhelp?
verify-lead = Zprávy z tohoto portálu týkající se hlášení uvádějí jeho referenční číslo (například 7K4M-9QXP-2D). Zadejte ho a uvidíte, zda a kdy jsme k tomuto hlášení poslali nějaké zprávy. Nic dalšího o hlášení se nezobrazí.
verify-field = Referenční číslo uvedené ve zprávě
verify-submit = Zkontrolovat
verify-sent = cyberhelp k tomuto referenčnímu číslu poslal zprávy v těchto termínech:
verify-none = cyberhelp k tomuto referenčnímu číslu neposlal žádnou zprávu. Pokud o sobě nějaká zpráva s tímto referenčním číslem tvrdí, že je od nás, nevěřte jí a neřiďte se jí.
verify-invalid = Referenční číslo má 10 písmen a číslic, například 7K4M-9QXP-2D.
