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

## Dinheiro que ainda pode ser travado

route-why-card-block = Cancele já o cartão: ligue para o número que está no verso do cartão ou na app do seu banco, ou para a linha nacional de cancelamento de cartões. O cancelamento impede novos pagamentos com o cartão, mas não recupera uma transferência.
route-why-payment-recall-urgent = O dinheiro saiu há menos de um dia: ligue já para a linha de fraude do seu banco (o número da app do banco ou do cartão, nunca um que venha numa mensagem) e peça que travem ou revertam o pagamento. Cada hora conta.
route-why-payment-recall = Ligue para a linha de fraude do seu próprio banco (o número da app do banco ou do cartão, nunca um que venha numa mensagem): peça que travem ou revertam o pagamento e que protejam a sua conta. Se não autorizou o pagamento, peça o reembolso por escrito.
route-why-bank-access = Alguém pode conseguir aceder à sua conta bancária através do seu número de telefone ou do seu computador: ligue já para a linha de fraude do seu banco para que vigie ou bloqueie o acesso, mesmo que ainda não tenha saído dinheiro.

## Queixas e denúncias

route-why-police-stolen = Se o dispositivo foi roubado, apresente queixa do roubo à polícia: vai precisar do número da queixa para a seguradora e para o operador. Perder um dispositivo não é crime, por isso, se apenas o perdeu, não há nada a participar.
route-why-financial-regulator = O supervisor financeiro mantém uma lista de entidades que não estão autorizadas a oferecer investimentos e alerta o público contra elas. Denuncie a entidade e consulte os alertas antes de pagar mais alguma coisa: os burlões voltam muitas vezes fazendo-se passar por serviços de «recuperação» de dinheiro.
route-why-illegal-content-minor = Imagens ou mensagens que exploram sexualmente uma criança são ilegais em todo o lado: denuncie-as a este serviço para que sejam removidas e investigadas. Não as reencaminhe nem guarde cópias.
route-why-ncii = Se foram partilhadas imagens íntimas suas, ou se alguém ameaça partilhá-las, este serviço pode ajudar a bloqueá-las ou a removê-las sem que tenha de enviar as imagens a ninguém.
route-why-assistance = Este serviço ajuda gratuitamente pessoas na sua situação: explica-lhe o que fazer, põe-no em contacto com ajuda de confiança perto de si e indica-lhe onde denunciar.
route-why-victim-support = Sofrer uma burla ou ameaças é difícil. Este serviço gratuito e confidencial apoia vítimas de crime, quer apresente queixa à polícia, quer não.
route-why-outside-police = Não temos os serviços deste país. Apresente queixa à polícia local e peça um número de queixa por escrito: o seu banco e a sua seguradora podem pedi-lo.
route-why-outside-national = Este país tem um serviço nacional para denunciar crimes na internet.

## Porque é que um passo é opcional

route-optional-complaint = Opcional: se não perdeu nada, apresentar queixa à polícia é uma decisão sua; ajuda a polícia a detetar burlas que atingem muitas pessoas.
route-optional-stolen = Só se o dispositivo foi roubado.
route-optional-consumer = Opcional: não lhe devolve o dinheiro, mas ajuda a travar a loja e a avisar outras pessoas.
route-optional-ncii = Opcional: use-o se quiser que as imagens sejam removidas ou bloqueadas.
route-optional-csirt = Opcional para a sua organização: não há obrigação legal a menos que seja uma entidade NIS2, mas a CSIRT pode ajudar e avisar outros.
route-optional-gdpr-complaint = Opcional: pode apresentar reclamação; para si não há prazo.
route-optional-victim-support = Opcional: contacte-o sempre que precisar de falar com alguém.

## Obrigações legais (content/laws/)

route-why-nis2-trust = Enquanto prestador de serviços de confiança, tem de notificar no prazo de 24 horas após ter conhecimento de um incidente significativo que afete os seus serviços de confiança, e não de 72.
route-why-gdpr-processor = Trata estes dados por conta de outra organização (é o seu subcontratante): informe esse responsável pelo tratamento sem demora injustificada. É o responsável pelo tratamento, e não a sua organização, que decide se notifica a autoridade de proteção de dados.
route-why-gdpr-record = O disco estava fortemente cifrado e a chave está em segurança, por isso é improvável que a violação represente um risco para alguém e não tem de ser notificada. Registe-a no seu próprio registo de violações: factos, efeitos e medidas tomadas. Se a chave também se perdeu, ou se a cifragem era fraca, notifique no prazo de 72 horas.
route-why-dora-initial = Enquanto entidade financeira abrangida pelo DORA, envie à sua autoridade de supervisão a notificação inicial de um incidente grave relacionado com as TIC no prazo de 4 horas após o classificar como grave e, o mais tardar, 24 horas após ter tido conhecimento dele.
route-why-dora-intermediate = Envie o relatório intermédio no prazo de 72 horas após a notificação inicial.
route-why-dora-final = Envie o relatório final no prazo de um mês após o último relatório intermédio.
route-why-ch-isa = Os operadores de infraestruturas críticas têm de comunicar um ciberataque ao Serviço Federal de Cibersegurança suíço (BACS) no prazo de 24 horas após o descobrirem.
route-why-ch-isa-completion = Se a sua primeira comunicação estava incompleta, complete-a no prazo de 14 dias.
route-why-ch-fadp-breach = Se for provável que a violação resulte num risco elevado para as pessoas afetadas, comunique-a o mais rapidamente possível ao Comissário Federal para a Proteção de Dados e a Transparência (FDPIC).
route-why-gb-ukgdpr = Estão em causa dados pessoais de outras pessoas: notifique a violação ao Information Commissioner’s Office (ICO) no prazo de 72 horas após ter tido conhecimento dela, a menos que seja improvável que represente um risco para alguém.
route-why-gb-nis = Enquanto operador de serviços essenciais, notifique a sua autoridade competente de qualquer incidente com impacto significativo no seu serviço no prazo de 72 horas após ter tido conhecimento dele.
route-why-is-nis = Enquanto operador de serviços essenciais, notifique o CERT-IS de qualquer incidente significativo sem demora injustificada.
route-why-no-dsa = Enquanto prestador de um serviço essencial, notifique a Autoridade Nacional de Segurança da Noruega (NSM) de qualquer incidente significativo no prazo de 24 horas.
route-why-csirt-citizen = O CSIRT nacional também recebe participações de particulares: pode mandar retirar sites falsos, avisar outras pessoas e aconselhá-lo a limpar o seu dispositivo.
route-optional-csirt-citizen = Opcional: ajuda a proteger outras pessoas, mas não substitui a queixa às autoridades.

## Legal bases: Union acts are cited by type and number (EUR-Lex form); national citations keep the national act's own wording

law-regulation = Regulamento (UE) { $number }
law-directive = Diretiva (UE) { $number }
law-delegated-regulation = Regulamento Delegado (UE) { $number } da Comissão
law-article = art. { $article }
law-transposing = { $national }, que transpõe a { $eu }
law-not-transposed = { $eu }. Não está confirmado que esteja em vigor neste país ({ $country }) um ato nacional que a transponha: as regras nacionais podem ser diferentes.
