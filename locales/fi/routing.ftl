## Routing: why each step is recommended (ids referenced from content/routing.toml)

route-why-police-people = Jos joku uhkailee, ahdistelee tai hyväksikäyttää sinua tai asia koskee lasta, ota ensin yhteys poliisiin. Älä maksa äläkä neuvottele: säilytä viestit todisteina.
route-why-helpline = Sinun ei tarvitse selvitä tästä yksin: nämä auttavat puhelimet kuuntelevat, neuvovat ja voivat auttaa kuvien tai sisällön poistamisessa.
route-why-nis2-early-warning = Keskeisenä tai tärkeänä toimijana sinun on lähetettävä varhainen varoitus CSIRT-yksikölle tai toimivaltaiselle viranomaiselle 24 tunnin kuluessa siitä, kun sait tietää merkittävästä poikkeamasta.
route-why-nis2-notification = Lähetä 72 tunnin kuluessa poikkeamailmoitus: alustava arvio, vakavuus, vaikutukset ja vaarantumisindikaattorit.
route-why-nis2-final = Lähetä viimeistään kuukauden kuluttua poikkeamailmoituksesta loppuraportti: yksityiskohtainen kuvaus, perimmäinen syy, toteutetut toimenpiteet ja rajat ylittävät vaikutukset.
route-why-gdpr-controller = Asia koskee muiden ihmisten henkilötietoja, joten organisaatiosi on rekisterinpitäjä: ilmoita tietoturvaloukkauksesta tietosuojaviranomaiselle 72 tunnin kuluessa, paitsi jos on epätodennäköistä, että siitä aiheutuu riskiä kenellekään. Jos riski asianomaisille ihmisille on suuri, kerro myös heille.
route-why-police-money = Tee petoksesta rikosilmoitus poliisille. Pankkisi tai vakuutusyhtiösi voi kysyä rikosilmoituksen numeroa.
route-why-platform = Käytä kyseisen palvelun virallisia palautus- ja ilmoitussivuja (älä koskaan sinulle lähetettyjä linkkejä). Ilmoita tilistä tai sisällöstä, jotta alusta voi estää sen.
route-why-phishing-report = Välitä epäilyttävä viesti kansalliseen ilmoitusosoitteeseen: se auttaa estämään valesivuston kaikilta.
route-why-ecc = Myyjä on toisessa maassa: oman maasi Euroopan kuluttajakeskus auttaa maksutta rajat ylittävissä riidoissa.
route-why-consumer = Ilmoita kauppiaasta kuluttajaviranomaiselle: se voi puuttua valekauppoihin ja varoittaa muita.
route-why-csirt-business = Kansallinen CSIRT-yksikkö voi auttaa organisaatiotasi rajaamaan hyökkäyksen ja toipumaan siitä, ja se oppii ilmoituksestasi voidakseen varoittaa muita.
route-why-dpa-citizen = Tietojasi on vuotanut yrityksestä. Sinun ei tarvitse ilmoittaa kenellekään minkään määräajan kuluessa: se velvollisuus on yrityksellä. Jos mielestäsi tietojasi ei suojattu tai yritys ei kertonut sinulle, voit tehdä valituksen tietosuojaviranomaiselle.
route-why-police-crime = Tämä on rikos kaikissa EU-maissa. Rikosilmoitus poliisille luo virallisen merkinnän ja voi auttaa tutkinnassa.
route-why-unsure = Etkö ole varma, mitä tapahtui? Poliisi voi ottaa ilmoituksesi vastaan ja ohjata sinut oikeaan paikkaan. Säilytä kaikki todisteina.
