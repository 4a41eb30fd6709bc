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

## Soldi che si possono ancora fermare

route-why-card-block = Blocchi subito la carta: chiami il numero sul retro della carta o nell’app della sua banca, oppure il numero nazionale per il blocco delle carte. Il blocco impedisce altri pagamenti con la carta, ma non può far tornare indietro un bonifico.
route-why-payment-recall-urgent = I soldi sono usciti meno di un giorno fa: chiami subito il servizio antifrode della sua banca (il numero nell’app della banca o sulla carta, mai uno ricevuto in un messaggio) e chieda di bloccare o richiamare il pagamento. Ogni ora conta.
route-why-payment-recall = Chiami il servizio antifrode della sua banca (il numero nell’app della banca o sulla carta, mai uno ricevuto in un messaggio): chieda di bloccare o richiamare il pagamento e di mettere in sicurezza il conto. Se non ha autorizzato il pagamento, chieda il rimborso per iscritto.
route-why-bank-access = Qualcuno potrebbe riuscire ad accedere al suo conto tramite il suo numero di telefono o il suo computer: chiami subito il servizio antifrode della sua banca perché possa controllare o bloccare l’accesso, anche se non è ancora uscito denaro.

## Denunce e segnalazioni

route-why-police-stolen = Se il dispositivo è stato rubato, denunci il furto alla polizia: il numero della denuncia le servirà per l’assicurazione e per l’operatore. Perdere un dispositivo non è un reato: se l’ha semplicemente perso, non c’è nulla da denunciare.
route-why-financial-regulator = L’autorità di vigilanza finanziaria tiene un elenco delle società non autorizzate a offrire investimenti e mette in guardia il pubblico. Segnali la società e consulti gli avvisi prima di pagare qualsiasi altra cosa: i truffatori spesso si ripresentano fingendosi servizi di «recupero» dei fondi.
route-why-illegal-content-minor = Le immagini o i messaggi che sfruttano sessualmente un minore sono illegali ovunque: li segnali a questo servizio perché vengano rimossi e si indaghi. Non li inoltri e non ne conservi copie.
route-why-ncii = Se sono state diffuse immagini intime che la riguardano, o qualcuno minaccia di diffonderle, questo servizio può aiutarla a bloccarle o a farle rimuovere senza che lei debba inviare le immagini a nessuno.
route-why-assistance = Questo servizio aiuta gratuitamente le vittime come lei: le spiega cosa fare, la mette in contatto con un aiuto affidabile vicino a lei e le indica dove sporgere denuncia.
route-why-victim-support = Subire una truffa o una minaccia è dura. Questo servizio gratuito e riservato sostiene le vittime di reato, che lei sporga denuncia o no.
route-why-outside-police = Non abbiamo i servizi di questo paese. Sporga denuncia alla polizia locale e chieda un numero di denuncia scritto: la sua banca e l’assicurazione potrebbero chiederlo.
route-why-outside-national = Questo paese ha un servizio nazionale per segnalare i reati online.

## Perché un passo è facoltativo

route-optional-complaint = Facoltativo: se non ha perso nulla, sta a lei decidere se denunciare; la denuncia aiuta la polizia a individuare le truffe che colpiscono molte persone.
route-optional-stolen = Solo se il dispositivo è stato rubato.
route-optional-consumer = Facoltativo: non le restituisce i soldi, ma aiuta a fermare il negozio e ad avvisare altri.
route-optional-ncii = Facoltativo: lo usi se vuole che le immagini vengano rimosse o bloccate.
route-optional-csirt = Facoltativo per la sua organizzazione: non c’è alcun obbligo di legge se non è un soggetto NIS2, ma il CSIRT può aiutarla e avvisare altri.
route-optional-gdpr-complaint = Facoltativo: può presentare un reclamo, per lei non c’è alcuna scadenza.
route-optional-victim-support = Facoltativo: lo contatti ogni volta che ha bisogno di parlare con qualcuno.

## Obblighi di legge (content/laws/)

route-why-nis2-trust = In quanto prestatore di servizi fiduciari, deve notificare l’incidente entro 24 ore da quando è venuto a conoscenza di un incidente significativo che incide sui suoi servizi fiduciari, non entro 72.
route-why-gdpr-processor = Lei tratta questi dati per conto di un’altra organizzazione (ne è il responsabile del trattamento): informi quel titolare del trattamento senza ingiustificato ritardo. È il titolare, non lei, a decidere se notificare l’autorità per la protezione dei dati.
route-why-gdpr-record = Il disco era cifrato in modo robusto e la chiave è al sicuro, quindi è improbabile che la violazione presenti un rischio per qualcuno e non occorre notificarla. La documenti nel suo registro delle violazioni: fatti, conseguenze e misure adottate. Se è andata persa anche la chiave, o la cifratura era debole, la notifichi entro 72 ore.
route-why-dora-initial = In quanto entità finanziaria soggetta a DORA, invii all’autorità di vigilanza la notifica iniziale di un incidente grave connesso alle TIC entro 4 ore dalla sua classificazione come grave e comunque non oltre 24 ore da quando ne è venuto a conoscenza.
route-why-dora-intermediate = Invii la relazione intermedia entro 72 ore dalla notifica iniziale.
route-why-dora-final = Invii la relazione finale entro un mese dall’ultima relazione intermedia.
route-why-ch-isa = I gestori di infrastrutture critiche devono segnalare un ciberattacco all’Ufficio federale della cibersicurezza (UFCS) entro 24 ore dalla scoperta.
route-why-ch-isa-completion = Se la sua prima segnalazione era incompleta, la completi entro 14 giorni.
route-why-ch-fadp-breach = Se la violazione comporta verosimilmente un rischio elevato per le persone interessate, la notifichi il prima possibile all’Incaricato federale della protezione dei dati e della trasparenza (IFPDT).
route-why-gb-ukgdpr = Sono coinvolti dati personali di altre persone: notifichi la violazione all’Information Commissioner’s Office (ICO) entro 72 ore da quando ne è venuto a conoscenza, a meno che sia improbabile che presenti un rischio per qualcuno.
route-why-gb-nis = In quanto operatore di servizi essenziali, notifichi alla sua autorità competente qualsiasi incidente con un impatto significativo sul servizio entro 72 ore da quando ne è venuto a conoscenza.
route-why-is-nis = In quanto operatore di servizi essenziali, notifichi a CERT-IS qualsiasi incidente significativo senza ingiustificato ritardo.
route-why-no-dsa = In quanto fornitore di un servizio essenziale, notifichi qualsiasi incidente significativo all’Autorità nazionale per la sicurezza norvegese (NSM) entro 24 ore.
route-why-csirt-citizen = Il CSIRT nazionale accoglie anche le segnalazioni dei privati: può far chiudere i siti falsi, avvisare altre persone e darti indicazioni per ripulire il dispositivo.
route-optional-csirt-citizen = Facoltativo: aiuta a proteggere gli altri, ma non sostituisce la denuncia.

## Legal bases: Union acts are cited by type and number (EUR-Lex form); national citations keep the national act's own wording

law-regulation = Regolamento (UE) { $number }
law-directive = Direttiva (UE) { $number }
law-delegated-regulation = Regolamento delegato (UE) { $number } della Commissione
law-article = art. { $article }
law-transposing = { $national }, di recepimento della { $eu }
law-not-transposed = { $eu }. Non risulta confermato che in questo paese ({ $country }) sia in vigore un atto nazionale di recepimento: le norme nazionali possono essere diverse.
