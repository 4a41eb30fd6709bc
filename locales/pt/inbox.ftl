## Caixa de entrada dos pontos de contacto (/inbox): para o pessoal de uma entidade (CSIRT, polícia, autoridade de
## proteção de dados…) que lê as suas comunicações no portal. Formulários simples, sem JavaScript.
inbox-title = Caixa de entrada
inbox-lead = As comunicações enviadas à sua organização, das mais recentes para as mais antigas. Ao abrir uma comunicação, confirma a quem a apresentou que a recebeu.
inbox-nav-label = A sua conta
inbox-signed-in-as = Sessão iniciada como
inbox-signout = Terminar sessão
inbox-back = Voltar à caixa de entrada
inbox-error-title = Não foi possível concluir a operação
inbox-error-csrf = Este formulário expirou ou não provém deste site. Volte atrás, recarregue a página e tente novamente.
inbox-error-filter = O filtro «{ $field }» tem um valor que esta caixa de entrada não disponibiliza. Escolha-o novamente no formulário.
inbox-signin-title = Iniciar sessão na caixa de entrada
inbox-signin-lead = Para o pessoal das entidades que recebem comunicações através deste portal. As contas são criadas pelo gestor do portal.
inbox-field-email = Endereço de e-mail
inbox-field-password = Palavra-passe
inbox-field-code = Código de 6 dígitos da sua aplicação de autenticação
inbox-signin-button = Iniciar sessão
inbox-session-ended = A sua sessão terminou. Inicie sessão novamente.
inbox-signed-out = Terminou a sessão.
inbox-link-title = Ou receba por e-mail uma ligação de início de sessão de utilização única
inbox-link-button = Enviar-me uma ligação de início de sessão por e-mail
inbox-link-no-smtp = As ligações de início de sessão por e-mail não estão disponíveis nesta instalação: não é possível enviar e-mails.
inbox-link-sent = Se este endereço tiver uma conta, vai receber em breve uma ligação de início de sessão. Funciona uma única vez, durante 15 minutos.
inbox-link-lead = Esta ligação de utilização única permite-lhe iniciar sessão na caixa de entrada. Funciona uma única vez.
inbox-link-invalid = Esta ligação de início de sessão já não funciona: já foi utilizada, expirou ou foi copiada incorretamente. Peça uma nova.
inbox-link-email-subject = A sua ligação de início de sessão na caixa de entrada do cyberhelp
inbox-link-email-body =
    Foi pedida (esperamos que por si) uma ligação para iniciar sessão na caixa de entrada do cyberhelp.

    { $url }

    A ligação funciona uma única vez, durante { $minutes } minutos. Se não a pediu, ignore este e-mail: sem a ligação, nada acontece.
inbox-invite-email-subject = Convite para a caixa de entrada do cyberhelp
inbox-invite-email-body =
    O gestor do portal cyberhelp criou-lhe uma conta na caixa de entrada, para que possa ler as comunicações enviadas à sua organização e responder-lhes.

    Abra esta ligação para iniciar sessão pela primeira vez; funciona uma única vez, no prazo de { $hours } horas:

    { $url }

    Em seguida, defina uma palavra-passe e uma aplicação de autenticação para os próximos inícios de sessão.
inbox-setup-title = Palavra-passe e aplicação de autenticação
inbox-setup-link = Palavra-passe e aplicação de autenticação
inbox-setup-lead = Defina uma palavra-passe e uma aplicação de autenticação para iniciar sessão sem uma ligação enviada por e-mail. Precisa de ambas sempre que iniciar sessão.
inbox-setup-authenticator = A sua aplicação de autenticação
inbox-setup-authenticator-lead = Adicione uma nova conta na sua aplicação de autenticação (TOTP: 6 dígitos, a cada 30 segundos) e introduza esta chave:
inbox-setup-authenticator-hint = Mantenha esta chave secreta. Só é mostrada nesta página; se voltar mais tarde, é gerada uma nova.
inbox-field-new-password = Nova palavra-passe (de 12 a 128 caracteres)
inbox-field-repeat-password = Repita a palavra-passe
inbox-setup-button = Guardar
inbox-setup-error-length = A palavra-passe tem de ter entre 12 e 128 caracteres.
inbox-setup-error-mismatch = As duas palavras-passe não são iguais.
inbox-setup-error-code = O código não corresponde à chave. Verifique a hora do seu telemóvel e introduza o código atual.
inbox-setup-done = A sua palavra-passe e a sua aplicação de autenticação estão definidas.
inbox-setup-suggest = Iniciou sessão com uma ligação de utilização única. Para iniciar sessão sem ela, defina uma palavra-passe e uma aplicação de autenticação:
inbox-filter-state = Estado do processo
inbox-filter-incident = Tipo de incidente
inbox-filter-from = Recebidas desde
inbox-filter-to = Recebidas até
inbox-filter-button = Filtrar
inbox-filter-all = Todos
inbox-state-new = Nova: ainda nada registado
inbox-state-received = Recebida pelo destinatário
inbox-state-in-progress = O destinatário está a tratar do assunto
inbox-state-closed = Encerrada pelo destinatário
inbox-export = Exportar estas comunicações:
inbox-empty = Ainda não foi enviada nenhuma comunicação à sua organização.
inbox-empty-filtered = Nenhuma comunicação corresponde a estes filtros.
inbox-new = não aberta
inbox-withdrawn = Retirada por quem a apresentou
inbox-caption = Comunicações para { $contact }, página { $page }
inbox-col-reference = Referência
inbox-col-received = Recebida
inbox-col-incident = Tipo de incidente
inbox-col-victim = Comunicada por
inbox-col-state = Estado do processo
inbox-col-deadline = Prazo legal
inbox-previous = Página anterior
inbox-next = Página seguinte
inbox-report-title = Comunicação { $reference }
inbox-deadline = prazo legal: { $date }
inbox-purged = Os dados pessoais desta comunicação foram apagados em { $date } (prazo de conservação do portal ou retirada por quem a apresentou).
inbox-withdrawn-note = Quem apresentou esta comunicação retirou-a: já não é possível registar mais nada sobre ela nem enviar-lhe nada. Aplique ao que tem em seu poder as suas próprias regras para comunicações retiradas.
inbox-timeline = O que registou
inbox-no-updates = Ainda nada registado.
inbox-questions = Perguntas a quem apresentou a comunicação
inbox-answer = Resposta:
inbox-no-answer = Ainda sem resposta.
inbox-done-status = A sua atualização ficou registada; quem apresentou a comunicação vê-a na sua página de estado.
inbox-done-question = A sua pergunta foi enviada; quem apresentou a comunicação vê-a na sua página de estado.
privacy-channel-inbox = ficam guardadas neste portal, onde a entidade as lê na sua própria caixa de entrada
