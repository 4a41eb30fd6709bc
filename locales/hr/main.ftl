## Shell: skip link, header, navigation, footer

shell-skip-link = Preskoči na glavni sadržaj
shell-site-name = cyberhelp
shell-tagline = Pomoć nakon kibernetičkog napada
shell-nav-label = Glavni izbornik
shell-nav-home = Početna
shell-nav-advice = Savjeti
shell-nav-bulletins = Aktualne prijetnje
shell-nav-report = Prijavite incident
shell-nav-search = Pretraživanje
shell-language-label = Jezik
shell-language-submit = Promijeni
shell-footer-emergency = Jeste li sada u opasnosti? Nazovite 112, broj za hitne slučajeve u svim zemljama EU-a.
shell-footer-never-ask = Nikada ne tražimo vaše lozinke, plaćanje ni daljinski pristup vašem uređaju. Tko to traži, nismo mi.
shell-footer-privacy = Bez praćenja i bez zahtjeva prema trećim stranama: ova stranica ne učitava ništa s drugih mjesta.
shell-footer-source = Slobodni softver koji možete pokrenuti na vlastitom poslužitelju.
shell-footer-licence = Naši su tekstovi objavljeni pod licencijom CC BY 4.0: slobodno ih koristite uz navođenje cyberhelpa.
shell-footer-feeds = Upozorenja o prijetnjama kao Atom feed

## Home page

home-title = Pomoć nakon kibernetičkog napada
home-lead = Netko vam je provalio u korisnički račun, platili ste u lažnoj internetskoj trgovini, ransomware je napao vašu tvrtku? Saznajte što sada učiniti, koga obavijestiti i do kada.
home-emergency = Ako ste sada u opasnosti, nazovite 112.
home-tasks-heading = Što vam treba?
home-task-advice = Potražite savjet
home-task-advice-desc = Pomoć korak po korak za ono što vam se dogodilo.
home-task-bulletins = Pogledajte aktualne prijetnje
home-task-bulletins-desc = Prijevare i napadi koji se događaju upravo sada i što možete učiniti.
home-task-report = Prijavite incident
home-task-report-desc = Obavijestite nadležna tijela samo jednom i saznajte tko se time bavi i do kada.
home-incidents-heading = Što se dogodilo?
home-bulletins-heading = Aktivne prijetnje
home-bulletins-people = Aktualne prijevare
home-bulletins-organisations = Za informatičare u organizacijama: ranjivosti koje se aktivno iskorištavaju
home-bulletins-empty = Trenutačno nema aktivnih upozorenja o prijetnjama.
home-bulletins-all = Sva upozorenja o prijetnjama

## Errors

error-title-prefix = Pogreška: { $title }

error-not-found-title = Stranica nije pronađena
error-not-found-body = Nismo pronašli ovu stranicu. Adresa je možda pogrešno upisana ili je stranica premještena.
error-not-found-home = Idi na početnu stranicu
error-internal-title = Nešto je pošlo po zlu
error-internal-body = Pogreška je naša, ne vaša. Pokušajte ponovno za koji trenutak.
error-bad-request-title = Nismo razumjeli ovaj zahtjev
error-too-large-title = Ono što ste poslali je preveliko
error-too-large-back = Upotrijebite gumb Natrag u pregledniku: obrazac zadržava ono što ste upisali. Zatim skratite opis i ponovno ga pošaljite.
error-rate-limited = Previše zahtjeva s vaše veze u kratkom vremenu. Pričekajte minutu i pokušajte ponovno.

## Open statistics

stats-title = Otvorena statistika
stats-lead = Koliko je prijava zaprimio ovaj portal, o čemu i koliko su brzo primatelji potvrdili njihov primitak. Samo brojke: iz njih se ne može prepoznati nijedna prijava.
stats-empty = Još nije zaprimljena nijedna prijava pa nema što brojiti.
stats-unavailable = Statistika se trenutačno ne može prikazati. Pokušajte ponovno za nekoliko minuta.
stats-withheld = povjerljivo
stats-chart-title = Zaprimljene prijave po mjesecima
stats-chart-caption = Zaprimljene prijave po mjesecima (UTC). Isti su brojevi navedeni u tablici u nastavku.
stats-per-month = Prijave po mjesecima
stats-category = Kategorija
stats-breakdowns = Prijave po mjesecima, po vrstama
stats-by-incident = Prema vrsti incidenta
stats-by-country = Prema zemlji
stats-by-victim = Prema tome tko je podnio prijavu
stats-deliveries = Dostava primateljima
stats-no-deliveries = Još nijedna prijava nije dostavljena primatelju.
stats-deliveries-caption = Prijave poslane pojedinoj vrsti primatelja, za sve mjesece ukupno
stats-recipient-kind = Vrsta primatelja
stats-delivered = Dostavljeno
stats-acknowledged = Primatelj je potvrdio primitak
stats-failed = Dostava nije uspjela
stats-median-ack = Medijan vremena do potvrde
stats-hours = { $hours } h
stats-method = Brojevi manji od { $threshold } (osim nule) povjerljivi su i ne objavljuju se, a ako bi se takav broj mogao izračunati iz ukupnog broja za mjesec, ne objavljuju se ni drugi brojevi uz njega. Brojevi se temelje samo na mjesecu, vrsti incidenta, zemlji, tome tko je podnio prijavu i vrsti primatelja; ti se podaci zadržavaju i nakon što se iz prijave izbrišu osobni podaci.
stats-api = Isti brojevi u formatu JSON
