## The contact-point inbox (/inbox): for people at a body (CSIRT, police, data protection authority…) that reads
## its reports in the portal. Plain forms, no JavaScript.
inbox-title = Postilaatikko
inbox-lead = Organisaatiollesi lähetetyt ilmoitukset uusimmasta alkaen. Kun avaat ilmoituksen, ilmoittaja saa vahvistuksen siitä, että olette vastaanottaneet sen.
inbox-nav-label = Tilisi
inbox-signed-in-as = Kirjautuneena
inbox-signout = Kirjaudu ulos
inbox-back = Takaisin postilaatikkoon
inbox-error-title = Tämä ei onnistunut
inbox-error-csrf = Lomake on vanhentunut tai se ei ole peräisin tältä sivustolta. Palaa edelliselle sivulle, lataa se uudelleen ja yritä uudestaan.
inbox-error-filter = Suodattimessa ”{ $field }” on arvo, jota tässä postilaatikossa ei ole tarjolla. Valitse arvo uudelleen lomakkeesta.
inbox-signin-title = Kirjaudu postilaatikkoon
inbox-signin-lead = Niiden tahojen henkilöstölle, jotka vastaanottavat ilmoituksia tämän portaalin kautta. Tilit luo portaalin ylläpitäjä.
inbox-field-email = Sähköpostiosoite
inbox-field-password = Salasana
inbox-field-code = Todennussovelluksesi 6-numeroinen koodi
inbox-signin-button = Kirjaudu sisään
inbox-session-ended = Istuntosi on päättynyt. Kirjaudu uudelleen sisään.
inbox-signed-out = Olet kirjautunut ulos.
inbox-link-title = Tai pyydä kertakäyttöinen kirjautumislinkki sähköpostiisi
inbox-link-button = Lähetä minulle kirjautumislinkki sähköpostitse
inbox-link-no-smtp = Kirjautumislinkit sähköpostitse eivät ole käytettävissä tässä asennuksessa: se ei voi lähettää sähköpostia.
inbox-link-sent = Jos tälle osoitteelle on tili, kirjautumislinkki on matkalla. Se toimii kerran ja on voimassa 15 minuuttia.
inbox-link-lead = Tällä kertakäyttöisellä linkillä kirjaudut postilaatikkoon. Se toimii kerran.
inbox-link-invalid = Tämä kirjautumislinkki ei enää toimi: se on jo käytetty, se on vanhentunut tai se on kopioitu väärin. Pyydä uusi linkki.
inbox-link-email-subject = Kirjautumislinkkisi cyberhelpin postilaatikkoon
inbox-link-email-body =
    Joku (toivottavasti sinä) pyysi kirjautumislinkkiä cyberhelpin postilaatikkoon.

    { $url }

    Linkki toimii kerran ja on voimassa { $minutes } minuuttia. Jos et pyytänyt sitä, voit jättää tämän viestin huomiotta: mitään ei tapahdu ilman linkkiä.
inbox-invite-email-subject = Sinut on kutsuttu cyberhelpin postilaatikkoon
inbox-invite-email-body =
    Portaalin ylläpitäjä on luonut sinulle tilin cyberhelpin postilaatikkoon, jotta voit lukea organisaatiollesi lähetettyjä ilmoituksia ja vastata niihin.

    Kirjaudu ensimmäistä kertaa avaamalla tämä linkki. Se toimii kerran ja on voimassa { $hours } tuntia:

    { $url }

    Määritä sen jälkeen salasana ja todennussovellus myöhempiä kirjautumisia varten.
inbox-setup-title = Salasana ja todennussovellus
inbox-setup-link = Salasana ja todennussovellus
inbox-setup-lead = Määritä salasana ja todennussovellus, niin voit kirjautua ilman sähköpostitse lähetettyä linkkiä. Tarvitset kumpaakin joka kerta.
inbox-setup-authenticator = Todennussovelluksesi
inbox-setup-authenticator-lead = Lisää todennussovellukseesi uusi tili (TOTP: 6 numeroa, 30 sekunnin välein) ja kirjoita siihen tämä avain:
inbox-setup-authenticator-hint = Pidä avain salassa. Se näytetään vain tällä sivulla; jos palaat myöhemmin, luodaan uusi avain.
inbox-field-new-password = Uusi salasana (12–128 merkkiä)
inbox-field-repeat-password = Sama salasana uudelleen
inbox-setup-button = Tallenna
inbox-setup-error-length = Salasanassa on oltava 12–128 merkkiä.
inbox-setup-error-mismatch = Salasanat eivät ole samat.
inbox-setup-error-code = Koodi ei vastaa avainta. Tarkista puhelimesi kellonaika ja kirjoita voimassa oleva koodi.
inbox-setup-done = Salasanasi ja todennussovelluksesi on määritetty.
inbox-setup-suggest = Kirjauduit kertakäyttöisellä linkillä. Jos haluat kirjautua ilman linkkiä, määritä salasana ja todennussovellus:
inbox-filter-state = Käsittelyn tila
inbox-filter-incident = Tapauksen tyyppi
inbox-filter-from = Vastaanotettu aikaisintaan
inbox-filter-to = Vastaanotettu viimeistään
inbox-filter-button = Suodata
inbox-filter-all = Kaikki
inbox-state-new = Uusi: mitään ei ole vielä kirjattu
inbox-state-received = Vastaanottaja on saanut ilmoituksen
inbox-state-in-progress = Vastaanottaja käsittelee asiaa
inbox-state-closed = Vastaanottaja on päättänyt käsittelyn
inbox-export = Vie nämä ilmoitukset:
inbox-empty = Organisaatiollesi ei ole vielä lähetetty yhtään ilmoitusta.
inbox-empty-filtered = Mikään ilmoitus ei vastaa näitä suodattimia.
inbox-new = avaamaton
inbox-withdrawn = Ilmoittaja on perunut ilmoituksen
inbox-caption = Vastaanottajan { $contact } ilmoitukset, sivu { $page }
inbox-col-reference = Viitenumero
inbox-col-received = Vastaanotettu
inbox-col-incident = Tapauksen tyyppi
inbox-col-victim = Ilmoittaja
inbox-col-state = Käsittelyn tila
inbox-col-deadline = Lakisääteinen määräaika
inbox-previous = Edellinen sivu
inbox-next = Seuraava sivu
inbox-report-title = Ilmoitus { $reference }
inbox-deadline = lakisääteinen määräaika { $date }
inbox-purged = Tämän ilmoituksen henkilötiedot poistettiin { $date } (portaalin säilytysaika päättyi tai ilmoittaja perui ilmoituksen).
inbox-withdrawn-note = Ilmoittaja on perunut tämän ilmoituksen: siitä ei voi enää kirjata mitään eikä ilmoittajalle voi lähettää mitään. Soveltakaa hallussanne oleviin tietoihin omia sääntöjänne, jotka koskevat peruttuja ilmoituksia.
inbox-timeline = Mitä olette kirjanneet
inbox-no-updates = Mitään ei ole vielä kirjattu.
inbox-questions = Kysymykset ilmoittajalle
inbox-answer = Vastaus:
inbox-no-answer = Ei vielä vastausta.
inbox-done-status = Päivityksenne on tallennettu; ilmoittaja näkee sen tilasivullaan.
inbox-done-question = Kysymyksenne on lähetetty; ilmoittaja näkee sen tilasivullaan.
privacy-channel-inbox = jäävät tähän portaaliin, jossa taho lukee ne omasta postilaatikostaan
