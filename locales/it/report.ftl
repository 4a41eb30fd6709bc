## Report form

report-title = Segnala un incidente
report-lead = Quattro domande sono obbligatorie; tutto il resto è facoltativo. Prima di inviare qualsiasi cosa, le mostriamo chi riceverà la sua segnalazione e decide lei.
report-never-ask = Non le chiederemo mai le sue password, pagamenti o l’accesso al suo dispositivo. Non scriva password in questo modulo.
report-required-note = I campi contrassegnati con * sono obbligatori.
report-section-who = Chi è
report-section-what = Che cosa è successo
report-section-money = Denaro e dati
report-section-contact = Come contattarla
report-field-country = Paese in cui vive o in cui ha sede la sua organizzazione *
report-field-country-choose = Scelga un paese
report-field-country-other = Un altro paese
report-field-victim = Chi è? *
report-victim-citizen = Un privato cittadino
report-victim-business = Un’impresa o un’organizzazione
report-victim-essential-entity = Un soggetto essenziale ai sensi della NIS2 (ad es. energia, trasporti, sanità, acqua potabile, infrastrutture digitali)
report-victim-important-entity = Un soggetto importante ai sensi della NIS2 (ad es. servizi postali, rifiuti, sostanze chimiche, alimenti, fabbricazione, fornitori di servizi digitali)
report-field-incident = Che cosa è successo? *
report-field-incident-choose = Scegli cosa è successo
report-incident-unknown = Non lo so
report-field-description = Descriva con parole sue che cosa è successo *
report-field-description-hint = Che cosa ha visto, che cosa ha fatto e che cosa è successo dopo. Almeno 10 caratteri.
report-field-started = Quando è iniziato? (facoltativo)
report-field-aware = Quando l’ha notato? (facoltativo; le scadenze di legge decorrono da questo momento)
report-field-dates-hint = Ora locale del paese che ha scelto sopra. Lasci vuoto se non lo sa.
report-field-ongoing = È ancora in corso
report-field-money-lost = Ho perso denaro, oppure ho dato i dati della mia carta o del mio conto
report-field-amount = Importo perso (facoltativo)
report-field-currency = Valuta
report-field-personal-data = Sono coinvolti dati personali di altre persone (clienti, personale, pazienti)
report-field-minor = È coinvolto un bambino o un adolescente
report-field-cross-border = Il venditore o l’altra persona si trova in un altro paese
report-field-email = E-mail (facoltativo)
report-field-phone = Telefono (facoltativo)
report-field-anonymous = Segnala in forma anonima (senza recapiti)
report-contact-hint = Indichi un recapito solo se accetta che le autorità da lei scelte la contattino.
report-evidence-title = Prove che conserva (facoltativo)
report-evidence-body = Elenchi ciò che conserva: screenshot, messaggi, e-mail salvate come file, estratti conto, lettere. Non viene caricato nulla: i file restano presso di lei finché la polizia o un CSIRT non li richiede. Non indichi mai password o codici.
report-evidence-guide = Che cosa conservare per questo tipo di incidente, e come
report-evidence-name = Nome del file o di che cosa si tratta
report-evidence-note = La sua nota (dove si trova, che cosa mostra)
report-evidence-pick = Aggiungi file da questo dispositivo
report-evidence-pick-hint = Per ogni file vengono aggiunti all’elenco il nome, la dimensione, la data e l’impronta digitale SHA-256. I file vengono letti solo sul suo dispositivo e non vengono mai caricati. L’impronta permette a chiunque di verificare in seguito che un file sia esattamente quello che lei ha elencato.
report-evidence-working = Calcolo dell’impronta digitale di { $name }…
report-evidence-done = Il file { $name } è stato aggiunto con la sua impronta digitale. Resta sul suo dispositivo.
report-evidence-too-large = Il file { $name } supera { $size }, quindi è stato aggiunto senza impronta digitale. Può calcolarla su un computer: sha256sum su Linux, shasum -a 256 su macOS, certutil -hashfile con SHA256 su Windows.
report-evidence-unavailable = Questo browser non può calcolare impronte digitali su questa pagina; il file è stato aggiunto solo con nome, dimensione e data.
report-evidence-full = L’elenco è pieno ({ $max } voci).
report-honeypot = Lasci vuoto questo campo
report-preview-button = Mostra chi riceverà la mia segnalazione
report-send-button = Invia la segnalazione
report-edit-hint = Può ancora modificare le risposte qui sopra e mostrare di nuovo i destinatari.
report-preview-title = Chi dovrebbe ricevere la sua segnalazione
report-preview-lead = In quest’ordine. Spunti gli enti a cui vuole che inviamo la sua segnalazione; vale comunque la pena di fare da sé gli altri passi.
report-preview-uncovered = Non abbiamo ancora punti di contatto per questo paese.
report-consent = Invia ora la mia segnalazione a: { $name }
report-consent-unavailable = Non possiamo inviarla noi al suo posto: li contatti direttamente.
report-deadline = Scadenza di legge: entro { $hours } ore
report-deadline-at = entro il { $date }
report-legal-basis = Base giuridica: { $basis }
report-contact-website = Sito web
report-contact-form = Modulo online
report-contact-email = E-mail
report-contact-phone = Telefono
report-contact-source = Fonte
report-contact-unverified = Verifichi questo canale sul sito dell’autorità: non abbiamo potuto confermarlo da una fonte ufficiale.
report-step-bank = La sua banca o il numero per il blocco della carta
report-step-police = Polizia
report-step-csirt = CSIRT (squadra nazionale di risposta agli incidenti di sicurezza informatica)
report-step-dpa = Autorità per la protezione dei dati
report-step-consumer = Centro o autorità per la tutela dei consumatori
report-step-regulator = Autorità competente
report-step-helpline = Servizio di ascolto e supporto
report-step-platform = Il servizio o la piattaforma interessati
report-no-contact = Usi il numero sul retro della carta oppure l’app o il sito ufficiale della sua banca.
report-errors-title = Controlli queste risposte
report-error-country-required = Scelga un paese.
report-error-country-invalid = Scelga un paese dall’elenco.
report-error-victim-required = Ci dica chi è.
report-error-incident-required = Ci dica che cosa è successo, oppure scelga «Non lo so».
report-error-invalid-choice = Scelga una delle opzioni.
report-error-description-required = Descriva che cosa è successo.
report-error-description-short = Scriva ancora qualcosa (almeno 10 caratteri).
report-error-description-long = Accorci la descrizione a 5000 caratteri.
report-error-control-chars = Togli i caratteri di controllo invisibili da questo campo.
report-error-evidence-too-many = Indichi al massimo 50 prove.
report-error-evidence-too-long = Un nome o una nota nell’elenco delle prove è troppo lungo: al massimo 255 caratteri per un nome e 500 per una nota.
report-error-evidence-invalid = Una voce dell’elenco delle prove ha una dimensione, una data o un’impronta digitale non valida. La tolga e aggiunga di nuovo il file.
report-error-date-invalid = Inserisca una data come 2026-11-29 oppure lasci vuoto il campo.
report-error-date-future = Questa data è nel futuro.
report-error-aware-before-start = Non può averlo notato prima che iniziasse.
report-error-amount-invalid = Inserisca un importo come 250 o 250,50.
report-error-currency-invalid = Scelga una valuta.
report-error-email-invalid = Inserisca un indirizzo e-mail come nome@example.org, oppure lasci vuoto il campo.
report-error-phone-invalid = Inserisca un numero di telefono da 6 a 20 cifre, oppure lasci vuoto il campo.
report-error-anonymous-with-contact = Ha chiesto l’anonimato: cancelli i suoi recapiti oppure tolga la spunta da «Segnala in forma anonima».
report-error-bad-request = Non siamo riusciti a leggere i dati inviati. Torni indietro e riprovi.
report-error-no-recipient = Non è stato inviato nulla: non ha spuntato nessun destinatario. Ne spunti almeno uno qui sotto, oppure conservi la segnalazione solo come sua copia personale.
report-record-button = Conservala solo come mia copia personale (non inviare nulla)
report-draft-sent = Questa segnalazione è già stata inviata. Il suo numero di riferimento è { $reference }.
report-draft-receipt = Visualizza la ricevuta
report-draft-new = Inizia una nuova segnalazione
report-draft-expired = Questa pagina è scaduta: per tutelare la sua privacy, quanto ha scritto viene conservato al massimo per 2 ore dall’ultima volta che ha mostrato i destinatari. Compili di nuovo il modulo.
report-step-later-duty = Da inviare più avanti: quando sarà il momento, la invii lei indicando il suo numero di riferimento. Ora non la inviamo.
report-step-clocks = Scadenze di legge per questo destinatario
report-error-rate-limited = Troppe segnalazioni dalla sua connessione in poco tempo. Attenda un minuto e riprovi.

## Receipt and status

receipt-title = Abbiamo ricevuto la sua segnalazione
receipt-title-record = Conservata come sua copia personale: non è stato inviato nulla
receipt-record-lead = Nessuno ha ricevuto questa segnalazione. Per segnalare l’accaduto, contatti direttamente gli enti indicati qui sotto, servendosi di quanto ha scritto in questa pagina.
receipt-reference = Il suo numero di riferimento
receipt-reference-hint = Lo annoti o stampi questa pagina. Lo comunichi quando un’autorità le chiede della sua segnalazione.
receipt-token = Il suo codice personale di stato
receipt-token-hint = Insieme al numero di riferimento, questo codice le permette di vedere lo stato della sua segnalazione. Non lo comunichi a nessuno.
receipt-received = Ricevuta il { $date }
receipt-steps = Che cosa succede ora
receipt-state-queued = In attesa di invio
receipt-state-sent = Inviata
receipt-state-acknowledged = Confermata dal destinatario
receipt-state-failed = Non è stato possibile consegnarla
receipt-state-not-sent = Non inviata da noi: li contatti lei direttamente
receipt-download-json = Scarica una copia (JSON)
receipt-print = Stampa questa pagina
receipt-status-link = Pagina dello stato
receipt-your-report = Che cosa ha segnalato
receipt-manual-title = Non consegnata automaticamente
receipt-manual-deadline = Per rispettare la scadenza di legge, segnali lei direttamente l’accaduto a questo ente entro il { $date }, tramite uno dei canali indicati qui sotto, e comunichi il suo numero di riferimento.
receipt-manual-act = Li contatti lei direttamente tramite uno dei canali indicati qui sotto e comunichi il suo numero di riferimento.
receipt-manual-deadline-find = Per rispettare la scadenza di legge, segnali lei direttamente l’accaduto entro il { $date }. Non abbiamo un canale confermato per questo ente: lo cerchi sul sito ufficiale dell’autorità e comunichi il suo numero di riferimento.
receipt-manual-find = Non abbiamo un canale confermato per questo ente: lo cerchi sul sito ufficiale dell’autorità, li contatti lei direttamente e comunichi il suo numero di riferimento.
receipt-manual-not-chosen = Non ci ha chiesto di inviarla a questo destinatario.
receipt-manual-no-channel = Non abbiamo modo di inviarla noi al suo posto.
receipt-private-title = Da tenere riservato
receipt-print-hint = Se stampa questa pagina, il suo codice personale di stato non compare.
receipt-flags = Ci ha inoltre indicato
receipt-evidence = Prove che conserva
receipt-evidence-hint = I file non sono stati inviati; li conservi senza modificarli. Un file la cui impronta digitale SHA-256 corrisponde ancora è esattamente quello che ha elencato.
receipt-evidence-modified = ultima modifica il { $date }
receipt-zone-hint = Gli orari sono indicati nel fuso orario di { $zone }; in UTC: { $utc }.
status-title = Stato della sua segnalazione
status-lead = Inserisca il numero di riferimento e il codice personale di stato indicati nella sua ricevuta. Non serve un account.
status-field-reference = Numero di riferimento
status-field-token = Codice personale di stato
status-submit = Mostra lo stato
status-not-found = Non abbiamo trovato nessuna segnalazione con questo numero di riferimento e questo codice. Li controlli entrambi e riprovi.

## Delivery: status notes on the receipt, and the recipients' confirmation page
receipt-note-waiting-setup = Questo portale non è ancora configurato per inviare segnalazioni a questo destinatario. La sua segnalazione è conservata e sarà inviata appena lo sarà; può anche contattarli direttamente.
receipt-note-retrying = L'invio non è ancora riuscito. Riproviamo automaticamente.
receipt-note-failed = Li contatti direttamente indicando il suo numero di riferimento.
delivery-ack-title = Conferma la ricezione
delivery-ack-intro = Confermi che la sua organizzazione ha ricevuto la segnalazione { $reference }. Chi l'ha inviata lo vedrà nella sua pagina di stato.
delivery-ack-button = Conferma la ricezione
delivery-ack-done = Grazie. La ricezione della segnalazione { $reference } è confermata.
delivery-ack-invalid = Questo link di conferma non è valido. Usi il link dell'e-mail esattamente come è stato inviato.
delivery-status-title = Comunichi a chi ha inviato la segnalazione a che punto è la pratica
delivery-status-lead = Chi ha inviato la segnalazione vedrà il suo aggiornamento nella propria pagina di stato, con il numero di pratica e il messaggio. Scriva solo testo semplice; non includa dati personali di altre persone.
delivery-status-state = Stato
delivery-status-reference = Il suo numero di pratica (facoltativo)
delivery-status-outcome = Esito (facoltativo)
delivery-status-message = Messaggio per chi ha inviato la segnalazione (facoltativo, al massimo 2000 caratteri)
delivery-status-button = Invia l’aggiornamento
delivery-status-done = Grazie. Il suo aggiornamento sulla segnalazione { $reference } è stato registrato; chi l’ha inviata lo vede nella propria pagina di stato.
delivery-status-back = Torna al modulo
delivery-status-error-unknown-state = Scelga uno degli stati dell’elenco.
delivery-status-error-unknown-outcome = Scelga uno degli esiti dell’elenco, oppure nessuno.
delivery-status-error-message-too-long = Il messaggio è troppo lungo: al massimo 2000 caratteri.
delivery-status-error-field-too-long = Il numero di pratica è troppo lungo: al massimo 100 caratteri.
delivery-status-error-control-characters = Tolga i caratteri di controllo invisibili dal numero di pratica o dal messaggio.
delivery-status-error-state-backwards = Questa segnalazione è già in uno stato successivo; non è possibile tornare a uno stato precedente.
delivery-status-error-not-delivered = Questa segnalazione non è stata consegnata alla sua organizzazione, quindi non c’è nulla da aggiornare.
delivery-status-error-unknown-delivery = Questo link non è valido. Usi il link dell’e-mail esattamente come è stato inviato.
recipient-state-received = Ricevuta dal destinatario
recipient-state-in-progress = Il destinatario se ne sta occupando
recipient-state-closed = Chiusa dal destinatario
recipient-outcome-advice-given = Consigli forniti
recipient-outcome-case-opened = È stata aperta una pratica
recipient-outcome-referred-elsewhere = Trasmessa a un altro ente
recipient-outcome-no-action-possible = Nessun intervento possibile
recipient-their-reference = numero di pratica del destinatario: { $reference }
recipient-updates = Che cosa le ha comunicato il destinatario

## Domande che decidono chi avvisare (mostrate dopo l’anteprima quando cambiano la risposta)

report-victim-public-body = Un ente pubblico (per esempio un comune o una scuola)
report-section-more = Ancora qualche domanda: le sue risposte cambiano chi deve avvisare
report-field-region = Regione
report-field-region-choose = Scelga la sua regione
report-field-sector = Settore della sua organizzazione
report-field-sector-hint = I soggetti NIS2 devono sceglierne uno; le banche e le altre entità finanziarie notificano ai sensi del DORA.
report-field-sector-none = Il mio settore non è nell’elenco / non lo so
report-sector-energy = Energia
report-sector-transport = Trasporti
report-sector-banking = Settore bancario
report-sector-financial-market-infrastructure = Infrastrutture dei mercati finanziari
report-sector-health = Sanità
report-sector-drinking-water = Acqua potabile
report-sector-waste-water = Acque reflue
report-sector-digital-infrastructure = Infrastrutture digitali
report-sector-ict-service-management = Gestione dei servizi TIC (servizi gestiti)
report-sector-public-administration = Pubblica amministrazione
report-sector-space = Spazio
report-sector-postal-courier = Servizi postali e di corriere
report-sector-waste-management = Gestione dei rifiuti
report-sector-chemicals = Sostanze chimiche
report-sector-food = Alimenti
report-sector-manufacturing = Fabbricazione
report-sector-digital-providers = Fornitori di servizi digitali (mercati online, motori di ricerca, social network)
report-sector-research = Ricerca
report-sector-trust-services = Servizi fiduciari (firme e sigilli elettronici, validazioni temporali)
report-field-role = Per i dati personali coinvolti, la sua organizzazione è
report-role-controller = il titolare del trattamento: decide perché e come vengono usati i dati
report-role-processor = un responsabile del trattamento: tratta i dati per conto di un’altra organizzazione
report-role-unsure = non lo so
report-field-device-encrypted = Il disco del dispositivo perso era cifrato in modo robusto e la password o la chiave sono al sicuro
report-field-payment = Come sono usciti i soldi?
report-payment-card = Con carta
report-payment-transfer = Con bonifico
report-payment-instant = Con bonifico istantaneo o app di pagamento
report-payment-crypto = In criptovalute
report-payment-cash = In contanti, buoni o carte regalo
report-payment-none = Non sono usciti soldi
report-field-payment-recent = Meno di 24 ore fa
report-field-self-approved = Ho autorizzato io il pagamento (per esempio durante una telefonata di un falso operatore della banca)
report-error-region-invalid = Scelga una regione del paese che ha indicato.
report-error-sector-required = Scelga il settore della sua organizzazione: da esso dipendono gli obblighi NIS2.
report-error-role-citizen = Un privato non può essere responsabile del trattamento: scelga «non lo so».
report-step-controller = L’organizzazione per conto della quale tratta i dati (il titolare del trattamento)
report-step-optional = Facoltativo
report-deadline-after-hours = Scadenza di legge: entro { $hours } ore dalla sua notifica precedente
report-deadline-after-months = Scadenza di legge: entro { $months ->
    [one] un mese
   *[other] { $months } mesi
} dalla sua notifica precedente
report-deadline-undue-delay = Obbligo di legge: senza ingiustificato ritardo
report-needs-region = Dipende dalla sua regione: la scelga qui sopra e mostri di nuovo i destinatari. Gli enti sono:
report-alternatives = È possibile anche:
report-field-notify = Avvisami via e-mail quando un destinatario aggiorna lo stato della mia segnalazione o mi fa una domanda
report-notify-hint = L’e-mail dice soltanto che ci sono novità, con il suo numero di riferimento e un link alla sua pagina di stato; non contiene mai la sua segnalazione né il messaggio del destinatario. Per leggerli le serve il suo codice personale di stato.
report-error-notify-without-email = Per ricevere e-mail sulle novità, indichi il suo indirizzo e-mail (e non segnali in forma anonima), oppure tolga la spunta da questa casella.
delivery-question-title = Faccia una domanda a chi ha inviato la segnalazione
delivery-question-lead = Chi ha inviato la segnalazione vedrà la sua domanda nella propria pagina di stato e potrà rispondere lì; la risposta le arriverà per la stessa via di questa segnalazione. Scriva testo semplice; chieda soltanto ciò che le serve per la pratica.
delivery-question-label = La sua domanda (al massimo 2000 caratteri)
delivery-question-button = Invia la domanda
delivery-question-done = Grazie. La sua domanda sulla segnalazione { $reference } è stata registrata; chi l’ha inviata la vede nella propria pagina di stato.
followup-error-empty = Il testo è vuoto: scriva prima qualcosa.
followup-error-too-long = Il testo è troppo lungo: una domanda può avere al massimo 2000 caratteri, una risposta al massimo 4000.
followup-error-field-too-long = L’identificativo della domanda è troppo lungo: al massimo 100 caratteri.
followup-error-control-characters = Tolga i caratteri di controllo invisibili dal testo.
followup-error-thread-closed = Il destinatario ha chiuso questa pratica, quindi non accetta più domande né risposte. Se c’è ancora qualcosa in sospeso, contatti direttamente il destinatario.
followup-error-already-answered = Questa domanda ha già una risposta diversa. Il suo testo è riportato qui sotto, così può conservarlo.
followup-error-not-delivered = Questa segnalazione non è stata consegnata alla sua organizzazione, quindi non c’è ancora nessuno a cui fare domande.
followup-error-unknown = Non abbiamo trovato questa domanda per questo numero di riferimento e questo codice personale di stato. Li controlli entrambi e apra di nuovo la sua pagina di stato.
status-questions-title = Domande per lei
status-questions-lead = Un destinatario della sua segnalazione le ha fatto una domanda. La sua risposta va solo al destinatario che l’ha posta, tramite lo stesso canale della sua segnalazione.
status-questions-from = { $name } chiede
status-question-asked = Domanda posta il { $date }
status-answer-label = La sua risposta
status-answer-hint = Testo semplice, al massimo 4000 caratteri. Può rispondere una sola volta a ciascuna domanda.
status-answer-hint-anonymous = Ha segnalato in forma anonima: la sua risposta viene inviata senza il suo nome né i suoi recapiti. Non li scriva nella risposta, a meno che non voglia che il destinatario li abbia.
status-answer-button = Invia la mia risposta
status-answer-yours = La sua risposta del { $date }
status-answer-state-queued = In attesa di invio
status-answer-state-sent = Inviata al destinatario
status-answer-state-failed = Non è stato possibile inviarla. Contatti direttamente il destinatario e comunichi il suo numero di riferimento.
status-answered-notice = Abbiamo ricevuto la sua risposta. Sarà inoltrata al destinatario che ha posto la domanda; lo stato dell’invio è indicato sotto la domanda.
status-thread-closed = Il destinatario ha chiuso la pratica: non si accettano più risposte.
status-answer-error-title = La sua risposta non è stata inviata
status-answer-back = Torna alla sua pagina di stato
notice-email-subject = Novità sulla sua segnalazione { $reference }
notice-email-body = Buongiorno,

    un destinatario della sua segnalazione { $reference } ha inviato un aggiornamento o una domanda.

    Per leggerlo, apra la sua pagina di stato e inserisca il codice personale di stato indicato nella ricevuta:
    { $status_url }

    Per la sua sicurezza, questa e-mail non contiene nulla della sua segnalazione. Non chiediamo mai password, codici o pagamenti. Per verificare che questa e-mail provenga davvero da noi, inserisca qui il suo numero di riferimento:
    { $verify_url }

    Riceve questa e-mail perché ha chiesto di ricevere avvisi sulle novità della sua segnalazione.

## Ritiro e conservazione (issue 19)
receipt-state-withdrawn = Ritirata prima dell’invio
delivery-status-error-withdrawn = Chi ha inviato questa segnalazione l’ha ritirata. Non è più possibile registrare nulla al riguardo; applichi alla copia che ha ricevuto le regole della sua organizzazione per le segnalazioni ritirate.
status-withdraw-title = Ritira questa segnalazione
status-withdraw-lead = Con il ritiro, la sua descrizione, i suoi recapiti, il suo elenco delle prove e i messaggi relativi a questa segnalazione vengono cancellati subito da questo portale. Ogni ente che ha ricevuto la segnalazione viene avvisato tramite lo stesso canale. Il ritiro non si può annullare.
status-withdraw-keep = Un ente che ha già ricevuto la segnalazione conserva la propria copia secondo le proprie regole: la polizia, per esempio, può essere obbligata per legge a conservare una denuncia. Per chiedere a un ente di cancellare la sua copia, lo contatti direttamente indicando il suo numero di riferimento.
status-withdraw-confirm = Ho capito che il ritiro non si può annullare
status-withdraw-button = Ritira la mia segnalazione
status-withdraw-error-confirm = Spunti la casella per confermare che vuole ritirare la segnalazione.
status-withdrawn-title = Segnalazione ritirata
status-withdrawn-done = La sua segnalazione è stata ritirata.
status-withdrawn-notice = Ha ritirato questa segnalazione il { $date }. I dati personali che conteneva sono stati cancellati da questo portale.
status-withdrawn-told = { $count ->
    [0] Nessun ente l’aveva ricevuta, quindi non c’è nessuno da avvisare.
    [one] L’unico ente che l’aveva ricevuta viene avvisato tramite il proprio canale.
    [many] I { $count } di enti che l’avevano ricevuta vengono avvisati, ciascuno tramite il proprio canale.
   *[other] I { $count } enti che l’avevano ricevuta vengono avvisati, ciascuno tramite il proprio canale.
}
status-withdrawal-notice = Avviso di ritiro:
status-purged-notice = I dati personali di questa segnalazione (la sua descrizione, i suoi recapiti, l’elenco delle prove e i messaggi che la riguardano) sono stati cancellati il { $date }, come previsto dall’informativa sulla privacy. Quello che resta è riportato qui sotto.
report-privacy-before = La sua segnalazione va solo agli enti che spunta. Che cosa conserviamo, per quanto tempo e quali sono i suoi diritti:
report-privacy-link = informativa sulla privacy
