## Report form

report-title = Comunicar um incidente
report-lead = Quatro perguntas são obrigatórias; tudo o resto é opcional. Antes de enviar seja o que for, mostramos-lhe quem vai receber a sua comunicação e a escolha é sua.
report-never-ask = Nunca lhe pedimos palavras-passe, pagamentos ou acesso ao seu dispositivo. Não escreva palavras-passe neste formulário.
report-required-note = Os campos marcados com * são obrigatórios.
report-section-who = Sobre si
report-section-what = O que aconteceu
report-section-money = Dinheiro e dados
report-section-contact = Como o contactar
report-field-country = País onde vive ou onde a sua organização está sediada *
report-field-country-choose = Escolha um país
report-field-country-other = Outro país
report-field-victim = Quem é? *
report-victim-citizen = Um particular
report-victim-business = Uma empresa ou organização
report-victim-essential-entity = Uma entidade essencial nos termos da NIS2 (p. ex., energia, transportes, saúde, água potável, infraestruturas digitais)
report-victim-important-entity = Uma entidade importante nos termos da NIS2 (p. ex., serviços postais, resíduos, produtos químicos, alimentação, indústria transformadora, prestadores digitais)
report-field-incident = O que aconteceu? *
report-field-incident-choose = Escolha o que aconteceu
report-incident-unknown = Não sei
report-field-description = Descreva o que aconteceu, por palavras suas *
report-field-description-hint = O que viu, o que fez e o que aconteceu a seguir. Pelo menos 10 caracteres.
report-field-started = Quando começou? (opcional)
report-field-aware = Quando reparou? (opcional; os prazos legais contam a partir deste momento)
report-field-dates-hint = Hora local do país que escolheu acima. Deixe em branco se não souber.
report-field-ongoing = Ainda está a acontecer
report-field-money-lost = Perdi dinheiro ou dei os dados do meu cartão ou da minha conta bancária
report-field-amount = Montante perdido (opcional)
report-field-currency = Moeda
report-field-personal-data = Estão em causa dados pessoais de outras pessoas (clientes, funcionários, doentes)
report-field-minor = Está envolvida uma criança ou um adolescente
report-field-cross-border = O vendedor ou a outra pessoa está noutro país
report-field-email = E-mail (opcional)
report-field-phone = Telefone (opcional)
report-field-anonymous = Comunicar de forma anónima (sem contactos)
report-contact-hint = Indique um contacto apenas se aceitar que as autoridades que escolher o contactem.
report-evidence-title = Provas que guarda (opcional)
report-evidence-body = Indique o que guarda: capturas de ecrã, mensagens, e-mails guardados como ficheiros, extratos bancários, cartas. Nenhum ficheiro é enviado: os ficheiros ficam consigo até que a polícia ou um CSIRT os peça. Nunca indique palavras-passe nem códigos.
report-evidence-guide = O que guardar neste tipo de incidente, e como
report-evidence-name = Nome do ficheiro ou o que é
report-evidence-note = A sua nota (onde está, o que mostra)
report-evidence-pick = Adicionar ficheiros deste dispositivo
report-evidence-pick-hint = O nome, o tamanho, a data e a impressão digital SHA-256 de cada ficheiro são adicionados à lista. Os ficheiros só são lidos no seu dispositivo e nunca são enviados. A impressão digital permite a qualquer pessoa verificar mais tarde se um ficheiro é exatamente o que indicou na lista.
report-evidence-working = A calcular a impressão digital de { $name }…
report-evidence-done = { $name } foi adicionado com a respetiva impressão digital. O ficheiro fica no seu dispositivo.
report-evidence-too-large = { $name } tem mais de { $size }, por isso foi adicionado sem impressão digital. Pode calculá-la num computador: sha256sum no Linux, shasum -a 256 no macOS, certutil -hashfile com SHA256 no Windows.
report-evidence-unavailable = Este navegador não consegue calcular impressões digitais nesta página; o ficheiro foi adicionado apenas com o nome, o tamanho e a data.
report-evidence-full = A lista está cheia ({ $max } entradas).
report-honeypot = Deixe este campo em branco
report-preview-button = Mostrar quem vai receber a minha comunicação
report-send-button = Enviar a comunicação
report-edit-hint = Ainda pode alterar as respostas acima e voltar a ver os destinatários.
report-preview-title = Quem deve receber a sua comunicação
report-preview-lead = Por esta ordem. Assinale as entidades a quem quer que enviemos a sua comunicação; os outros passos continuam a valer a pena, faça-os por si.
report-preview-uncovered = Ainda não temos pontos de contacto para este país.
report-consent = Enviar agora a minha comunicação a: { $name }
report-consent-unavailable = Não a podemos enviar por si: contacte-os diretamente.
report-deadline = Prazo legal: no prazo de { $hours } horas
report-deadline-at = até { $date }
report-legal-basis = Base jurídica: { $basis }
report-contact-website = Site
report-contact-form = Formulário online
report-contact-email = E-mail
report-contact-phone = Telefone
report-contact-source = Fonte
report-contact-unverified = Confirme este canal no site da autoridade: não o conseguimos confirmar numa fonte oficial.
report-step-bank = O seu banco ou a linha de cancelamento de cartões
report-step-police = Polícia
report-step-csirt = CSIRT (equipa nacional de resposta a incidentes de segurança informática)
report-step-dpa = Autoridade de proteção de dados
report-step-consumer = Centro ou autoridade de defesa do consumidor
report-step-regulator = Autoridade competente
report-step-helpline = Linha de apoio
report-step-platform = O serviço ou a plataforma em causa
report-no-contact = Use o número que está no verso do cartão ou a app ou o site oficial do seu banco.
report-errors-title = Verifique estas respostas
report-error-country-required = Escolha um país.
report-error-country-invalid = Escolha um país da lista.
report-error-victim-required = Diga-nos quem é.
report-error-incident-required = Diga-nos o que aconteceu ou escolha «Não sei».
report-error-invalid-choice = Escolha uma das opções.
report-error-description-required = Descreva o que aconteceu.
report-error-description-short = Escreva um pouco mais (pelo menos 10 caracteres).
report-error-description-long = Encurte a descrição para 5000 caracteres.
report-error-control-chars = Retire deste campo os caracteres de controlo invisíveis.
report-error-evidence-too-many = Indique no máximo 50 provas.
report-error-evidence-too-long = Um nome ou uma nota da lista de provas é demasiado longo: no máximo 255 caracteres para um nome e 500 para uma nota.
report-error-evidence-invalid = Uma entrada da lista de provas tem um tamanho, uma data ou uma impressão digital inválida. Retire-a e volte a adicionar o ficheiro.
report-error-date-invalid = Introduza uma data como 2026-11-29 ou deixe o campo em branco.
report-error-date-future = Esta data está no futuro.
report-error-aware-before-start = Não pode ter reparado antes de ter começado.
report-error-amount-invalid = Introduza um montante como 250 ou 250,50.
report-error-currency-invalid = Escolha uma moeda.
report-error-email-invalid = Introduza um endereço de e-mail como nome@example.org ou deixe o campo em branco.
report-error-phone-invalid = Introduza um número de telefone com 6 a 20 algarismos ou deixe o campo em branco.
report-error-anonymous-with-contact = Pediu o anonimato: apague os seus contactos ou desmarque «Comunicar de forma anónima».
report-error-bad-request = Não conseguimos ler o que foi enviado. Volte atrás e tente novamente.
report-error-no-recipient = Não foi enviado nada: não assinalou nenhum destinatário. Assinale pelo menos um abaixo ou guarde a comunicação apenas para si.
report-record-button = Guardar apenas para mim (não enviar nada)
report-draft-sent = Esta comunicação já foi enviada. A referência é { $reference }.
report-draft-receipt = Ver o comprovativo
report-draft-new = Fazer uma nova comunicação
report-draft-expired = Esta página expirou: para proteger a sua privacidade, o que escreveu é guardado no máximo durante 2 horas depois da última vez que viu os destinatários. Preencha novamente o formulário.
report-step-later-duty = Para mais tarde: quando chegar o prazo, envie-a diretamente, indicando a sua referência. Não a enviamos agora.
report-step-clocks = Prazos legais para este destinatário
report-error-rate-limited = Demasiadas comunicações a partir da sua ligação num curto espaço de tempo. Aguarde um minuto e tente novamente.

## Receipt and status

receipt-title = A sua comunicação foi recebida
receipt-title-record = Guardada apenas para si: não foi enviado nada
receipt-record-lead = Ninguém recebeu esta comunicação. Para comunicar o que aconteceu, contacte diretamente as entidades indicadas abaixo, usando o que escreveu nesta página.
receipt-reference = A sua referência
receipt-reference-hint = Aponte-a ou imprima esta página. Indique-a quando uma autoridade lhe perguntar pela sua comunicação.
receipt-token = O seu código privado de acompanhamento
receipt-token-hint = Com a referência, este código permite-lhe ver o estado da sua comunicação. Não o partilhe.
receipt-received = Recebida em { $date }
receipt-steps = O que acontece agora
receipt-state-queued = A aguardar envio
receipt-state-sent = Enviada
receipt-state-acknowledged = Confirmada pelo destinatário
receipt-state-failed = Não foi possível entregar
receipt-state-not-sent = Não enviada por nós: contacte-os diretamente
receipt-download-json = Descarregar uma cópia (JSON)
receipt-print = Imprimir esta página
receipt-status-link = Página de estado
receipt-your-report = O que comunicou
receipt-manual-title = Não foi entregue automaticamente
receipt-manual-deadline = Para cumprir o prazo legal, comunique o sucedido diretamente a esta entidade até { $date }, por um dos canais indicados abaixo, e indique a sua referência.
receipt-manual-act = Contacte-os diretamente por um dos canais indicados abaixo e indique a sua referência.
receipt-manual-deadline-find = Para cumprir o prazo legal, comunique diretamente o sucedido até { $date }. Não temos um canal confirmado para esta entidade: procure-o no site oficial da autoridade e indique a sua referência.
receipt-manual-find = Não temos um canal confirmado para esta entidade: procure-o no site oficial da autoridade, contacte-a diretamente e indique a sua referência.
receipt-manual-not-chosen = Não nos pediu que a enviássemos a esta entidade.
receipt-manual-no-channel = Não temos forma de a enviar a esta entidade por si.
receipt-private-title = Guarde só para si
receipt-print-hint = Se imprimir esta página, o seu código privado de acompanhamento não aparece.
receipt-flags = Também nos indicou
receipt-evidence = Provas que guarda
receipt-evidence-hint = Os ficheiros não foram enviados; guarde-os sem alterações. Um ficheiro cuja impressão digital SHA-256 continua a coincidir é exatamente o que indicou na lista.
receipt-evidence-modified = última alteração: { $date }
receipt-zone-hint = As horas são indicadas no fuso horário de { $zone }; em UTC: { $utc }.
status-title = Estado da sua comunicação
status-lead = Introduza a referência e o código privado de acompanhamento do seu comprovativo. Não precisa de conta.
status-field-reference = Referência
status-field-token = Código privado de acompanhamento
status-submit = Ver o estado
status-not-found = Não encontrámos nenhuma comunicação com esta referência e este código. Verifique ambos e tente novamente.

## Delivery: status notes on the receipt, and the recipients' confirmation page
receipt-note-waiting-setup = Este portal ainda não está configurado para enviar denúncias a este destinatário. A sua denúncia fica guardada e será enviada assim que estiver; também pode contactá-los diretamente.
receipt-note-retrying = O envio ainda não resultou. Tentamos novamente de forma automática.
receipt-note-failed = Contacte-os diretamente e indique a sua referência.
delivery-ack-title = Confirmar a receção
delivery-ack-intro = Confirme que a sua organização recebeu a denúncia { $reference }. Quem a apresentou verá isto na sua página de estado.
delivery-ack-button = Confirmar a receção
delivery-ack-done = Obrigado. A receção da denúncia { $reference } está confirmada.
delivery-ack-invalid = Esta ligação de confirmação não é válida. Utilize a ligação do e-mail exatamente como foi enviada.
delivery-status-title = Informe quem apresentou a denúncia do ponto da situação
delivery-status-lead = Quem apresentou a denúncia vê a sua atualização, com a sua referência e mensagem, na página de estado. Escreva apenas texto simples; não inclua dados pessoais de outras pessoas.
delivery-status-state = Estado
delivery-status-reference = Referência do seu processo (opcional)
delivery-status-outcome = Resultado (opcional)
delivery-status-message = Mensagem para quem apresentou a denúncia (opcional, no máximo 2000 caracteres)
delivery-status-button = Enviar a atualização
delivery-status-done = Obrigado. A sua atualização sobre a denúncia { $reference } ficou registada; quem a apresentou vê-a na sua página de estado.
delivery-status-back = Voltar ao formulário
delivery-status-error-unknown-state = Escolha um dos estados da lista.
delivery-status-error-unknown-outcome = Escolha um dos resultados da lista, ou nenhum.
delivery-status-error-message-too-long = A mensagem é demasiado longa: no máximo 2000 caracteres.
delivery-status-error-field-too-long = A referência do processo é demasiado longa: no máximo 100 caracteres.
delivery-status-error-control-characters = Remova os caracteres de controlo invisíveis da referência ou da mensagem.
delivery-status-error-state-backwards = Esta denúncia já está num estado posterior; o estado não pode voltar atrás.
delivery-status-error-not-delivered = Esta denúncia não lhe foi entregue, pelo que não há nada a atualizar.
delivery-status-error-unknown-delivery = Esta ligação não é válida. Utilize a ligação do e-mail exatamente como foi enviada.
recipient-state-received = Recebida pelo destinatário
recipient-state-in-progress = O destinatário está a tratar do assunto
recipient-state-closed = Encerrada pelo destinatário
recipient-outcome-advice-given = Foi prestado aconselhamento
recipient-outcome-case-opened = Foi aberto um processo
recipient-outcome-referred-elsewhere = Encaminhada para outra entidade
recipient-outcome-no-action-possible = Nenhuma ação possível
recipient-their-reference = referência do destinatário { $reference }
recipient-updates = O que o destinatário lhe comunicou

## Perguntas que decidem a quem comunicar (mostradas depois da pré-visualização quando mudam a resposta)

report-victim-public-body = Um organismo público (por exemplo, uma câmara municipal ou uma escola)
report-section-more = Mais algumas perguntas: as suas respostas mudam a quem tem de comunicar
report-field-region = Região
report-field-region-choose = Escolha a sua região
report-field-sector = Setor da sua organização
report-field-sector-hint = As entidades NIS2 têm de escolher um; os bancos e outras entidades financeiras notificam ao abrigo do DORA.
report-field-sector-none = O meu setor não está na lista / não tenho a certeza
report-sector-energy = Energia
report-sector-transport = Transportes
report-sector-banking = Setor bancário
report-sector-financial-market-infrastructure = Infraestruturas do mercado financeiro
report-sector-health = Saúde
report-sector-drinking-water = Água potável
report-sector-waste-water = Águas residuais
report-sector-digital-infrastructure = Infraestruturas digitais
report-sector-ict-service-management = Gestão de serviços de TIC (serviços geridos)
report-sector-public-administration = Administração pública
report-sector-space = Espaço
report-sector-postal-courier = Serviços postais e de estafeta
report-sector-waste-management = Gestão de resíduos
report-sector-chemicals = Produtos químicos
report-sector-food = Alimentação
report-sector-manufacturing = Indústria transformadora
report-sector-digital-providers = Prestadores digitais (mercados em linha, motores de pesquisa, redes sociais)
report-sector-research = Investigação
report-sector-trust-services = Serviços de confiança (assinaturas e selos eletrónicos, selos temporais)
report-field-role = Em relação aos dados pessoais afetados, a sua organização é
report-role-controller = responsável pelo tratamento: decide para que fim e como os dados são usados
report-role-processor = subcontratante: trata os dados por conta de outra organização
report-role-unsure = não tenho a certeza
report-field-device-encrypted = O disco do dispositivo perdido estava fortemente cifrado e a palavra-passe ou a chave estão em segurança
report-field-payment = Como saiu o dinheiro?
report-payment-card = Com cartão
report-payment-transfer = Por transferência bancária
report-payment-instant = Por transferência imediata ou app de pagamentos
report-payment-crypto = Em criptomoeda
report-payment-cash = Em dinheiro, vales ou cartões-oferta
report-payment-none = Não saiu dinheiro
report-field-payment-recent = Há menos de 24 horas
report-field-self-approved = Fui eu que aprovei o pagamento (por exemplo, numa chamada de um falso gestor de conta)
report-error-region-invalid = Escolha uma região do país que indicou.
report-error-sector-required = Escolha o setor da sua organização: as obrigações NIS2 dependem dele.
report-error-role-citizen = Um particular não pode ser subcontratante: escolha «não tenho a certeza».
report-step-controller = A organização por conta da qual trata os dados (o responsável pelo tratamento)
report-step-optional = Opcional
report-deadline-after-hours = Prazo legal: no prazo de { $hours } horas após a sua notificação anterior
report-deadline-after-months = Prazo legal: no prazo de { $months ->
    [one] um mês
   *[other] { $months } meses
} após a sua notificação anterior
report-deadline-undue-delay = Obrigação legal: sem demora injustificada
report-needs-region = Depende da sua região: escolha-a acima e volte a mostrar os destinatários. Os organismos são:
report-alternatives = Também é possível:
report-field-notify = Enviar-me um e-mail quando um destinatário atualizar a minha comunicação ou me fizer uma pergunta
report-notify-hint = O e-mail indica apenas que há novidades, com a sua referência e uma ligação para a sua página de estado; nunca contém a sua comunicação nem a mensagem do destinatário. Para as ler, precisa do seu código privado de acompanhamento.
report-error-notify-without-email = Para receber e-mails sobre novidades, indique o seu endereço de e-mail (e não comunique de forma anónima) ou desmarque esta opção.
delivery-question-title = Faça uma pergunta a quem apresentou a denúncia
delivery-question-lead = Quem apresentou a denúncia vê a sua pergunta na página de estado e pode responder aí; a resposta chega-lhe pela mesma via que esta denúncia. Escreva apenas texto simples; pergunte só o que for necessário para o processo.
delivery-question-label = A sua pergunta (no máximo 2000 caracteres)
delivery-question-button = Enviar a pergunta
delivery-question-done = Obrigado. A sua pergunta sobre a denúncia { $reference } ficou registada; quem a apresentou vê-a na sua página de estado.
followup-error-empty = O texto está vazio: escreva-o primeiro.
followup-error-too-long = O texto é demasiado longo: uma pergunta tem no máximo 2000 caracteres e uma resposta no máximo 4000.
followup-error-field-too-long = O identificador da pergunta é demasiado longo: no máximo 100 caracteres.
followup-error-control-characters = Remova os caracteres de controlo invisíveis do texto.
followup-error-thread-closed = O destinatário encerrou este processo, pelo que já não aceita perguntas nem respostas. Se ainda houver algo pendente, contacte diretamente o destinatário.
followup-error-already-answered = Esta pergunta já tem uma resposta diferente. O seu texto é apresentado abaixo para que o possa guardar.
followup-error-not-delivered = Esta denúncia não lhe foi entregue, pelo que ainda não há ninguém a quem perguntar.
followup-error-unknown = Não encontrámos esta pergunta com esta referência e este código privado de acompanhamento. Verifique ambos e volte a abrir a sua página de estado.
status-questions-title = Perguntas para si
status-questions-lead = Um destinatário da sua comunicação fez-lhe uma pergunta. A sua resposta vai apenas para o destinatário que perguntou, pelo mesmo canal que a sua comunicação.
status-questions-from = { $name } pergunta
status-question-asked = Feita em { $date }
status-answer-label = A sua resposta
status-answer-hint = Texto simples, no máximo 4000 caracteres. Só pode responder uma vez a cada pergunta.
status-answer-hint-anonymous = Comunicou de forma anónima: a sua resposta é enviada sem o seu nome nem os seus contactos. Não os escreva na resposta, a menos que queira que o destinatário os tenha.
status-answer-button = Enviar a minha resposta
status-answer-yours = A sua resposta de { $date }
status-answer-state-queued = A aguardar envio
status-answer-state-sent = Enviada ao destinatário
status-answer-state-failed = Não foi possível enviar. Contacte diretamente o destinatário e indique a sua referência.
status-answered-notice = A sua resposta foi recebida. Será enviada ao destinatário que fez a pergunta; o respetivo estado aparece por baixo da pergunta.
status-thread-closed = O destinatário encerrou o processo: já não são aceites respostas.
status-answer-error-title = A sua resposta não foi enviada
status-answer-back = Voltar à sua página de estado
notice-email-subject = Novidades sobre a sua comunicação { $reference }
notice-email-body = Olá,

    Um destinatário da sua comunicação { $reference } enviou uma atualização ou uma pergunta.

    Para a ler, abra a sua página de estado e introduza o código privado de acompanhamento indicado no seu comprovativo:
    { $status_url }

    Por segurança, este e-mail não contém nada da sua comunicação. Nunca pedimos palavras-passe, códigos ou pagamentos. Para confirmar que este e-mail foi mesmo enviado por nós, introduza aqui a sua referência:
    { $verify_url }

    Recebe este e-mail porque pediu para receber novidades sobre a sua comunicação.

## Retirada e conservação (issue 19)
receipt-state-withdrawn = Retirada antes de ser enviada
delivery-status-error-withdrawn = Quem apresentou esta denúncia retirou-a. Já não é possível registar mais nada sobre ela; aplique à cópia que recebeu as suas próprias regras para denúncias retiradas.
status-withdraw-title = Retirar esta comunicação
status-withdraw-lead = Ao retirá-la, a sua descrição, os seus contactos, a sua lista de provas e as mensagens sobre esta comunicação são apagados deste portal de imediato. Cada entidade que recebeu a comunicação é avisada pelo mesmo canal. Não é possível anular esta ação.
status-withdraw-keep = Uma entidade que já recebeu a comunicação fica com a sua própria cópia, segundo as suas próprias regras: a polícia, por exemplo, pode ser obrigada por lei a conservar uma denúncia. Para pedir a uma entidade que apague a sua cópia, contacte-a diretamente e indique a sua referência.
status-withdraw-confirm = Compreendo que a retirada não pode ser anulada
status-withdraw-button = Retirar a minha comunicação
status-withdraw-error-confirm = Assinale a caixa para confirmar que quer retirar a comunicação.
status-withdrawn-title = Comunicação retirada
status-withdrawn-done = A sua comunicação foi retirada.
status-withdrawn-notice = Retirou esta comunicação em { $date }. Os dados pessoais que continha foram apagados deste portal.
status-withdrawn-told = { $count ->
    [0] Nenhuma entidade a tinha recebido, por isso não é preciso avisar ninguém.
    [one] A única entidade que a tinha recebido é avisada pelo seu próprio canal.
    [many] As { $count } de entidades que a tinham recebido são avisadas, cada uma pelo seu próprio canal.
   *[other] As { $count } entidades que a tinham recebido são avisadas, cada uma pelo seu próprio canal.
}
status-withdrawal-notice = Aviso de retirada:
status-purged-notice = Os dados pessoais desta comunicação (a sua descrição, os seus contactos, a lista de provas e as mensagens sobre ela) foram apagados em { $date }, como indica o aviso de privacidade. O que resta é apresentado abaixo.
report-privacy-before = A sua comunicação só é enviada às entidades que assinalar. O que guardamos, durante quanto tempo e quais são os seus direitos:
report-privacy-link = aviso de privacidade
