## Tools: "Is this message a scam?" (/{lang}/check)

check-title = Questo messaggio è una truffa?
tool-busy = Verifica in corso…
check-lead = Incolli l’SMS, l’e-mail, il messaggio in chat, il link, il numero di telefono o l’indirizzo del mittente che ha ricevuto. Cerchiamo i segnali tipici di una truffa. Nulla di ciò che incolla viene conservato o inviato altrove: viene controllato su questo server e poi dimenticato.
check-field-text = Il messaggio, il link o l’indirizzo
check-field-text-hint = Lo incolli così come l’ha ricevuto. Non apra prima i link che contiene.
check-field-country = Il suo paese
check-submit = Controlla il messaggio
check-error-empty = Incolli il messaggio o il link da controllare.
check-truncated = Il messaggio è molto lungo: abbiamo controllato solo i primi { $chars } caratteri.
check-unchecked-links = Altri link che non abbiamo controllato: { $count }.
check-found-title = { $count ->
    [one] Abbiamo trovato un segnale di truffa
    [many] Abbiamo trovato { $count } di segnali di truffa
   *[other] Abbiamo trovato { $count } segnali di truffa
}
check-found-lead = Non clicchi sui link, non richiami i numeri indicati, non paghi nulla e non comunichi nessun codice o password.
check-none-title = Non abbiamo trovato segnali di truffa noti
check-none-lead = Questo non vuol dire che sia sicuro. I truffatori cambiano le parole ogni settimana. Se il messaggio le chiede di fare qualcosa, contatti direttamente l’ente o l’azienda tramite il sito ufficiale, l’app o il numero riportato sulla sua carta o sul contratto, mai tramite il messaggio.
check-weak-title = Da verificare
check-links-title = Link e indirizzi nel messaggio
check-link-official = indirizzo ufficiale di: { $name }
check-link-lookalike = imitazione di: { $name }
check-link-unknown = indirizzo che non conosciamo
check-what-now = Cosa fare adesso
check-forward = Segnala il messaggio
check-advice-link = Consigli: phishing e messaggi falsi
check-never-ask = Banche, polizia ed enti pubblici non le chiedono mai via messaggio o per telefono password, codici OTP o dati della carta. Non le chiedono mai di spostare soldi su un «conto sicuro» né di installare un’app per controllare il suo telefono o computer.

check-sign-lookalike = Il link porta a { $domain }, che somiglia all’indirizzo ufficiale ({ $official }) ma non lo è. Chi viene imitato: { $brand }.
check-sign-brand-in-domain = Il link usa il nome «{ $brand }» dentro un altro indirizzo ({ $domain }). L’indirizzo ufficiale è { $official }.
check-sign-name-in-domain = Il link usa il nome «{ $brand }», ma porta a un altro sito: { $domain }.
check-sign-brand-elsewhere = Il messaggio usa il nome «{ $brand }», ma il suo link porta a { $domain }, non al sito ufficiale ({ $official }).
check-sign-link-ip = Un link porta a un semplice numero ({ $domain }) invece che a un sito con un nome.
check-sign-link-shortener = Un link è accorciato ({ $domain }): non si vede dove porta davvero.
check-sign-link-punycode = Un indirizzo usa lettere di altri alfabeti che sembrano le nostre ({ $domain }).
check-sign-link-script = Contiene un link che esegue codice o nasconde contenuti ({ $domain }); i mittenti veri non li usano mai.
check-sign-hidden-characters = Contiene caratteri invisibili che cambiano il modo in cui il testo viene mostrato; servono a camuffare gli indirizzi.
check-sign-safe-account = Le chiede di spostare soldi su un conto «sicuro» o «protetto». Nessuna vera banca e nessun vero agente di polizia lo fa mai.
check-sign-code = Le chiede di dare, inviare o leggere ad alta voce un codice. Un codice che riceve è solo per lei; chi lo chiede vuole impossessarsi del suo account o autorizzare un pagamento.
check-sign-remote-access = Le chiede di installare o aprire un’app di controllo remoto (come AnyDesk o TeamViewer). Con questa app, uno sconosciuto controlla il suo telefono o computer.
check-sign-credentials = Le chiede di confermare nome utente, password, PIN o dati della carta.
check-sign-fee = Le chiede un piccolo pagamento per sbloccare un pacco o saldare un addebito: un modo comune per ottenere i dati della sua carta.
check-sign-gift-card-crypto = Chiede un pagamento con carte regalo, buoni o criptovalute, che non si possono tracciare né rimborsare.
check-sign-new-number = Dice di essere un familiare con un «nuovo numero»: prima di fare qualsiasi cosa, chiami la persona al numero che conosce.
check-sign-threat = Minaccia il blocco del conto, una multa, una causa in tribunale o l’intervento della polizia, per spaventarla e spingerla ad agire.
check-sign-urgency = Le mette fretta («entro 24 ore», «ultimo avviso»). Le organizzazioni vere le lasciano il tempo.
check-sign-refund = Promette un rimborso o soldi che le spetterebbero: un’esca comune per ottenere i suoi dati bancari.
check-sign-prize = Dice che ha vinto un premio o una ricompensa in un concorso a cui non ha mai partecipato.

## "Is this really them?" (on /{lang}/check)

verify-contact-title = È davvero la polizia, la mia banca o un’autorità?
verify-contact-lead = Inserisca un numero di telefono, un indirizzo e-mail o un sito web che dice di appartenere a un’autorità. Lo cerchiamo tra i canali ufficiali del nostro elenco.
verify-contact-field = Numero di telefono, indirizzo e-mail o sito web
verify-contact-submit = Cerca
verify-contact-found = Nel nostro elenco risulta per:
verify-contact-source = fonte
verify-contact-none = Non conosciamo questo canale per nessuna autorità del nostro elenco. Questo non prova che sia falso, ma non si fidi: cerchi direttamente i contatti dell’autorità, sul suo sito ufficiale.
verify-contact-error = Inserisca un numero di telefono, un indirizzo e-mail o un indirizzo web.

## "Which ransomware is this?" (/{lang}/ransomware)

ransomware-title = Di quale ransomware si tratta?
ransomware-lead = Ci dica che cosa vede: l’estensione aggiunta ai file cifrati, il nome del file con la richiesta di riscatto o il suo testo. Lo confrontiamo con le famiglie di ransomware conosciute. Non viene caricato nulla: non ci invii file.
ransomware-field-extension = Estensione dei file cifrati
ransomware-field-extension-hint = Per esempio: foto.jpg.akira → .akira
ransomware-field-note-filename = Nome del file con la richiesta di riscatto
ransomware-field-note = Testo della richiesta di riscatto (facoltativo)
ransomware-field-note-hint = Vengono confrontati anche gli indirizzi e-mail e onion che contiene. Non contatti i criminali.
ransomware-submit = Identifica
ransomware-error-empty = Indichi almeno un elemento: l’estensione, il nome del file con la richiesta di riscatto o il suo testo.
ransomware-results = Famiglie probabili
ransomware-ambiguous = Più famiglie corrispondono a quanto indicato: la risposta è incerta. Aggiunga il nome del file o il testo della richiesta di riscatto per restringere il campo.
ransomware-none = Nessuna famiglia conosciuta corrisponde. Succede spesso con ransomware nuovi o rari.
ransomware-fake = falso: potrebbe non cifrare davvero i file
ransomware-evidence-address = un indirizzo nella richiesta di riscatto
ransomware-evidence-note-file = il nome del file con la richiesta di riscatto
ransomware-evidence-extension = l’estensione
ransomware-evidence-name = il suo nome nella richiesta di riscatto
ransomware-evidence-wording = le parole usate nella richiesta di riscatto
ransomware-refs = Fonti
ransomware-decryptors = Cerca uno strumento di decifratura gratuito
ransomware-nomoreransom = No More Ransom: strumenti di decifratura (polizia e aziende di sicurezza)
ransomware-cryptosheriff = Crypto Sheriff: carichi lì due file cifrati per identificare il ransomware (sul sito di No More Ransom)
ransomware-next = Non paghi, conservi i file cifrati e la richiesta di riscatto, scolleghi dalla rete i dispositivi colpiti e segnali l’attacco.
ransomware-advice = Consigli sul ransomware
ransomware-data = Dati: galassia ransomware del progetto MISP (versione { $version }, CC0).

## "Was this message really sent by cyberhelp?" (/{lang}/verify)

verify-title = Questo messaggio è stato davvero inviato da cyberhelp?
verify-lead = I messaggi di questo portale relativi a una segnalazione ne riportano il numero di riferimento (per esempio 7K4M-9QXP-2D). Lo inserisca per sapere se e quando abbiamo inviato messaggi su questa segnalazione. Non viene mostrato nient’altro della segnalazione.
verify-field = Numero di riferimento indicato nel messaggio
verify-submit = Controlla
verify-sent = cyberhelp ha inviato messaggi relativi a questo numero di riferimento nelle seguenti date:
verify-none = cyberhelp non ha inviato alcun messaggio relativo a questo numero di riferimento. Se un messaggio con questo numero di riferimento dice di provenire da noi, non si fidi e non faccia ciò che chiede.
verify-invalid = Un numero di riferimento è composto da 10 lettere e cifre, per esempio 7K4M-9QXP-2D.
