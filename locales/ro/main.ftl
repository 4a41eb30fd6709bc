## Shell: skip link, header, navigation, footer

shell-skip-link = Salt la conținutul principal
shell-site-name = cyberhelp
shell-tagline = Ajutor după un atac cibernetic
shell-nav-label = Meniu principal
shell-nav-home = Acasă
shell-nav-advice = Sfaturi
shell-nav-bulletins = Amenințări actuale
shell-nav-report = Raportați un incident
shell-nav-search = Căutare
shell-language-label = Limbă
shell-language-submit = Schimbați
shell-footer-emergency = Sunteți în pericol acum? Sunați la 112, numărul de urgență din toate țările UE.
shell-footer-never-ask = Nu vă cerem niciodată parole, plăți sau acces de la distanță la dispozitivul dumneavoastră. Cine face asta nu suntem noi.
shell-footer-privacy = Fără urmărire, fără cereri către terți: acest site nu încarcă nimic din altă parte.
shell-footer-source = Software liber, pe care îl puteți găzdui pe propriile servere.
shell-footer-licence = Textele noastre sunt publicate sub licența CC BY 4.0: le puteți reutiliza liber, menționând cyberhelp.
shell-footer-feeds = Alerte despre amenințări ca flux Atom

## Home page

home-title = Ajutor după un atac cibernetic
home-lead = V-a fost spart contul, ați plătit într-un magazin online fals, firma dumneavoastră a fost lovită de ransomware? Aflați ce să faceți acum, pe cine să anunțați și până când.
home-emergency = Dacă sunteți în pericol acum, sunați la 112.
home-tasks-heading = De ce aveți nevoie?
home-task-advice = Primiți sfaturi
home-task-advice-desc = Ajutor pas cu pas pentru ce vi s-a întâmplat.
home-task-bulletins = Vedeți amenințările actuale
home-task-bulletins-desc = Înșelătorii și atacuri care au loc chiar acum și ce puteți face.
home-task-report = Raportați un incident
home-task-report-desc = Anunțați o singură dată autoritățile potrivite și aflați cine se ocupă și până când.
home-incidents-heading = Ce s-a întâmplat?
home-bulletins-heading = Amenințări active
home-bulletins-people = Înșelătorii care circulă acum
home-bulletins-organisations = Pentru echipele IT ale organizațiilor: vulnerabilități exploatate activ
home-bulletins-empty = În acest moment nu există alerte active despre amenințări.
home-bulletins-all = Toate alertele despre amenințări

## Errors

error-title-prefix = Eroare: { $title }

error-not-found-title = Pagina nu a fost găsită
error-not-found-body = Nu am găsit această pagină. Poate adresa a fost scrisă greșit sau pagina a fost mutată.
error-not-found-home = Mergeți la pagina principală
error-internal-title = Ceva nu a mers bine
error-internal-body = Greșeala este a noastră, nu a dumneavoastră. Vă rugăm să încercați din nou peste puțin timp.
error-bad-request-title = Nu am putut înțelege această cerere
error-too-large-title = Ce ați trimis este prea mare
error-too-large-back = Folosiți butonul Înapoi al browserului: formularul păstrează ce ați scris. Apoi scurtați descrierea și trimiteți-o din nou.
error-rate-limited = Prea multe solicitări de la conexiunea dvs. într-un timp scurt. Așteptați un minut și încercați din nou.
stats-title = Statistici deschise
stats-lead = Câte rapoarte a primit acest portal, despre ce și cât de repede le-au confirmat destinatarii. Sunt doar cifre agregate: niciun raport nu poate fi recunoscut pe baza lor.
stats-empty = Nu a fost primit încă niciun raport, așa că nu există nimic de numărat.
stats-unavailable = Statisticile nu pot fi afișate în acest moment. Vă rugăm să încercați din nou peste câteva minute.
stats-withheld = confidențial
stats-chart-title = Rapoarte primite pe lună
stats-chart-caption = Rapoarte primite pe lună (UTC). Aceleași cifre se găsesc în tabelul de mai jos.
stats-per-month = Rapoarte pe lună
stats-category = Categorie
stats-breakdowns = Rapoarte pe lună, pe categorii
stats-by-incident = După tipul incidentului
stats-by-country = După țară
stats-by-victim = După cine a raportat
stats-deliveries = Transmiterea către destinatari
stats-no-deliveries = Încă nu a fost livrat niciun raport unui destinatar.
stats-deliveries-caption = Rapoarte trimise fiecărui tip de destinatar, toate lunile la un loc
stats-recipient-kind = Tipul destinatarului
stats-delivered = Livrate
stats-acknowledged = Confirmate de destinatar
stats-failed = Nu au putut fi livrate
stats-median-ack = Timpul median până la confirmare
stats-hours = { $hours } h
stats-method = Cifrele mai mici de { $threshold } (cu excepția lui zero) sunt confidențiale și nu se publică, iar acolo unde o cifră confidențială ar putea fi dedusă din totalul lunii, devin confidențiale și alte cifre. Cifrele se bazează doar pe lună, tipul incidentului, țară, cine a raportat și tipul destinatarului, date care se păstrează și după ștergerea datelor personale dintr-un raport.
stats-api = Aceleași cifre în format JSON
