## Shell: skip link, header, navigation, footer

shell-skip-link = Vai al contenuto principale
shell-site-name = cyberhelp
shell-tagline = Aiuto dopo un attacco informatico
shell-nav-label = Menu principale
shell-nav-home = Home
shell-nav-advice = Consigli
shell-nav-bulletins = Minacce in corso
shell-nav-report = Segnala un incidente
shell-nav-search = Cerca
shell-language-label = Lingua
shell-language-submit = Cambia
shell-footer-emergency = È in pericolo adesso? Chiami il 112, il numero di emergenza in tutti i paesi dell’UE.
shell-footer-never-ask = Non le chiederemo mai password, pagamenti o l’accesso remoto al suo dispositivo. Chi lo fa non siamo noi.
shell-footer-privacy = Nessun tracciamento, nessuna richiesta a terzi: questo sito non carica nulla da altri siti.
shell-footer-source = Software libero, installabile sui propri server.
shell-footer-licence = I nostri testi sono pubblicati con licenza CC BY 4.0: puoi riutilizzarli liberamente citando cyberhelp.
shell-footer-feeds = Avvisi sulle minacce come feed Atom

## Home page

home-title = Aiuto dopo un attacco informatico
home-lead = Le hanno violato un account, ha pagato un negozio online falso, un ransomware ha colpito la sua azienda? Scopra cosa fare adesso, chi avvisare ed entro quando.
home-emergency = Se è in pericolo adesso, chiami il 112.
home-tasks-heading = Di cosa ha bisogno?
home-task-advice = Ricevere consigli
home-task-advice-desc = Aiuto passo per passo per quello che le è successo.
home-task-bulletins = Vedere le minacce in corso
home-task-bulletins-desc = Truffe e attacchi in corso in questo momento, e cosa fare.
home-task-report = Segnalare un incidente
home-task-report-desc = Avvisi una sola volta le autorità giuste e scopra chi se ne occupa ed entro quando.
home-incidents-heading = Che cosa è successo?
home-bulletins-heading = Minacce attive
home-bulletins-people = Truffe in corso
home-bulletins-organisations = Per i responsabili IT delle organizzazioni: vulnerabilità attivamente sfruttate
home-bulletins-empty = Al momento non ci sono avvisi di minacce attivi.
home-bulletins-all = Tutti gli avvisi sulle minacce

## Errors

error-title-prefix = Errore: { $title }

error-not-found-title = Pagina non trovata
error-not-found-body = Non abbiamo trovato questa pagina. L’indirizzo potrebbe essere sbagliato, oppure la pagina è stata spostata.
error-not-found-home = Vai alla home page
error-internal-title = Qualcosa è andato storto
error-internal-body = L’errore è nostro, non suo. Riprovi tra un momento.
error-bad-request-title = Non siamo riusciti a capire questa richiesta
error-too-large-title = Quello che ha inviato è troppo grande
error-too-large-back = Usi il pulsante Indietro del browser: il modulo conserva quello che ha scritto. Poi accorci la descrizione e la invii di nuovo.
error-rate-limited = Troppe richieste dalla tua connessione in poco tempo. Attendi un minuto e riprova.
stats-title = Statistiche aperte
stats-lead = Quante segnalazioni ha ricevuto questo portale, su quali temi e in quanto tempo i destinatari ne hanno confermato la ricezione. Solo numeri: da questi non è possibile riconoscere nessuna segnalazione.
stats-empty = Non è ancora arrivata nessuna segnalazione, quindi non c’è nulla da contare.
stats-unavailable = Al momento non è possibile mostrare le statistiche. Riprovi tra qualche minuto.
stats-withheld = oscurato
stats-chart-title = Segnalazioni ricevute per mese
stats-chart-caption = Segnalazioni ricevute per mese (UTC). Gli stessi numeri sono riportati nella tabella qui sotto.
stats-per-month = Segnalazioni per mese
stats-category = Categoria
stats-breakdowns = Segnalazioni per mese, in dettaglio
stats-by-incident = Per tipo di incidente
stats-by-country = Per paese
stats-by-victim = Per chi ha inviato la segnalazione
stats-deliveries = Consegne ai destinatari
stats-no-deliveries = Nessuna segnalazione è stata ancora consegnata a un destinatario.
stats-deliveries-caption = Segnalazioni inviate a ciascun tipo di destinatario, tutti i mesi insieme
stats-recipient-kind = Tipo di destinatario
stats-delivered = Consegnate
stats-acknowledged = Confermate dal destinatario
stats-failed = Consegna non riuscita
stats-median-ack = Tempo mediano fino alla conferma
stats-hours = { $hours } h
stats-method = I numeri inferiori a { $threshold } (escluso lo zero) sono oscurati; quando un numero oscurato si potrebbe ricavare dal totale del mese, vengono oscurati anche altri numeri. I conteggi usano solo il mese, il tipo di incidente, il paese, la categoria di chi ha inviato la segnalazione e il tipo di destinatario: queste informazioni restano conservate quando i dati personali di una segnalazione vengono cancellati.
stats-api = Gli stessi numeri in formato JSON
