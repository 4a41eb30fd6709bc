## Shell: skip link, header, navigation, footer

shell-skip-link = Siirry pääsisältöön
shell-site-name = cyberhelp
shell-tagline = Apua kyberhyökkäyksen jälkeen
shell-nav-label = Päävalikko
shell-nav-home = Etusivu
shell-nav-advice = Neuvot
shell-nav-bulletins = Ajankohtaiset uhat
shell-nav-report = Ilmoita tapauksesta
shell-nav-search = Haku
shell-language-label = Kieli
shell-language-submit = Vaihda
shell-footer-emergency = Oletko vaarassa juuri nyt? Soita hätänumeroon 112. Se toimii kaikissa EU-maissa.
shell-footer-never-ask = Emme koskaan pyydä salasanojasi, maksuja tai etäyhteyttä laitteeseesi. Jos joku pyytää, se emme ole me.
shell-footer-privacy = Ei seurantaa eikä pyyntöjä kolmansille osapuolille: tämä sivusto ei lataa mitään muualta.
shell-footer-source = Vapaa ohjelmisto, jota voit ylläpitää omalla palvelimellasi.
shell-footer-licence = Tekstimme julkaistaan CC BY 4.0 -lisenssillä: voit käyttää niitä vapaasti, kun mainitset cyberhelpin.
shell-footer-feeds = Uhkatiedotteet Atom-syötteenä

## Home page

home-title = Apua kyberhyökkäyksen jälkeen
home-lead = Tilisi on kaapattu, maksoit valeverkkokauppaan tai yrityksesi joutui kiristyshaittaohjelman kohteeksi? Katso, mitä tehdä nyt, kenelle ilmoittaa ja mihin mennessä.
home-emergency = Jos olet vaarassa juuri nyt, soita 112.
home-tasks-heading = Mitä tarvitset?
home-task-advice = Hae neuvoja
home-task-advice-desc = Vaiheittaiset ohjeet siihen, mitä sinulle tapahtui.
home-task-bulletins = Katso ajankohtaiset uhat
home-task-bulletins-desc = Juuri nyt liikkeellä olevat huijaukset ja hyökkäykset sekä ohjeet niiden varalle.
home-task-report = Ilmoita tapauksesta
home-task-report-desc = Ilmoita kerralla oikeille viranomaisille ja saat tietää, kuka asiaa hoitaa ja mihin mennessä.
home-incidents-heading = Mitä tapahtui?
home-bulletins-heading = Voimassa olevat uhat
home-bulletins-people = Juuri nyt liikkeellä olevat huijaukset
home-bulletins-organisations = Organisaatioiden IT-henkilöstölle: aktiivisesti hyödynnetyt haavoittuvuudet
home-bulletins-empty = Tällä hetkellä ei ole voimassa olevia uhkatiedotteita.
home-bulletins-all = Kaikki uhkatiedotteet

## Errors

error-title-prefix = Virhe: { $title }

error-not-found-title = Sivua ei löytynyt
error-not-found-body = Emme löytäneet tätä sivua. Osoitteessa voi olla kirjoitusvirhe, tai sivu on siirretty.
error-not-found-home = Siirry etusivulle
error-internal-title = Jotain meni vikaan
error-internal-body = Vika on meidän, ei sinun. Yritä hetken päästä uudelleen.
error-bad-request-title = Emme ymmärtäneet tätä pyyntöä
error-too-large-title = Lähettämäsi tiedot ovat liian suuria
error-too-large-back = Palaa selaimen Takaisin-painikkeella: lomake säilyttää kirjoittamasi tekstin. Lyhennä sitten kuvausta ja lähetä se uudelleen.
error-rate-limited = Yhteydestäsi on tullut liian monta pyyntöä lyhyessä ajassa. Odota hetki ja yritä uudelleen.
stats-title = Avoimet tilastot
stats-lead = Kuinka monta ilmoitusta tämä portaali on vastaanottanut, mitä ne koskivat ja kuinka nopeasti vastaanottajat vahvistivat ne. Vain lukumääriä: niistä ei voi tunnistaa yhtäkään ilmoitusta.
stats-empty = Ilmoituksia ei ole vielä vastaanotettu, joten laskettavaa ei ole.
stats-unavailable = Tilastoja ei voi näyttää juuri nyt. Yritä muutaman minuutin päästä uudelleen.
stats-withheld = salattu
stats-chart-title = Vastaanotetut ilmoitukset kuukausittain
stats-chart-caption = Vastaanotetut ilmoitukset kuukausittain (UTC). Samat luvut ovat alla olevassa taulukossa.
stats-per-month = Ilmoitukset kuukausittain
stats-category = Luokka
stats-breakdowns = Ilmoitukset kuukausittain luokittain
stats-by-incident = Tapauksen tyypin mukaan
stats-by-country = Maittain
stats-by-victim = Ilmoittajan mukaan
stats-deliveries = Toimitukset vastaanottajille
stats-no-deliveries = Yhtään ilmoitusta ei ole vielä toimitettu vastaanottajalle.
stats-deliveries-caption = Kullekin vastaanottajatyypille lähetetyt ilmoitukset, kaikki kuukaudet yhteensä
stats-recipient-kind = Vastaanottajan tyyppi
stats-delivered = Toimitetut
stats-acknowledged = Vastaanottajan vahvistamat
stats-failed = Toimitus epäonnistui
stats-median-ack = Vahvistukseen kulunut aika (mediaani)
stats-hours = { $hours } h
stats-method = Lukumäärät, jotka ovat pienempiä kuin { $threshold } (nollaa lukuun ottamatta), salataan. Jos salatun luvun voisi päätellä kuukauden kokonaismäärästä, myös muita lukuja salataan sen kanssa. Luvut perustuvat vain kuukauteen, tapauksen tyyppiin, maahan, ilmoittajaan ja vastaanottajan tyyppiin. Nämä tiedot säilytetään, kun ilmoituksen henkilötiedot poistetaan.
stats-api = Samat luvut JSON-muodossa
