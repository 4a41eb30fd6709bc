## Routing: why each step is recommended (ids referenced from content/routing.toml)

route-why-police-people = Dacă cineva vă amenință, vă hărțuiește sau vă exploatează ori este implicat un copil, mai întâi anunțați poliția. Nu plătiți și nu negociați: păstrați mesajele ca dovezi.
route-why-helpline = Nu trebuie să treceți prin asta fără ajutor: aceste linii de sprijin vă ascultă, vă sfătuiesc și vă pot ajuta să eliminați imagini sau conținut.
route-why-nis2-early-warning = Ca entitate esențială sau importantă, trebuie să trimiteți o avertizare timpurie către CSIRT sau către autoritatea competentă în termen de 24 de ore de la momentul în care ați aflat de un incident semnificativ.
route-why-nis2-notification = În termen de 72 de ore, trimiteți notificarea incidentului: evaluarea inițială, gravitatea, impactul și indicatorii de compromitere.
route-why-nis2-final = În termen de o lună de la notificarea incidentului, trimiteți raportul final: descrierea detaliată, cauza principală, măsurile luate și impactul transfrontalier.
route-why-gdpr-controller = Sunt afectate datele personale ale altor persoane, deci organizația dumneavoastră este operator: notificați încălcarea autorității de protecție a datelor în termen de 72 de ore, cu excepția cazului în care este puțin probabil să pună pe cineva în pericol. Dacă riscul pentru persoanele afectate este ridicat, informați-le și pe ele.
route-why-police-money = Depuneți o plângere la poliție pentru fraudă. Banca sau asigurătorul vă pot cere numărul plângerii.
route-why-platform = Folosiți paginile oficiale de recuperare și de raportare ale serviciului în cauză (niciodată linkuri primite de la alții). Raportați contul sau conținutul, ca platforma să îl poată bloca.
route-why-phishing-report = Redirecționați mesajul suspect la adresa națională de raportare: așa ajutați la blocarea site-ului fals pentru toată lumea.
route-why-ecc = Vânzătorul se află în altă țară: Centrul European al Consumatorilor din țara dumneavoastră vă ajută gratuit în litigiile transfrontaliere.
route-why-consumer = Raportați comerciantul autorității pentru protecția consumatorilor: poate lua măsuri împotriva magazinelor false și îi poate avertiza pe alții.
route-why-csirt-business = CSIRT-ul național vă poate ajuta organizația să oprească răspândirea atacului și să își revină, iar din raportul dumneavoastră învață cum să îi avertizeze pe alții.
route-why-dpa-citizen = Datele dumneavoastră s-au scurs de la o firmă. Nu trebuie să anunțați pe nimeni într-un anumit termen: această obligație îi revine firmei. Dacă credeți că datele nu v-au fost protejate sau că firma nu v-a informat, puteți depune o plângere la autoritatea de protecție a datelor.
route-why-police-crime = Aceasta este o infracțiune în toate țările UE. O plângere la poliție creează o evidență oficială și poate ajuta o anchetă.
route-why-unsure = Nu știți sigur ce s-a întâmplat? Poliția vă poate primi plângerea și vă poate îndruma către serviciul potrivit. Păstrați totul ca dovadă.
