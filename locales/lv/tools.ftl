## Rīki: „Vai šī ziņa ir krāpšana?” (/{lang}/check)

check-title = Vai šī ziņa ir krāpšana?
tool-busy = Notiek pārbaude…
check-lead = Ielīmējiet saņemto īsziņu, e-pastu, tērzēšanas ziņu, saiti, tālruņa numuru vai sūtītāja adresi. Mēs meklējam tipiskās krāpšanas pazīmes. Nekas no ielīmētā netiek saglabāts vai kaut kur nosūtīts: tas tiek pārbaudīts šajā serverī un aizmirsts.
check-field-text = Ziņa, saite vai adrese
check-field-text-hint = Ielīmējiet to tieši tā, kā saņēmāt. Vispirms neklikšķiniet uz tajā esošajām saitēm.
check-field-country = Jūsu valsts
check-submit = Pārbaudīt ziņu
check-error-empty = Ielīmējiet ziņu vai saiti, ko vēlaties pārbaudīt.
check-truncated = Ziņa ir ļoti gara, tāpēc pārbaudījām tikai tās sākumu. Pārbaudīto rakstzīmju skaits: { $chars }.
check-unchecked-links = { $count ->
    [1] Tajā ir vēl viena saite, kuru mēs nepārbaudījām.
    [zero] Tajā ir vēl { $count } saišu, kuras mēs nepārbaudījām.
    [one] Tajā ir vēl { $count } saite, kuru mēs nepārbaudījām.
   *[other] Tajā ir vēl { $count } saites, kuras mēs nepārbaudījām.
}
check-found-title = { $count ->
    [1] Atradām vienu krāpšanas pazīmi
    [zero] Atradām { $count } krāpšanas pazīmju
    [one] Atradām { $count } krāpšanas pazīmi
   *[other] Atradām { $count } krāpšanas pazīmes
}
check-found-lead = Neklikšķiniet uz tās saitēm, nezvaniet uz tajā norādītajiem numuriem, nemaksājiet un nevienam nedodiet nekādus kodus vai paroles.
check-none-title = Mēs neatradām nevienu zināmu krāpšanas pazīmi
check-none-lead = Tas nenozīmē, ka ziņa ir droša. Krāpnieki katru nedēļu maina formulējumus. Ja ziņā Jums lūgts kaut ko darīt, sazinieties ar organizāciju paši – ar tās oficiālās tīmekļa vietnes vai lietotnes starpniecību vai pa tālruni, kas norādīts uz Jūsu kartes vai līgumā, nekad ne caur ziņu.
check-weak-title = Vērts pārbaudīt
check-links-title = Saites un adreses ziņā
check-link-official = izmanto organizācija { $name }
check-link-lookalike = atdarina organizāciju { $name }
check-link-unknown = mums nezināma adrese
check-what-now = Ko darīt tagad
check-forward = Ziņojiet par šo ziņu
check-advice-link = Padomi: pikšķerēšana un viltotas ziņas
check-never-ask = Bankas, policija un valsts iestādes nekad ar ziņu vai pa tālruni neprasa paroles, vienreizējos kodus vai kartes datus, nekad nelūdz pārskaitīt naudu uz „drošu kontu” un nekad nelūdz instalēt lietotni, ar kuru var vadīt Jūsu tālruni vai datoru.

check-sign-lookalike = Saite ved uz adresi { $domain }, kas atgādina organizācijas { $brand } adresi ({ $official }), bet tā nav.
check-sign-brand-in-domain = Saitē organizācijas { $brand } nosaukums ir izmantots citā adresē ({ $domain }). Organizācijas { $brand } īstā adrese ir { $official }.
check-sign-name-in-domain = Saitē izmantots nosaukums { $brand }, bet tā ved uz citu vietni: { $domain }.
check-sign-brand-elsewhere = Ziņā minēta organizācija { $brand }, bet saite ved uz adresi { $domain }, nevis uz organizācijas { $brand } vietni ({ $official }).
check-sign-link-ip = Saite ved uz adresi, kas sastāv tikai no cipariem ({ $domain }), nevis uz vietni ar nosaukumu.
check-sign-link-shortener = Saite ir saīsināta ({ $domain }): Jūs nevarat redzēt, kur tā patiesībā ved.
check-sign-link-punycode = Adresē ir burti no citiem alfabētiem, kas izskatās pēc mūsējiem ({ $domain }).
check-sign-link-script = Ziņā ir saite, kas palaiž kodu vai slēpj saturu ({ $domain }). Īsti sūtītāji tādas saites nekad neizmanto.
check-sign-hidden-characters = Ziņā ir neredzamas rakstzīmes, kas maina teksta attēlojumu. Tās izmanto, lai maskētu adreses.
check-sign-safe-account = Jums lūdz pārskaitīt naudu uz „drošu” vai „aizsargātu” kontu. Neviena īsta banka vai policists to nekad nedara.
check-sign-code = Jums lūdz pateikt, nosūtīt vai nolasīt kodu. Saņemtais kods ir paredzēts tikai Jums: kas to prasa, tas grib pārņemt Jūsu kontu vai apstiprināt maksājumu.
check-sign-remote-access = Jums lūdz instalēt vai atvērt attālinātās piekļuves lietotni (piemēram, AnyDesk vai TeamViewer). Ar to svešinieks var vadīt Jūsu tālruni vai datoru.
check-sign-credentials = Jums lūdz apstiprināt savu lietotājvārdu, paroli, PIN kodu vai kartes datus.
check-sign-fee = Jums lūdz samaksāt nelielu summu, lai saņemtu sūtījumu vai nokārtotu kādu maksājumu: tas ir izplatīts veids, kā izvilināt kartes datus.
check-sign-gift-card-crypto = Jums lūdz maksāt ar dāvanu kartēm, kuponiem vai kriptovalūtā. Šādus maksājumus nevar izsekot un atgūt.
check-sign-new-number = Ziņa it kā ir no radinieka ar „jaunu numuru”: pirms kaut ko darāt, piezvaniet šim cilvēkam uz numuru, ko jau zināt.
check-sign-threat = Jums draud ar konta bloķēšanu, sodu, tiesu vai policiju, lai Jūs nobiedētu un liktu rīkoties.
check-sign-urgency = Jūs steidzina („24 stundu laikā”, „pēdējais brīdinājums”). Īstas organizācijas dod laiku.
check-sign-refund = Jums sola atmaksu vai naudu, kas Jums it kā pienākas: izplatīta ēsma, lai iegūtu Jūsu bankas datus.
check-sign-prize = Ziņā teikts, ka esat laimējuši balvu vai esat izvēlēti atlīdzības saņemšanai, lai gan nekur neesat pieteikušies.

## „Vai tie tiešām ir viņi?” (lapā /{lang}/check)

verify-contact-title = Vai tā tiešām ir policija, mana banka vai valsts iestāde?
verify-contact-lead = Ievadiet tālruņa numuru, e-pasta adresi vai tīmekļa vietni, kas uzdodas par iestādes kanālu. Mēs to meklējam starp oficiālajiem kanāliem mūsu katalogā.
verify-contact-field = Tālruņa numurs, e-pasta adrese vai tīmekļa vietne
verify-contact-submit = Meklēt
verify-contact-found = Saskaņā ar mūsu katalogu tas pieder:
verify-contact-source = avots
verify-contact-none = Mūsu katalogā tas nav norādīts kā nevienas iestādes kanāls. Tas nepierāda, ka tas ir viltots, taču neuzticieties tam: atrodiet iestādes kontaktinformāciju paši tās oficiālajā tīmekļa vietnē.
verify-contact-error = Ievadiet tālruņa numuru, e-pasta adresi vai tīmekļa adresi.

## „Kāds izspiedējvīruss tas ir?” (/{lang}/ransomware)

ransomware-title = Kāds izspiedējvīruss tas ir?
ransomware-lead = Pastāstiet, ko redzat: paplašinājumu, kas pievienots Jūsu šifrētajiem failiem, izpirkuma pieprasījuma faila nosaukumu vai pieprasījuma tekstu. Mēs to salīdzinām ar zināmām izspiedējvīrusu saimēm. Nekas netiek augšupielādēts: nesūtiet mums failus.
ransomware-field-extension = Šifrēto failu paplašinājums
ransomware-field-extension-hint = Piemēram: foto.jpg.akira → .akira
ransomware-field-note-filename = Izpirkuma pieprasījuma faila nosaukums
ransomware-field-note = Izpirkuma pieprasījuma teksts (nav obligāti)
ransomware-field-note-hint = Tiek salīdzinātas arī tajā minētās e-pasta un onion adreses. Nesazinieties ar noziedzniekiem.
ransomware-submit = Noteikt
ransomware-error-empty = Norādiet vismaz vienu: paplašinājumu, izpirkuma pieprasījuma faila nosaukumu vai tā tekstu.
ransomware-results = Iespējamās saimes
ransomware-ambiguous = Jūsu norādītajam atbilst vairākas saimes: atbilde nav droša. Pievienojiet izpirkuma pieprasījuma faila nosaukumu vai tekstu, lai sašaurinātu izvēli.
ransomware-none = Neviena zināma saime neatbilst. Ar jauniem vai retiem izspiedējvīrusiem tā notiek bieži.
ransomware-fake = viltus: tas, iespējams, patiesībā nešifrē failus
ransomware-evidence-address = adrese izpirkuma pieprasījumā
ransomware-evidence-note-file = izpirkuma pieprasījuma faila nosaukums
ransomware-evidence-extension = paplašinājums
ransomware-evidence-name = tā nosaukums izpirkuma pieprasījumā
ransomware-evidence-wording = izpirkuma pieprasījuma formulējums
ransomware-refs = Avoti
ransomware-decryptors = Meklējiet bezmaksas atšifrēšanas rīku
ransomware-nomoreransom = No More Ransom: atšifrēšanas rīki (policija un drošības uzņēmumi)
ransomware-cryptosheriff = Crypto Sheriff: augšupielādējiet tur divus šifrētus failus, lai noteiktu izspiedējvīrusu (vietnē No More Ransom)
ransomware-next = Nemaksājiet, saglabājiet šifrētos failus un izpirkuma pieprasījumu, atvienojiet skartās ierīces no tīkla un ziņojiet par notikušo.
ransomware-advice = Padomi par izspiedējvīrusiem
ransomware-data = Dati: projekta MISP izspiedējvīrusu galaktika (versija { $version }, CC0).

## "Was this message really sent by cyberhelp?" (/{lang}/verify)

verify-title = Vai šo ziņu tiešām nosūtīja cyberhelp?
verify-lead = Šī portāla ziņās par ziņojumu ir norādīts ziņojuma atsauces numurs (piemēram, 7K4M-9QXP-2D). Ievadiet to, lai redzētu, vai un kad esam sūtījuši ziņas par šo ziņojumu. Cita informācija par ziņojumu netiek rādīta.
verify-field = Ziņā norādītais atsauces numurs
verify-submit = Pārbaudīt
verify-sent = cyberhelp ir nosūtījis ziņas par šo atsauces numuru šādos datumos:
verify-none = cyberhelp nav nosūtījis nevienu ziņu par šo atsauces numuru. Ja ziņa ar šo atsauces numuru apgalvo, ka ir no mums, neuzticieties tai un nerīkojieties pēc tās norādījumiem.
verify-invalid = Atsauces numurs sastāv no 10 burtiem un cipariem, piemēram, 7K4M-9QXP-2D.
