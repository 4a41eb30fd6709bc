## Apsaugos priemonės, pridėtos po gautųjų pranešimų ir pranešimų atšaukimo saugumo patikros.
inbox-field-current-password = Dabartinis slaptažodis
inbox-setup-error-current = Neteisingas dabartinis slaptažodis.
inbox-signin-refused = Neteisingas el. pašto adresas, slaptažodis ar kodas, arba paskyra po 5 nesėkmingų bandymų užblokuota 15 minučių. Patikrinkite juos ir bandykite dar kartą arba paprašykite prisijungimo nuorodos.
followup-error-withdrawn = Šį pranešimą atšaukėte, todėl atsakymai nebepriimami.
privacy-stored-inbox = Institucijų, kurios naudojasi gautųjų pranešimų sąrašu, darbuotojai: jų el. pašto adresas, prisijungimai, ką jie peržiūrėjo ir atliko, taip pat naudotas IP adresas saugomi audito žurnale.
