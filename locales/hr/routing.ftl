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

## Novac koji se još može zaustaviti

route-why-card-block = Odmah blokirajte karticu: nazovite broj na poleđini kartice ili u aplikaciji svoje banke, ili nacionalni broj za blokadu kartica. Blokada zaustavlja daljnja plaćanja karticom, ali ne može vratiti već izvršeni prijenos.
route-why-payment-recall-urgent = Novac je otišao prije manje od 24 sata: odmah nazovite broj svoje banke za prijavu prijevara (broj iz aplikacije banke ili s kartice, nikada broj iz poruke) i zatražite da zaustavi ili opozove plaćanje. Svaki sat je važan.
route-why-payment-recall = Nazovite broj svoje banke za prijavu prijevara (broj iz aplikacije banke ili s kartice, nikada broj iz poruke): zatražite zaustavljanje ili opoziv plaćanja i zaštitu računa. Ako niste odobrili plaćanje, pisanim putem zatražite povrat novca.
route-why-bank-access = Netko bi mogao pristupiti vašem bankovnom računu preko vašeg broja telefona ili računala: odmah nazovite broj svoje banke za prijavu prijevara kako bi banka mogla nadzirati ili blokirati pristup, čak i ako još nije otišao nikakav novac.

## Prijave

route-why-police-stolen = Ako je uređaj ukraden, prijavite krađu policiji: broj prijave trebat će vam za osiguravatelja i mobilnog operatera. Gubitak uređaja nije kazneno djelo, pa ako ste ga samo izgubili, nemate što prijaviti.
route-why-financial-regulator = Financijski regulator vodi popis tvrtki koje ne smiju nuditi ulaganja i upozorava javnost na njih. Prijavite tvrtku i provjerite njegova upozorenja prije nego što išta dalje platite: prevaranti se često vraćaju predstavljajući se kao službe za „povrat novca”.
route-why-illegal-content-minor = Slike ili poruke u kojima se dijete seksualno iskorištava nezakonite su posvuda: prijavite ih ovoj službi kako bi bile uklonjene i istražene. Nemojte ih sami prosljeđivati niti spremati kopije.
route-why-ncii = Ako su vaše intimne slike podijeljene ili netko prijeti da će ih podijeliti, ova služba može pomoći da se blokiraju ili uklone, a da slike ne morate nikome slati.
route-why-assistance = Ova služba besplatno pomaže žrtvama poput vas: objašnjava što učiniti, povezuje vas s provjerenom pomoći u blizini i kaže vam gdje podnijeti prijavu.
route-why-victim-support = Teško je kad vas netko prevari ili vam prijeti. Ova besplatna i povjerljiva služba pruža podršku žrtvama kaznenih djela, bez obzira na to hoćete li podnijeti prijavu policiji.
route-why-outside-police = Nemamo podatke o službama u ovoj zemlji. Prijavite slučaj lokalnoj policiji i zatražite pisani broj prijave, koji bi mogli tražiti vaša banka i osiguravatelj.
route-why-outside-national = Ova zemlja ima nacionalnu službu za prijavu kriminala na internetu.

## Zašto je korak neobavezan

route-optional-complaint = Neobavezno: ako niste ništa izgubili, sami odlučujete hoćete li prijaviti policiji; prijava joj pomaže uočiti prijevare koje pogađaju mnogo ljudi.
route-optional-stolen = Samo ako je uređaj ukraden.
route-optional-consumer = Neobavezno: neće vam vratiti novac, ali pomaže zaustaviti trgovinu i upozoriti druge.
route-optional-ncii = Neobavezno: koristite je ako želite da se slike uklone ili blokiraju.
route-optional-csirt = Neobavezno za vašu organizaciju: nemate zakonsku obvezu osim ako ste subjekt iz NIS2, ali CSIRT može pomoći i upozoriti druge.
route-optional-gdpr-complaint = Neobavezno: možete podnijeti pritužbu, a za vas nema roka.
route-optional-victim-support = Neobavezno: javite im se kad god trebate s nekim razgovarati.

## Zakonske obveze (content/laws/)

route-why-nis2-trust = Kao pružatelj usluga povjerenja morate poslati obavijest o incidentu u roku od 24 sata (a ne 72) od trenutka kad ste saznali za značajan incident koji utječe na vaše usluge povjerenja.
route-why-gdpr-processor = Ove podatke obrađujete za drugu organizaciju (kao njezin izvršitelj obrade): obavijestite tog voditelja obrade bez nepotrebnog odgađanja. Voditelj obrade, a ne vi, odlučuje hoće li izvijestiti tijelo za zaštitu osobnih podataka.
route-why-gdpr-record = Disk je bio snažno šifriran, a ključ je na sigurnom, pa nije vjerojatno da će povreda ikoga dovesti u opasnost i ne morate je prijaviti. Zabilježite je u vlastitu evidenciju povreda: činjenice, posljedice i što ste poduzeli. Ako je izgubljen i ključ ili je šifriranje bilo slabo, prijavite povredu u roku od 72 sata.
route-why-dora-initial = Kao financijski subjekt na koji se primjenjuje DORA, pošaljite nadzornom tijelu početnu obavijest o velikom incidentu povezanom s IKT-om u roku od 4 sata od njegove klasifikacije kao velikog, a najkasnije 24 sata nakon što ste za njega saznali.
route-why-dora-intermediate = Pošaljite međuizvješće u roku od 72 sata od početne obavijesti.
route-why-dora-final = Pošaljite završno izvješće u roku od mjesec dana od posljednjeg međuizvješća.
route-why-ch-isa = Operatori kritične infrastrukture moraju kibernetički napad prijaviti Nacionalnom centru za kibernetičku sigurnost u roku od 24 sata od otkrivanja.
route-why-ch-isa-completion = Ako vaša prva prijava nije bila potpuna, dopunite je u roku od 14 dana.
route-why-ch-fadp-breach = Ako će povreda vjerojatno prouzročiti visok rizik za pogođene osobe, prijavite je što prije Saveznom povjereniku za zaštitu podataka i informiranje.
route-why-gb-ukgdpr = Riječ je o osobnim podacima drugih ljudi: prijavite povredu Uredu povjerenika za informiranje (ICO) u roku od 72 sata od trenutka kad ste za nju saznali, osim ako nije vjerojatno da će ikoga dovesti u opasnost.
route-why-gb-nis = Kao operator ključne usluge obavijestite nadležno tijelo o incidentu sa značajnim učinkom na vašu uslugu u roku od 72 sata od trenutka kad ste za njega saznali.
route-why-is-nis = Kao operator ključne usluge obavijestite CERT-IS o značajnom incidentu bez nepotrebnog odgađanja.
route-why-no-dsa = Kao pružatelj ključne usluge obavijestite Nacionalno tijelo za sigurnost (NSM) o značajnom incidentu u roku od 24 sata.
route-why-csirt-citizen = Nacionalni CSIRT prima prijave i od građana: može ishoditi uklanjanje lažnih stranica, upozoriti druge i savjetovati vas kako očistiti uređaj.
route-optional-csirt-citizen = Neobavezno: pomaže zaštititi druge, ali ne zamjenjuje kaznenu prijavu policiji.

## Legal bases: Union acts are cited by type and number (EUR-Lex form); national citations keep the national act's own wording

law-regulation = Uredba (EU) { $number }
law-directive = Direktiva (EU) { $number }
law-delegated-regulation = Delegirana uredba Komisije (EU) { $number }
law-article = čl. { $article }
law-transposing = { $national } – tim se propisom prenosi { $eu }
law-not-transposed = { $eu }. Nije potvrđeno da { $country } ima nacionalni propis na snazi kojim je prenesena: nacionalna pravila mogu se razlikovati.
