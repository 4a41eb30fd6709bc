## Tools: "Is this message a scam?" (/{lang}/check)

check-title = Is dit bericht oplichting?
tool-busy = Bezig met controleren…
check-lead = Plak het sms-bericht, de e-mail, het chatbericht, de link, het telefoonnummer of het afzenderadres dat u heeft ontvangen. We zoeken naar de bekende kenmerken van oplichting. Wat u plakt, wordt nergens bewaard of naartoe gestuurd: het wordt op deze server gecontroleerd en daarna vergeten.
check-field-text = Het bericht, de link of het adres
check-field-text-hint = Plak het zoals u het heeft ontvangen. Klik niet eerst op de links erin.
check-field-country = Uw land
check-submit = Bericht controleren
check-error-empty = Plak het bericht of de link die u wilt controleren.
check-truncated = Het bericht is erg lang: we hebben alleen de eerste { $chars } tekens gecontroleerd.
check-unchecked-links = Andere links die we niet hebben gecontroleerd: { $count }.
check-found-title = { $count ->
    [one] We hebben één kenmerk van oplichting gevonden
   *[other] We hebben { $count } kenmerken van oplichting gevonden
}
check-found-lead = Klik niet op de links, bel geen nummers uit het bericht terug, betaal niets en geef geen enkele code of wachtwoord.
check-none-title = We hebben geen bekende kenmerken van oplichting gevonden
check-none-lead = Dat betekent niet dat het bericht betrouwbaar is. Oplichters veranderen elke week hun teksten. Vraagt het bericht u iets te doen? Neem dan zelf contact op met de organisatie, via de officiële website, de app of het nummer op uw pas of contract, nooit via het bericht.
check-weak-title = Het controleren waard
check-links-title = Links en adressen in het bericht
check-link-official = officieel adres van: { $name }
check-link-lookalike = namaak van: { $name }
check-link-unknown = geen adres dat wij kennen
check-what-now = Wat u nu kunt doen
check-forward = Meld het bericht
check-advice-link = Advies: phishing en nepberichten
check-never-ask = Banken, de politie en overheidsinstanties vragen u nooit via een bericht of telefoon om wachtwoorden, eenmalige codes of pasgegevens. Ze vragen u nooit om geld over te maken naar een ‘veilige rekening’ en nooit om een app te installeren waarmee iemand uw telefoon of computer kan overnemen.

check-sign-lookalike = De link gaat naar { $domain }. Dat lijkt op het officiële adres ({ $official }), maar is het niet. Nagebootst wordt: { $brand }.
check-sign-brand-in-domain = De link verstopt de naam ‘{ $brand }’ in een ander adres ({ $domain }). Het officiële adres is { $official }.
check-sign-name-in-domain = De link gebruikt de naam ‘{ $brand }’, maar gaat naar een andere website: { $domain }.
check-sign-brand-elsewhere = Het bericht gebruikt de naam ‘{ $brand }’, maar de link gaat naar { $domain } en niet naar de officiële website ({ $official }).
check-sign-link-ip = Een link gaat naar een kaal nummer ({ $domain }) in plaats van naar een website met een naam.
check-sign-link-shortener = Een link is ingekort ({ $domain }): u kunt niet zien waar hij echt naartoe gaat.
check-sign-link-punycode = Een adres gebruikt letters uit andere alfabetten die op de onze lijken ({ $domain }).
check-sign-link-script = Het bericht bevat een link die code uitvoert of inhoud verbergt ({ $domain }); echte afzenders gebruiken die nooit.
check-sign-hidden-characters = Het bericht bevat onzichtbare tekens die veranderen hoe de tekst wordt getoond; daarmee worden adressen vermomd.
check-sign-safe-account = U wordt gevraagd geld over te maken naar een ‘veilige’ of ‘beveiligde’ rekening. Geen echte bank of politieagent vraagt dat ooit.
check-sign-code = U wordt gevraagd een code te geven, te sturen of voor te lezen. Een code die u ontvangt, is alleen voor u. Wie erom vraagt, wil uw account overnemen of een betaling goedkeuren.
check-sign-remote-access = U wordt gevraagd een app voor toegang op afstand te installeren of te openen (zoals AnyDesk of TeamViewer). Daarmee kan een vreemde uw telefoon of computer bedienen.
check-sign-credentials = U wordt gevraagd uw inloggegevens, wachtwoord, pincode of pasgegevens te bevestigen.
check-sign-fee = U moet een klein bedrag betalen om een pakket te laten bezorgen of kosten te voldoen: een veelgebruikte truc om uw pasgegevens te krijgen.
check-sign-gift-card-crypto = U moet betalen met cadeaukaarten, vouchers of cryptovaluta. Zulke betalingen zijn niet te traceren en niet terug te halen.
check-sign-new-number = Het bericht lijkt van een familielid met een ‘nieuw nummer’ te komen: bel die persoon op het nummer dat u kent voordat u iets doet.
check-sign-threat = U wordt bedreigd met een geblokkeerde rekening, een boete, een rechtszaak of de politie, zodat u uit angst iets doet.
check-sign-urgency = U wordt onder druk gezet (‘binnen 24 uur’, ‘laatste waarschuwing’). Echte organisaties geven u de tijd.
check-sign-refund = Er wordt een terugbetaling beloofd of geld waar u recht op zou hebben: een bekend lokmiddel om uw bankgegevens te krijgen.
check-sign-prize = Er staat dat u een prijs of beloning heeft gewonnen, terwijl u nergens aan heeft meegedaan.

## "Is this really them?" (on /{lang}/check)

verify-contact-title = Is dit echt de politie, mijn bank of een overheidsinstantie?
verify-contact-lead = Vul een telefoonnummer, e-mailadres of website in die zegt van een instantie te zijn. We zoeken het op tussen de officiële kanalen in ons overzicht.
verify-contact-field = Telefoonnummer, e-mailadres of website
verify-contact-submit = Opzoeken
verify-contact-found = Dit staat in ons overzicht bij:
verify-contact-source = bron
verify-contact-none = Dit kanaal kennen we niet van een instantie in ons overzicht. Dat bewijst niet dat het nep is, maar vertrouw het niet: zoek de contactgegevens van de instantie zelf op, op de officiële website.
verify-contact-error = Vul een telefoonnummer, een e-mailadres of een webadres in.

## "Which ransomware is this?" (/{lang}/ransomware)

ransomware-title = Welke ransomware is dit?
ransomware-lead = Vertel ons wat u ziet: de extensie die aan uw versleutelde bestanden is toegevoegd, de bestandsnaam van het losgeldbericht of de tekst ervan. We vergelijken dat met bekende ransomwarefamilies. Er wordt niets geüpload: stuur ons geen bestanden.
ransomware-field-extension = Extensie van de versleutelde bestanden
ransomware-field-extension-hint = Bijvoorbeeld: foto.jpg.akira → .akira
ransomware-field-note-filename = Bestandsnaam van het losgeldbericht
ransomware-field-note = Tekst van het losgeldbericht (optioneel)
ransomware-field-note-hint = E-mail- en onionadressen erin worden ook vergeleken. Neem geen contact op met de criminelen.
ransomware-submit = Herkennen
ransomware-error-empty = Vul minstens één ding in: de extensie, de bestandsnaam van het losgeldbericht of de tekst ervan.
ransomware-results = Waarschijnlijke families
ransomware-ambiguous = Meerdere families passen bij wat u heeft opgegeven: het antwoord is onzeker. Vul ook de bestandsnaam of de tekst van het losgeldbericht in om het te verfijnen.
ransomware-none = Geen bekende familie past. Dat komt vaak voor bij nieuwe of zeldzame ransomware.
ransomware-fake = nep: versleutelt bestanden misschien niet echt
ransomware-evidence-address = een adres in het losgeldbericht
ransomware-evidence-note-file = de bestandsnaam van het losgeldbericht
ransomware-evidence-extension = de extensie
ransomware-evidence-name = de naam in het losgeldbericht
ransomware-evidence-wording = de formulering van het losgeldbericht
ransomware-refs = Bronnen
ransomware-decryptors = Zoek een gratis ontsleutelingsprogramma
ransomware-nomoreransom = No More Ransom: ontsleutelingsprogramma's (politie en beveiligingsbedrijven)
ransomware-cryptosheriff = Crypto Sheriff: upload daar twee versleutelde bestanden om de ransomware te herkennen (op de website van No More Ransom)
ransomware-next = Betaal niet, bewaar de versleutelde bestanden en het losgeldbericht, koppel de getroffen apparaten los van het netwerk en doe een melding.
ransomware-advice = Advies over ransomware
ransomware-data = Gegevens: ransomware-galaxy van het MISP-project (versie { $version }, CC0).

## "Was this message really sent by cyberhelp?" (/{lang}/verify)

verify-title = Komt dit bericht echt van cyberhelp?
verify-lead = Berichten van dit portaal over een melding vermelden de referentie van die melding (bijvoorbeeld 7K4M-9QXP-2D). Vul de referentie in om te zien of en wanneer we berichten over de melding hebben verstuurd. Verder tonen we niets over de melding.
verify-field = Referentie in het bericht
verify-submit = Controleren
verify-sent = cyberhelp heeft op de volgende momenten berichten over deze referentie verstuurd:
verify-none = cyberhelp heeft geen bericht over deze referentie verstuurd. Als een bericht met deze referentie beweert van ons te komen, vertrouw het dan niet en ga er niet op in.
verify-invalid = Een referentie bestaat uit 10 letters en cijfers, bijvoorbeeld 7K4M-9QXP-2D.
