## Shell: skip link, header, navigation, footer

shell-skip-link = Saltar para o conteúdo principal
shell-site-name = cyberhelp
shell-tagline = Ajuda após um ciberataque
shell-nav-label = Menu principal
shell-nav-home = Início
shell-nav-advice = Conselhos
shell-nav-bulletins = Ameaças atuais
shell-nav-report = Comunicar um incidente
shell-nav-search = Pesquisar
shell-language-label = Idioma
shell-language-submit = Mudar
shell-footer-emergency = Está em perigo agora? Ligue 112, o número de emergência em todos os países da UE.
shell-footer-never-ask = Nunca lhe pedimos palavras-passe, pagamentos ou acesso remoto ao seu dispositivo. Quem o fizer não somos nós.
shell-footer-privacy = Sem rastreadores nem pedidos a terceiros: este site não carrega nada de nenhum outro lado.
shell-footer-source = Software livre, que pode alojar nos seus próprios servidores.
shell-footer-licence = Os nossos textos são publicados com a licença CC BY 4.0: pode reutilizá-los livremente, citando o cyberhelp.
shell-footer-feeds = Alertas de ameaças em feed Atom

## Home page

home-title = Ajuda após um ciberataque
home-lead = A sua conta foi pirateada, pagou numa loja falsa, a sua empresa foi atingida por ransomware? Saiba o que fazer agora, a quem comunicar e até quando.
home-emergency = Se está em perigo agora, ligue 112.
home-tasks-heading = De que precisa?
home-task-advice = Obter conselhos
home-task-advice-desc = Ajuda passo a passo para o que lhe aconteceu.
home-task-bulletins = Ver as ameaças atuais
home-task-bulletins-desc = Burlas e ataques a acontecer neste momento, e o que fazer.
home-task-report = Comunicar um incidente
home-task-report-desc = Informe as autoridades certas de uma só vez e saiba quem trata do assunto e até quando.
home-incidents-heading = O que aconteceu?
home-bulletins-heading = Ameaças ativas
home-bulletins-people = Burlas a circular neste momento
home-bulletins-organisations = Para as equipas de informática das organizações: vulnerabilidades ativamente exploradas
home-bulletins-empty = Neste momento não há alertas de ameaças ativos.
home-bulletins-all = Todos os alertas de ameaças

## Errors

error-title-prefix = Erro: { $title }

error-not-found-title = Página não encontrada
error-not-found-body = Não encontrámos esta página. O endereço pode estar mal escrito, ou a página mudou de lugar.
error-not-found-home = Ir para a página inicial
error-internal-title = Algo correu mal
error-internal-body = O erro é nosso, não seu. Tente novamente daqui a pouco.
error-bad-request-title = Não conseguimos perceber este pedido
error-too-large-title = O que enviou é demasiado grande
error-too-large-back = Use o botão Retroceder do seu navegador: o formulário mantém o que escreveu. Depois encurte a descrição e envie-a novamente.
error-rate-limited = Demasiados pedidos a partir da sua ligação em pouco tempo. Aguarde um minuto e tente novamente.
stats-title = Estatísticas abertas
stats-lead = Quantas comunicações este portal recebeu, sobre que assuntos e com que rapidez os destinatários as confirmaram. São apenas contagens: não é possível reconhecer nenhuma comunicação a partir delas.
stats-empty = Ainda não foi recebida nenhuma comunicação, pelo que não há nada a contar.
stats-unavailable = Neste momento não é possível mostrar as estatísticas. Tente novamente daqui a alguns minutos.
stats-withheld = confidencial
stats-chart-title = Comunicações recebidas por mês
stats-chart-caption = Comunicações recebidas por mês (UTC). Os mesmos números constam da tabela abaixo.
stats-per-month = Comunicações por mês
stats-category = Categoria
stats-breakdowns = Comunicações por mês, desagregadas
stats-by-incident = Por tipo de incidente
stats-by-country = Por país
stats-by-victim = Por quem comunicou
stats-deliveries = Entregas aos destinatários
stats-no-deliveries = Ainda nenhuma comunicação foi entregue a um destinatário.
stats-deliveries-caption = Comunicações enviadas a cada tipo de destinatário, todos os meses em conjunto
stats-recipient-kind = Tipo de destinatário
stats-delivered = Entregues
stats-acknowledged = Confirmadas pelo destinatário
stats-failed = Não foi possível entregar
stats-median-ack = Tempo mediano até à confirmação
stats-hours = { $hours } h
stats-method = As contagens inferiores a { $threshold } (exceto zero) são confidenciais e não são divulgadas; quando uma contagem confidencial puder ser deduzida a partir do total do mês, outras contagens passam também a ser confidenciais. As contagens baseiam-se apenas no mês, no tipo de incidente, no país, em quem comunicou e no tipo de destinatário, dados que se mantêm quando os dados pessoais de uma comunicação são apagados.
stats-api = Os mesmos números em formato JSON
