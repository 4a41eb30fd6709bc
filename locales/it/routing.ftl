## Routing: why each step is recommended (ids referenced from content/routing.toml)

route-why-police-people = Se qualcuno la minaccia, la molesta o la sfrutta, o se è coinvolto un minore, la prima cosa da fare è rivolgersi alla polizia. Non paghi e non tratti: conservi i messaggi come prove.
route-why-helpline = Non deve affrontare tutto questo senza aiuto: questi servizi la ascoltano, la consigliano e possono aiutarla a far rimuovere immagini o contenuti.
route-why-nis2-early-warning = In quanto soggetto essenziale o importante, deve inviare un preallarme al suo CSIRT o all’autorità competente entro 24 ore da quando è venuto a conoscenza di un incidente significativo.
route-why-nis2-notification = Entro 72 ore, faccia seguire la notifica dell’incidente: valutazione iniziale, gravità, impatto e indicatori di compromissione.
route-why-nis2-final = Entro un mese dalla notifica dell’incidente, invii la relazione finale: descrizione dettagliata, causa di fondo, misure adottate e impatto transfrontaliero.
route-why-gdpr-controller = Sono coinvolti dati personali di altre persone, quindi la sua organizzazione è titolare del trattamento: notifichi la violazione all’autorità per la protezione dei dati entro 72 ore, a meno che sia improbabile che presenti un rischio per qualcuno. Se il rischio per le persone interessate è elevato, informi anche loro.
route-why-police-money = Denunci la truffa alla polizia. La sua banca o la sua assicurazione potrebbero chiederle il numero della denuncia.
route-why-platform = Usi le pagine ufficiali di recupero e di segnalazione del servizio interessato (mai link che le sono stati inviati). Segnali l’account o il contenuto, così la piattaforma può bloccarlo.
route-why-phishing-report = Inoltri il messaggio sospetto all’indirizzo nazionale per le segnalazioni: aiuta a bloccare il sito falso per tutti.
route-why-ecc = Il venditore si trova in un altro paese: il Centro europeo dei consumatori del suo paese la aiuta gratuitamente nelle controversie transfrontaliere.
route-why-consumer = Segnali il venditore all’autorità per la tutela dei consumatori: può intervenire contro i negozi falsi e mettere in guardia altre persone.
route-why-csirt-business = Il CSIRT nazionale può aiutare la sua organizzazione a contenere l’attacco e a ripristinare le attività, e impara dalla sua segnalazione per avvisare altri.
route-why-dpa-citizen = I suoi dati sono trapelati da un’azienda. Lei non deve avvisare nessuno entro una scadenza: quest’obbligo spetta all’azienda. Se pensa che i suoi dati non fossero protetti o che l’azienda non l’abbia informata, può presentare un reclamo all’autorità per la protezione dei dati.
route-why-police-crime = Questo è un reato in tutti i paesi dell’UE. Una denuncia alla polizia crea una traccia ufficiale e può aiutare le indagini.
route-why-unsure = Non sa bene che cosa è successo? La polizia può raccogliere la sua denuncia e indirizzarla al servizio giusto. Conservi tutto come prova.
