## Kaitsemeetmed, mis lisati pärast postkasti ja teadete tagasivõtmise turvaülevaatust.
inbox-field-current-password = Praegune parool
inbox-setup-error-current = Praegune parool on vale.
inbox-signin-refused = E-posti aadress, parool või kood on vale või on konto pärast 5 ebaõnnestunud katset 15 minutiks lukustatud. Kontrollige neid ja proovige uuesti või küsige sisselogimislinki.
followup-error-withdrawn = Võtsid selle teate tagasi, seega vastuseid enam vastu ei võeta.
privacy-stored-inbox = Postkasti kasutavate asutuste töötajad: nende e-posti aadressi, sisselogimisi ning seda, mida nad vaatasid ja tegid, koos kasutatud IP-aadressiga säilitatakse auditilogis.
