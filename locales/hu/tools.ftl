## Tools: "Is this message a scam?" (/{lang}/check)

check-title = Csalás ez az üzenet?
tool-busy = Ellenőrzés folyamatban…
check-lead = Másolja be a kapott SMS-t, e-mailt, csetüzenetet, linket, telefonszámot vagy feladói címet. Megnézzük, vannak-e benne a csalások szokásos jelei. Semmit sem tárolunk és semmit sem küldünk tovább abból, amit bemásol: ezen a szerveren ellenőrizzük, majd elfelejtjük.
check-field-text = Az üzenet, a link vagy a cím
check-field-text-hint = Másolja be úgy, ahogy kapta. Előtte ne kattintson a benne lévő linkekre.
check-field-country = Az Ön országa
check-submit = Üzenet ellenőrzése
check-error-empty = Másolja be az üzenetet vagy a linket, amelyet ellenőrizni szeretne.
check-truncated = Az üzenet nagyon hosszú: csak az első { $chars } karakterét ellenőriztük.
check-unchecked-links = További linkek, amelyeket nem ellenőriztünk: { $count }.
check-found-title = { $count ->
    [one] Egy csalásra utaló jelet találtunk
   *[other] { $count } csalásra utaló jelet találtunk
}
check-found-lead = Ne kattintson a benne lévő linkekre, ne hívja vissza a benne szereplő számokat, ne fizessen, és ne adjon meg semmilyen kódot vagy jelszót.
check-none-title = Nem találtunk ismert csalásra utaló jelet
check-none-lead = Ettől még nem biztos, hogy az üzenet biztonságos. A csalók hétről hétre változtatják a szövegeiket. Ha az üzenet arra kéri, hogy tegyen valamit, Ön keresse meg a szervezetet a hivatalos weboldalán, az alkalmazásában vagy a kártyáján, illetve a szerződésén szereplő számon – soha ne az üzeneten keresztül.
check-weak-title = Érdemes ellenőrizni
check-links-title = Linkek és címek az üzenetben
check-link-official = ezt használja: { $name }
check-link-lookalike = ezt utánozza: { $name }
check-link-unknown = számunkra ismeretlen cím
check-what-now = Mi a teendő most?
check-forward = Jelentse be az üzenetet
check-advice-link = Tanácsok: adathalászat és hamis üzenetek
check-never-ask = A bankok, a rendőrség és a hatóságok soha nem kérnek üzenetben vagy telefonon jelszót, egyszer használatos kódot vagy kártyaadatot, soha nem kérik, hogy „biztonságos számlára” utaljon pénzt, és soha nem kérik, hogy telepítsen egy alkalmazást, amellyel irányítani lehet a telefonját vagy a számítógépét.

check-sign-lookalike = A link ide vezet: { $domain }. Ez hasonlít a valódi címre ({ $brand }: { $official }), de nem az.
check-sign-brand-in-domain = A link egy idegen címben ({ $domain }) használja ezt a nevet: { $brand }. A valódi cím: { $official }.
check-sign-name-in-domain = A link ezt a nevet használja: { $brand }, de egy másik oldalra vezet: { $domain }.
check-sign-brand-elsewhere = Az üzenet ezt a nevet említi: { $brand }, de a benne lévő link ide vezet: { $domain }, nem a valódi oldalra ({ $official }).
check-sign-link-ip = Egy link puszta számsorra vezet ({ $domain }), nem névvel ellátott weboldalra.
check-sign-link-shortener = Egy link rövidített ({ $domain }): nem látszik, valójában hová vezet.
check-sign-link-punycode = Egy cím más ábécék betűit használja, amelyek a mieinkhez hasonlítanak ({ $domain }).
check-sign-link-script = Olyan linket tartalmaz, amely kódot futtat vagy tartalmat rejt el ({ $domain }); valódi feladók ilyet soha nem használnak.
check-sign-hidden-characters = Láthatatlan karaktereket tartalmaz, amelyek megváltoztatják a szöveg megjelenését; ezekkel címeket álcáznak.
check-sign-safe-account = Arra kéri, hogy utaljon pénzt egy „biztonságos” vagy „védett” számlára. Igazi bank vagy rendőr ilyet soha nem kér.
check-sign-code = Arra kéri, hogy adjon meg, küldjön el vagy olvasson fel egy kódot. A kapott kód csak Önnek szól; aki elkéri, át akarja venni a fiókját, vagy jóvá akar hagyni egy fizetést.
check-sign-remote-access = Arra kéri, hogy telepítsen vagy nyisson meg egy távoli hozzáférést adó alkalmazást (például: AnyDesk, TeamViewer). Ezzel egy idegen irányítja a telefonját vagy a számítógépét.
check-sign-credentials = Arra kéri, hogy erősítse meg a felhasználónevét, a jelszavát, a PIN-kódját vagy a kártyaadatait.
check-sign-fee = Kis összeg kifizetését kéri egy csomag kiadásáért vagy egy díj rendezéséért: ez gyakori módja a kártyaadatok megszerzésének.
check-sign-gift-card-crypto = Ajándékkártyával, utalvánnyal vagy kriptovalutával kér fizetést, ami nem követhető nyomon, és nem téríthető vissza.
check-sign-new-number = Azt állítja, hogy egy rokonától jön, akinek „új száma” van: mielőtt bármit tenne, hívja fel az illetőt azon a számon, amelyet ismer.
check-sign-threat = Fiókja letiltásával, bírsággal, bírósági eljárással vagy a rendőrséggel fenyegeti, hogy megijedjen, és cselekedjen.
check-sign-urgency = Sürgeti („24 órán belül”, „utolsó figyelmeztetés”). A valódi szervezetek időt adnak.
check-sign-refund = Visszatérítést vagy Önnek járó pénzt ígér: gyakori csali a bankadatai megszerzésére.
check-sign-prize = Azt állítja, hogy nyereményt nyert, vagy kiválasztották egy jutalomra, pedig nem is jelentkezett semmire.

## "Is this really them?" (on /{lang}/check)

verify-contact-title = Tényleg a rendőrség, a bankom vagy egy hatóság keres?
verify-contact-lead = Adja meg a telefonszámot, e-mail-címet vagy weboldalt, amely hatóságnak adja ki magát. Megkeressük a címtárunkban szereplő hivatalos elérhetőségek között.
verify-contact-field = Telefonszám, e-mail-cím vagy weboldal
verify-contact-submit = Keresés
verify-contact-found = Ez a következőhöz tartozik:
verify-contact-source = forrás
verify-contact-none = Ezt az elérhetőséget a címtárunkban egyetlen hatósághoz sem ismerjük. Ez nem bizonyítja, hogy hamis, de ne bízzon benne: a hatóság elérhetőségét keresse meg saját maga, a hivatalos weboldalán.
verify-contact-error = Adjon meg egy telefonszámot, e-mail-címet vagy webcímet.

## "Which ransomware is this?" (/{lang}/ransomware)

ransomware-title = Melyik zsarolóvírus ez?
ransomware-lead = Írja le, mit lát: a titkosított fájlokhoz hozzáadott kiterjesztést, a váltságdíjat követelő üzenet fájlnevét vagy az üzenet szövegét. Összevetjük az ismert zsarolóvírus-családokkal. Semmi sem töltődik fel: ne küldjön nekünk fájlokat.
ransomware-field-extension = A titkosított fájlok kiterjesztése
ransomware-field-extension-hint = Például: foto.jpg.akira → .akira
ransomware-field-note-filename = A váltságdíjat követelő üzenet fájlneve
ransomware-field-note = A váltságdíjat követelő üzenet szövege (nem kötelező)
ransomware-field-note-hint = A benne lévő e-mail- és onion-címeket is összevetjük. Ne vegye fel a kapcsolatot a bűnözőkkel.
ransomware-submit = Azonosítás
ransomware-error-empty = Adjon meg legalább egyet: a kiterjesztést, az üzenet fájlnevét vagy a szövegét.
ransomware-results = Valószínű családok
ransomware-ambiguous = Több család is illik a megadott adatokra: a válasz bizonytalan. Adja meg a váltságdíjat követelő üzenet fájlnevét vagy szövegét is, hogy szűkíthessük a kört.
ransomware-none = Egyik ismert család sem illik rá. Ez gyakori az új vagy ritka zsarolóvírusoknál.
ransomware-fake = hamisítvány: lehet, hogy valójában nem titkosít fájlokat
ransomware-evidence-address = egy cím az üzenetben
ransomware-evidence-note-file = az üzenet fájlneve
ransomware-evidence-extension = a kiterjesztés
ransomware-evidence-name = a neve az üzenetben
ransomware-evidence-wording = az üzenet megfogalmazása
ransomware-refs = Források
ransomware-decryptors = Keressen ingyenes visszafejtő eszközt
ransomware-nomoreransom = No More Ransom: visszafejtő eszközök (rendőrség és biztonsági cégek)
ransomware-cryptosheriff = Crypto Sheriff: töltsön fel oda két titkosított fájlt a zsarolóvírus azonosításához (a No More Ransom oldalán)
ransomware-next = Ne fizessen, őrizze meg a titkosított fájlokat és az üzenetet, válassza le az érintett eszközöket a hálózatról, és jelentse be az esetet.
ransomware-advice = Tanácsok zsarolóvírus esetén
ransomware-data = Adatok: MISP Project, zsarolóvírus-galaxis (verzió: { $version }, CC0).

## "Was this message really sent by cyberhelp?" (/{lang}/verify)

verify-title = Valóban a cyberhelp küldte ezt az üzenetet?
verify-lead = A portál bejelentéssel kapcsolatos üzenetei tartalmazzák a bejelentés hivatkozási számát (például 7K4M-9QXP-2D). Adja meg, és megnézheti, küldtünk-e üzenetet a bejelentésről, és ha igen, mikor. A bejelentésről semmi mást nem jelenítünk meg.
verify-field = Az üzenetben szereplő hivatkozási szám
verify-submit = Ellenőrzés
verify-sent = A cyberhelp ezekben az időpontokban küldött üzenetet ehhez a hivatkozási számhoz:
verify-none = A cyberhelp nem küldött üzenetet ehhez a hivatkozási számhoz. Ha egy ezzel a hivatkozási számmal ellátott üzenet azt állítja, hogy tőlünk jön, ne bízzon meg benne, és ne tegye meg, amit kér.
verify-invalid = A hivatkozási szám 10 betűből és számjegyből áll, például 7K4M-9QXP-2D.
