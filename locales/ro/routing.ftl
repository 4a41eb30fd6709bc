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

## Money that can still be stopped

route-why-card-block = Blocați cardul acum: sunați la numărul de pe spatele cardului sau din aplicația băncii ori la linia națională de blocare a cardurilor. Blocarea oprește alte plăți cu cardul, dar nu poate aduce înapoi un transfer deja făcut.
route-why-payment-recall-urgent = Banii au plecat acum mai puțin de o zi: sunați imediat la linia pentru fraude a băncii dumneavoastră (numărul din aplicația băncii sau de pe card, niciodată unul primit într-un mesaj) și cereți oprirea sau rechemarea plății. Contează fiecare oră.
route-why-payment-recall = Sunați la linia pentru fraude a propriei bănci (numărul din aplicația băncii sau de pe card, niciodată unul primit într-un mesaj): cereți oprirea sau rechemarea plății și securizarea contului. Dacă nu ați autorizat plata, cereți în scris rambursarea banilor.
route-why-bank-access = Cineva ar putea ajunge la contul dumneavoastră bancar prin numărul de telefon sau prin calculator: sunați acum la linia pentru fraude a băncii, ca să poată supraveghea sau bloca accesul, chiar dacă încă nu au plecat bani.

## Reports

route-why-police-stolen = Dacă dispozitivul a fost furat, depuneți o plângere la poliție: veți avea nevoie de numărul plângerii pentru asigurător și pentru operator. Pierderea unui dispozitiv nu este o infracțiune, așa că, dacă doar l-ați pierdut, nu aveți ce reclama.
route-why-financial-regulator = Autoritatea de supraveghere financiară ține o listă cu firmele care nu au voie să ofere investiții și avertizează publicul despre ele. Raportați firma și verificați avertismentele autorității înainte de a mai plăti ceva: escrocii revin adesea dându-se drept servicii de „recuperare” a banilor.
route-why-illegal-content-minor = Imaginile sau mesajele care exploatează sexual un copil sunt ilegale peste tot: raportați-le acestui serviciu, ca să fie eliminate și investigate. Nu le redirecționați și nu păstrați copii.
route-why-ncii = Dacă imagini intime cu dumneavoastră au fost distribuite sau cineva amenință că le distribuie, acest serviciu vă poate ajuta să le blocați sau să le eliminați, fără să trimiteți imaginile cuiva.
route-why-assistance = Acest serviciu ajută gratuit victime ca dumneavoastră: vă explică ce să faceți, vă pune în legătură cu ajutor verificat din apropiere și vă spune unde să raportați.
route-why-victim-support = E greu să fii înșelat sau amenințat. Acest serviciu gratuit și confidențial sprijină victimele infracțiunilor, indiferent dacă depuneți sau nu plângere la poliție.
route-why-outside-police = Nu avem serviciile acestei țări. Depuneți plângere la poliția locală și cereți un număr de înregistrare în scris: banca și asigurătorul vi-l pot cere.
route-why-outside-national = Această țară are un serviciu național pentru raportarea infracțiunilor online.

## Why a step is optional

route-optional-complaint = Opțional: dacă nu ați pierdut nimic, decideți dumneavoastră dacă depuneți plângere la poliție; asta o ajută să vadă escrocheriile care vizează multe persoane.
route-optional-stolen = Doar dacă dispozitivul a fost furat.
route-optional-consumer = Opțional: nu vă aduce banii înapoi, dar ajută la oprirea magazinului și la avertizarea altora.
route-optional-ncii = Opțional: folosiți-l dacă vreți ca imaginile să fie eliminate sau blocate.
route-optional-csirt = Opțional pentru organizația dumneavoastră: nu aveți o obligație legală decât dacă sunteți entitate NIS2, dar CSIRT-ul vă poate ajuta și îi poate avertiza pe alții.
route-optional-gdpr-complaint = Opțional: puteți depune o plângere, nu aveți niciun termen.
route-optional-victim-support = Opțional: contactați-l oricând simțiți nevoia să vorbiți cu cineva.

## Legal duties (content/laws/)

route-why-nis2-trust = Ca prestator de servicii de încredere, trebuie să trimiteți notificarea incidentului în termen de 24 de ore, nu de 72, de la momentul în care ați aflat de un incident semnificativ care vă afectează serviciile de încredere.
route-why-gdpr-processor = Prelucrați aceste date pentru o altă organizație (sunteți persoana împuternicită de operator): informați operatorul fără întârzieri nejustificate. Operatorul, nu dumneavoastră, decide dacă notifică autoritatea de protecție a datelor.
route-why-gdpr-record = Discul era criptat puternic, iar cheia este în siguranță, așa că este puțin probabil ca încălcarea să pună pe cineva în pericol și nu trebuie notificată. Consemnați-o în propriul registru al încălcărilor: faptele, efectele și ce ați făcut. Dacă s-a pierdut și cheia sau criptarea era slabă, notificați în termen de 72 de ore.
route-why-dora-initial = Ca entitate financiară care intră sub incidența DORA, trimiteți autorității de supraveghere notificarea inițială a unui incident major legat de TIC în termen de 4 ore de la clasificarea lui ca major și cel târziu la 24 de ore după ce ați aflat de el.
route-why-dora-intermediate = Trimiteți raportul intermediar în termen de 72 de ore de la notificarea inițială.
route-why-dora-final = Trimiteți raportul final în termen de o lună de la ultimul raport intermediar.
route-why-ch-isa = Operatorii de infrastructuri critice trebuie să raporteze un atac cibernetic Centrului Național pentru Securitate Cibernetică în termen de 24 de ore de la descoperirea lui.
route-why-ch-isa-completion = Dacă primul raport a fost incomplet, completați-l în termen de 14 zile.
route-why-ch-fadp-breach = Dacă încălcarea poate genera un risc ridicat pentru persoanele vizate, raportați-o cât mai repede Comisarului Federal pentru Protecția Datelor și Transparență.
route-why-gb-ukgdpr = Sunt afectate datele personale ale altor persoane: raportați încălcarea autorității britanice de protecție a datelor (Information Commissioner's Office) în termen de 72 de ore de la momentul în care ați aflat de ea, cu excepția cazului în care este puțin probabil să pună pe cineva în pericol.
route-why-gb-nis = Ca operator de servicii esențiale, notificați autoritatea competentă despre un incident cu impact semnificativ asupra serviciului dumneavoastră, în termen de 72 de ore de la momentul în care ați aflat de el.
route-why-is-nis = Ca operator de servicii esențiale, notificați CERT-IS despre un incident semnificativ, fără întârzieri nejustificate.
route-why-no-dsa = Ca furnizor de servicii esențiale, notificați Autoritatea Națională de Securitate (NSM) despre un incident semnificativ în termen de 24 de ore.
route-why-csirt-citizen = CSIRT-ul național primește sesizări și de la persoane fizice: poate cere închiderea site-urilor false, îi poate avertiza pe alții și vă poate sfătui cum să vă curățați dispozitivul.
route-optional-csirt-citizen = Opțional: ajută la protejarea altora, dar nu înlocuiește plângerea la poliție.

## Legal bases: Union acts are cited by type and number (EUR-Lex form); national citations keep the national act's own wording

law-regulation = Regulamentul (UE) { $number }
law-directive = Directiva (UE) { $number }
law-delegated-regulation = Regulamentul delegat (UE) { $number } al Comisiei
law-article = art. { $article }
law-transposing = { $national }, care transpune { $eu }
law-not-transposed = { $eu }. Nu este confirmat că în { $country } este în vigoare un act normativ național de transpunere: regulile naționale pot fi diferite.
