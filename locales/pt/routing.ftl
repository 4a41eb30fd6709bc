## Routing: why each step is recommended (ids referenced from content/routing.toml)

route-why-police-people = Se alguém o ameaça, assedia ou explora, ou se está envolvida uma criança, a polícia vem primeiro. Não pague e não negocie: guarde as mensagens como prova.
route-why-helpline = Não está só: estas linhas de apoio ouvem-no, aconselham-no e podem ajudar a remover imagens ou conteúdos.
route-why-nis2-early-warning = Enquanto entidade essencial ou importante, tem de enviar um alerta precoce à sua CSIRT ou à autoridade competente no prazo de 24 horas após ter conhecimento de um incidente significativo.
route-why-nis2-notification = No prazo de 72 horas, envie a notificação de incidente: avaliação inicial, gravidade, impacto e indicadores de comprometimento.
route-why-nis2-final = No prazo de um mês após a notificação de incidente, envie o relatório final: descrição pormenorizada, causa principal, medidas tomadas e impacto transfronteiriço.
route-why-gdpr-controller = Estão em causa dados pessoais de outras pessoas, por isso a sua organização é a responsável pelo tratamento: notifique a violação à autoridade de proteção de dados no prazo de 72 horas, a menos que seja improvável que represente um risco para alguém. Se o risco para as pessoas afetadas for elevado, informe-as também.
route-why-police-money = Apresente queixa da burla à polícia. O seu banco ou a sua seguradora podem pedir-lhe o número da queixa.
route-why-platform = Use as páginas oficiais de recuperação e de denúncia do serviço em causa (nunca links que lhe tenham enviado). Denuncie a conta ou o conteúdo para que a plataforma o possa bloquear.
route-why-phishing-report = Reencaminhe a mensagem suspeita para o endereço nacional de denúncia: ajuda a bloquear o site falso para todos.
route-why-ecc = O vendedor está noutro país: o Centro Europeu do Consumidor do seu país ajuda gratuitamente em litígios transfronteiriços.
route-why-consumer = Denuncie o comerciante à autoridade de defesa do consumidor: pode agir contra lojas falsas e avisar outras pessoas.
route-why-csirt-business = A CSIRT nacional pode ajudar a sua organização a conter o ataque e a recuperar, e aprende com a sua comunicação para avisar outros.
route-why-dpa-citizen = Os seus dados foram divulgados por uma empresa. Não tem de avisar ninguém dentro de qualquer prazo: essa obrigação é da empresa. Se achar que os seus dados não estavam protegidos ou que a empresa não o informou, pode apresentar uma reclamação à autoridade de proteção de dados.
route-why-police-crime = Isto é crime em todos os países da UE. Uma queixa à polícia cria um registo oficial e pode ajudar uma investigação.
route-why-unsure = Não sabe bem o que aconteceu? A polícia pode receber a sua queixa e indicar-lhe o serviço certo. Guarde tudo como prova.
