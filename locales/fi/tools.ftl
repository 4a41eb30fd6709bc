## Työkalut: ”Onko tämä viesti huijaus?” (/{lang}/check)

check-title = Onko tämä viesti huijaus?
tool-busy = Tarkistetaan…
check-lead = Liitä tähän saamasi tekstiviesti, sähköposti, chat-viesti, linkki, puhelinnumero tai lähettäjän osoite. Etsimme siitä huijausten tavallisia tuntomerkkejä. Mitään liittämääsi ei tallenneta eikä lähetetä minnekään: se tarkistetaan tällä palvelimella ja unohdetaan.
check-field-text = Viesti, linkki tai osoite
check-field-text-hint = Liitä se sellaisena kuin sait sen. Älä ensin klikkaa siinä olevia linkkejä.
check-field-country = Maasi
check-submit = Tarkista viesti
check-error-empty = Liitä viesti tai linkki, jonka haluat tarkistaa.
check-truncated = Viesti on hyvin pitkä: tarkistimme siitä vain { $chars } ensimmäistä merkkiä.
check-unchecked-links = { $count ->
    [one] Siinä on lisäksi yksi linkki, jota emme tarkistaneet.
   *[other] Siinä on lisäksi { $count } linkkiä, joita emme tarkistaneet.
}
check-found-title = { $count ->
    [one] Löysimme yhden huijauksen tuntomerkin
   *[other] Löysimme { $count } huijauksen tuntomerkkiä
}
check-found-lead = Älä klikkaa viestin linkkejä, älä soita takaisin siinä oleviin numeroihin, älä maksa äläkä anna kenellekään koodia tai salasanaa.
check-none-title = Emme löytäneet tunnettuja huijauksen tuntomerkkejä
check-none-lead = Se ei tarkoita, että viesti on turvallinen. Huijarit muuttavat sanamuotojaan joka viikko. Jos viestissä pyydetään sinua tekemään jotain, ota itse yhteyttä organisaatioon sen virallisen verkkosivuston tai sovelluksen kautta tai soittamalla korttisi tai sopimuksesi numeroon – älä koskaan viestin kautta.
check-weak-title = Kannattaa tarkistaa
check-links-title = Viestin linkit ja osoitteet
check-link-official = { $name } käyttää tätä osoitetta
check-link-lookalike = jäljittelee tahoa { $name }
check-link-unknown = ei meille tuttu osoite
check-what-now = Mitä nyt kannattaa tehdä
check-forward = Ilmoita viestistä
check-advice-link = Neuvot: tietojenkalastelu ja huijausviestit
check-never-ask = Pankit, poliisi ja viranomaiset eivät koskaan pyydä viestillä tai puhelimessa salasanoja, vahvistuskoodeja tai korttitietoja. Ne eivät koskaan pyydä siirtämään rahaa ”turvatilille” eivätkä asentamaan sovellusta, jolla puhelintasi tai tietokonettasi voi ohjata.

check-sign-lookalike = Linkki vie osoitteeseen { $domain }, joka muistuttaa tahon { $brand } osoitetta ({ $official }) mutta ei ole se.
check-sign-brand-in-domain = Linkissä nimeä { $brand } käytetään toisen osoitteen sisällä ({ $domain }). Tahon { $brand } oma osoite on { $official }.
check-sign-name-in-domain = Linkissä käytetään nimeä { $brand }, mutta se vie toiselle sivustolle: { $domain }.
check-sign-brand-elsewhere = Viestissä mainitaan { $brand }, mutta sen linkki vie osoitteeseen { $domain } eikä tahon { $brand } omalle sivustolle ({ $official }).
check-sign-link-ip = Linkin osoite on pelkkä numerosarja ({ $domain }) eikä nimetty verkkosivusto.
check-sign-link-shortener = Linkki on lyhennetty ({ $domain }): et näe, minne se oikeasti vie.
check-sign-link-punycode = Osoitteessa on muiden aakkostojen kirjaimia, jotka näyttävät tavallisilta kirjaimilta ({ $domain }).
check-sign-link-script = Viestissä on linkki, joka suorittaa koodia tai piilottaa sisältöä ({ $domain }). Oikeat lähettäjät eivät koskaan käytä tällaisia linkkejä.
check-sign-hidden-characters = Viestissä on näkymättömiä merkkejä, jotka muuttavat tekstin näkymistä. Niillä naamioidaan osoitteita.
check-sign-safe-account = Sinua pyydetään siirtämään rahaa ”turvalliselle” tai ”suojatulle” tilille. Oikea pankki tai poliisi ei koskaan tee niin.
check-sign-code = Sinua pyydetään antamaan, lähettämään tai lukemaan ääneen koodi. Saamasi koodi on vain sinua varten: joka sitä pyytää, haluaa kaapata tilisi tai hyväksyä maksun.
check-sign-remote-access = Sinua pyydetään asentamaan tai avaamaan etäkäyttösovellus (esimerkiksi AnyDesk tai TeamViewer). Sen avulla vieras ihminen voi ohjata puhelintasi tai tietokonettasi.
check-sign-credentials = Sinua pyydetään vahvistamaan käyttäjätunnuksesi, salasanasi, PIN-koodisi tai korttitietosi.
check-sign-fee = Sinua pyydetään maksamaan pieni summa paketin lunastamiseksi tai jonkin maksun hoitamiseksi: yleinen keino saada korttitietosi.
check-sign-gift-card-crypto = Sinua pyydetään maksamaan lahjakorteilla, arvoseteleillä tai kryptovaluuttana. Tällaisia maksuja ei voi jäljittää eikä saada takaisin.
check-sign-new-number = Viestin sanotaan tulevan läheiseltä, jolla on ”uusi numero”. Soita hänelle numeroon, jonka tiedät, ennen kuin teet mitään.
check-sign-threat = Sinua uhataan tilin sulkemisella, sakolla, oikeudenkäynnillä tai poliisilla, jotta pelästyisit ja toimisit.
check-sign-urgency = Sinua hoputetaan (”24 tunnin kuluessa”, ”viimeinen varoitus”). Oikeat organisaatiot antavat sinulle aikaa.
check-sign-refund = Sinulle luvataan palautusta tai rahaa, joka sinulle muka kuuluu: yleinen syötti pankkitietojesi saamiseksi.
check-sign-prize = Viestin mukaan olet voittanut palkinnon tai sinut on valittu palkinnon saajaksi, vaikka et ole osallistunut mihinkään.

## ”Onko tämä todella heiltä?” (sivulla /{lang}/check)

verify-contact-title = Onko tämä todella poliisi, pankkini tai viranomainen?
verify-contact-lead = Anna puhelinnumero, sähköpostiosoite tai verkkosivusto, joka väittää kuuluvansa viranomaiselle. Etsimme sitä hakemistomme virallisista yhteyskanavista.
verify-contact-field = Puhelinnumero, sähköpostiosoite tai verkkosivusto
verify-contact-submit = Hae
verify-contact-found = Hakemistomme mukaan tämä kuuluu:
verify-contact-source = lähde
verify-contact-none = Tätä kanavaa ei ole hakemistossamme minkään viranomaisen yhteystietona. Se ei todista, että kanava on väärennös, mutta älä luota siihen: etsi viranomaisen yhteystiedot itse sen virallisilta verkkosivuilta.
verify-contact-error = Anna puhelinnumero, sähköpostiosoite tai verkko-osoite.

## ”Mikä kiristyshaittaohjelma tämä on?” (/{lang}/ransomware)

ransomware-title = Mikä kiristyshaittaohjelma tämä on?
ransomware-lead = Kerro, mitä näet: salattujen tiedostojesi nimeen lisätty pääte, lunnasviestin tiedostonimi tai lunnasviestin teksti. Vertaamme niitä tunnettuihin kiristyshaittaohjelmaperheisiin. Mitään ei ladata palvelimelle: älä lähetä meille tiedostoja.
ransomware-field-extension = Salattujen tiedostojen pääte
ransomware-field-extension-hint = Esimerkiksi: kuva.jpg.akira → .akira
ransomware-field-note-filename = Lunnasviestin tiedostonimi
ransomware-field-note = Lunnasviestin teksti (vapaaehtoinen)
ransomware-field-note-hint = Myös siinä olevia sähköposti- ja onion-osoitteita verrataan. Älä ota yhteyttä rikollisiin.
ransomware-submit = Tunnista
ransomware-error-empty = Anna vähintään yksi: tiedostopääte, lunnasviestin tiedostonimi tai sen teksti.
ransomware-results = Todennäköiset perheet
ransomware-ambiguous = Antamasi tiedot sopivat useaan perheeseen: vastaus on epävarma. Lisää lunnasviestin tiedostonimi tai teksti, niin tulos tarkentuu.
ransomware-none = Mikään tunnettu perhe ei sovi. Se on tavallista uusien tai harvinaisten kiristyshaittaohjelmien kohdalla.
ransomware-fake = väärennös: se ei ehkä oikeasti salaa tiedostoja
ransomware-evidence-address = lunnasviestissä oleva osoite
ransomware-evidence-note-file = lunnasviestin tiedostonimi
ransomware-evidence-extension = tiedostopääte
ransomware-evidence-name = sen nimi lunnasviestissä
ransomware-evidence-wording = lunnasviestin sanamuoto
ransomware-refs = Lähteet
ransomware-decryptors = Etsi ilmainen salauksen purkutyökalu
ransomware-nomoreransom = No More Ransom: salauksen purkutyökaluja (poliisi ja tietoturvayritykset)
ransomware-cryptosheriff = Crypto Sheriff: lataa sinne kaksi salattua tiedostoa, niin kiristyshaittaohjelma tunnistetaan (No More Ransom -sivustolla)
ransomware-next = Älä maksa. Säilytä salatut tiedostot ja lunnasviesti, irrota saastuneet laitteet verkosta ja ilmoita tapauksesta.
ransomware-advice = Neuvoja kiristyshaittaohjelmista
ransomware-data = Tiedot: MISP-projektin kiristyshaittaohjelmagalaksi (versio { $version }, CC0).

## "Was this message really sent by cyberhelp?" (/{lang}/verify)

verify-title = Lähettikö cyberhelp todella tämän viestin?
verify-lead = Kun tämä portaali lähettää viestin ilmoituksesta, viestissä on ilmoituksen viitenumero (esimerkiksi 7K4M-9QXP-2D). Anna viitenumero, niin näet, olemmeko lähettäneet ilmoituksesta viestejä ja milloin. Ilmoituksesta ei näytetä mitään muuta.
verify-field = Viestissä näkyvä viitenumero
verify-submit = Tarkista
verify-sent = cyberhelp on lähettänyt tätä viitenumeroa koskevia viestejä seuraavina ajankohtina:
verify-none = cyberhelp ei ole lähettänyt tätä viitenumeroa koskevia viestejä. Jos viesti väittää tulevansa meiltä ja siinä on tämä viitenumero, älä luota siihen äläkä toimi sen mukaan.
verify-invalid = Viitenumerossa on 10 kirjainta ja numeroa, esimerkiksi 7K4M-9QXP-2D.
