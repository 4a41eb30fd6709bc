## Suojaukset, jotka lisättiin postilaatikon ja ilmoitusten perumisen tietoturvatarkastuksen jälkeen.
inbox-field-current-password = Nykyinen salasana
inbox-setup-error-current = Nykyinen salasana on väärin.
inbox-signin-refused = Sähköpostiosoite, salasana tai koodi on väärin, tai tili on lukittu 15 minuutiksi 5 epäonnistuneen yrityksen jälkeen. Tarkista ne ja yritä uudelleen tai pyydä kirjautumislinkki.
followup-error-withdrawn = Olet perunut tämän ilmoituksen, joten siihen ei voi enää lähettää vastauksia.
privacy-stored-inbox = Postilaatikkoa käyttävien tahojen henkilöstö: tarkastuslokiin tallennetaan heidän sähköpostiosoitteensa, kirjautumisensa ja se, mitä he ovat katsoneet ja tehneet, sekä heidän käyttämänsä IP-osoite.
