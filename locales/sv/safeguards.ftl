## Skyddsåtgärder som lagts till efter en säkerhetsgranskning av inkorgen och återkallandet av rapporter.
inbox-field-current-password = Nuvarande lösenord
inbox-setup-error-current = Det nuvarande lösenordet är fel.
inbox-signin-refused = E-postadressen, lösenordet eller koden är fel, eller så är kontot låst i 15 minuter efter 5 misslyckade försök. Kontrollera dem och försök igen eller begär en inloggningslänk.
followup-error-withdrawn = Du har återkallat den här rapporten, så inga fler svar tas emot.
privacy-stored-inbox = Personal hos de instanser som använder inkorgen: deras e-postadress, deras inloggningar och vad de har tagit del av och gjort, tillsammans med den IP-adress de använde, sparas i en granskningslogg.
