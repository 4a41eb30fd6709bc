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
