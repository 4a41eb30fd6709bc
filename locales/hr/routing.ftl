## Routing: why each step is recommended (ids referenced from content/routing.toml)

route-why-police-people = Ako vam netko prijeti, uznemirava vas ili iskorištava ili ako je riječ o djetetu, prvo se obratite policiji. Ne plaćajte i ne pregovarajte: sačuvajte poruke kao dokaz.
route-why-helpline = Ne morate kroz ovo prolaziti bez pomoći: ove linije za pomoć saslušat će vas, savjetovati i mogu vam pomoći da se uklone slike ili sadržaj.
route-why-nis2-early-warning = Kao ključni ili važni subjekt morate u roku od 24 sata od trenutka kad ste saznali za značajan incident poslati rano upozorenje svojem CSIRT-u ili nadležnom tijelu.
route-why-nis2-notification = U roku od 72 sata pošaljite i obavijest o incidentu: početnu procjenu, ozbiljnost, učinak i pokazatelje ugroženosti.
route-why-nis2-final = Najkasnije mjesec dana nakon obavijesti o incidentu pošaljite završno izvješće: detaljan opis, temeljni uzrok, poduzete mjere i prekogranični učinak.
route-why-gdpr-controller = Riječ je o osobnim podacima drugih ljudi, pa je vaša organizacija voditelj obrade: prijavite povredu tijelu za zaštitu osobnih podataka u roku od 72 sata, osim ako nije vjerojatno da će ikoga dovesti u opasnost. Ako je rizik za pogođene osobe visok, obavijestite i njih.
route-why-police-money = Prijavite prijevaru policiji. Banka ili osiguravatelj mogu tražiti broj prijave.
route-why-platform = Koristite službene stranice dotične usluge za oporavak računa i prijave (nikada poveznice koje vam je netko poslao). Prijavite račun ili sadržaj kako bi ga platforma mogla blokirati.
route-why-phishing-report = Proslijedite sumnjivu poruku na nacionalnu adresu za prijave: tako pomažete da se lažna stranica blokira za sve.
route-why-ecc = Prodavatelj je u drugoj zemlji: Europski potrošački centar u vašoj zemlji besplatno pomaže u prekograničnim sporovima.
route-why-consumer = Prijavite trgovca tijelu za zaštitu potrošača: ono može poduzeti mjere protiv lažnih trgovina i upozoriti druge.
route-why-csirt-business = Nacionalni CSIRT može pomoći vašoj organizaciji da zaustavi širenje napada i oporavi se, a iz vaše prijave uči kako upozoriti druge.
route-why-dpa-citizen = Vaši su podaci procurili iz neke tvrtke. Ne morate nikoga obavijestiti ni u kakvom roku: to je obveza tvrtke. Ako mislite da vaši podaci nisu bili zaštićeni ili da vas tvrtka nije obavijestila, možete podnijeti pritužbu tijelu za zaštitu osobnih podataka.
route-why-police-crime = To je kazneno djelo u svim zemljama EU-a. Prijava policiji stvara službeni zapis i može pomoći istrazi.
route-why-unsure = Niste sigurni što se dogodilo? Policija može zaprimiti vašu prijavu i uputiti vas na pravu službu. Sve sačuvajte kao dokaz.
