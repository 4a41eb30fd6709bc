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
