## Drošības pasākumi, kas pievienoti pēc iesūtnes un ziņojumu atsaukšanas drošības pārbaudes.
inbox-field-current-password = Pašreizējā parole
inbox-setup-error-current = Pašreizējā parole nav pareiza.
inbox-signin-refused = E-pasta adrese, parole vai kods nav pareizs, vai arī konts pēc 5 neveiksmīgiem mēģinājumiem ir bloķēts uz 15 minūtēm. Pārbaudiet tos un mēģiniet vēlreiz vai pieprasiet pieteikšanās saiti.
followup-error-withdrawn = Jūs atsaucāt šo ziņojumu, tāpēc atbildes vairs nepieņem.
privacy-stored-inbox = To iestāžu darbinieki, kuras izmanto iesūtni: viņu e-pasta adrese, pieteikšanās reizes un tas, ko viņi skatīja un darīja, kopā ar izmantoto IP adresi tiek glabāti audita žurnālā.
