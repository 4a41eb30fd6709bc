## Tools: "Is this message a scam?" (/{lang}/check)

check-title = Esta mensagem é uma burla?
tool-busy = A verificar…
check-lead = Cole o SMS, o e-mail, a mensagem de chat, o link, o número de telefone ou o endereço do remetente que recebeu. Procuramos os sinais habituais de burla. Nada do que colar é guardado ou enviado para lado nenhum: é verificado neste servidor e depois esquecido.
check-field-text = A mensagem, o link ou o endereço
check-field-text-hint = Cole tal como recebeu. Não clique antes nos links que contém.
check-field-country = O seu país
check-submit = Verificar a mensagem
check-error-empty = Cole a mensagem ou o link que quer verificar.
check-truncated = A mensagem é muito longa: só verificámos os primeiros { $chars } caracteres.
check-unchecked-links = Outros links que não verificámos: { $count }.
check-found-title = { $count ->
    [one] Encontrámos um sinal de burla
    [many] Encontrámos { $count } de sinais de burla
   *[other] Encontrámos { $count } sinais de burla
}
check-found-lead = Não clique nos links, não ligue para os números que a mensagem indica, não pague nada e não dê nenhum código nem palavra-passe.
check-none-title = Não encontrámos sinais de burla conhecidos
check-none-lead = Isso não quer dizer que seja segura. Os burlões mudam as palavras todas as semanas. Se a mensagem lhe pede alguma coisa, contacte diretamente a entidade pelo site oficial, pela app ou pelo número que está no seu cartão ou contrato, nunca através da mensagem.
check-weak-title = Vale a pena verificar
check-links-title = Links e endereços na mensagem
check-link-official = endereço oficial de: { $name }
check-link-lookalike = imitação de: { $name }
check-link-unknown = endereço que não conhecemos
check-what-now = O que fazer agora
check-forward = Denunciar a mensagem
check-advice-link = Conselhos: phishing e mensagens falsas
check-never-ask = Os bancos, a polícia e as entidades públicas nunca lhe pedem, por mensagem ou por telefone, palavras-passe, códigos de confirmação ou dados do cartão. Nunca lhe pedem para transferir dinheiro para uma «conta segura» nem para instalar uma app que permita controlar o seu telemóvel ou computador.

check-sign-lookalike = O link aponta para { $domain }, que parece o endereço oficial ({ $official }), mas não é. Entidade imitada: { $brand }.
check-sign-brand-in-domain = O link usa o nome «{ $brand }» dentro de outro endereço ({ $domain }). O endereço oficial é { $official }.
check-sign-name-in-domain = O link usa o nome «{ $brand }», mas aponta para outro site: { $domain }.
check-sign-brand-elsewhere = A mensagem usa o nome «{ $brand }», mas o link aponta para { $domain }, e não para o site oficial ({ $official }).
check-sign-link-ip = Um link aponta para um simples número ({ $domain }) em vez de um site com nome.
check-sign-link-shortener = Um link está encurtado ({ $domain }): não é possível ver para onde leva realmente.
check-sign-link-punycode = Um endereço usa letras de outros alfabetos parecidas com as nossas ({ $domain }).
check-sign-link-script = Contém um link que executa código ou esconde conteúdo ({ $domain }); os remetentes verdadeiros nunca os usam.
check-sign-hidden-characters = Contém caracteres invisíveis que alteram a forma como o texto é mostrado; servem para disfarçar endereços.
check-sign-safe-account = Pede-lhe para transferir dinheiro para uma conta «segura» ou «protegida». Nenhum banco nem nenhum polícia verdadeiro o faz.
check-sign-code = Pede-lhe para dar, enviar ou ler em voz alta um código. Um código que recebe é só para si; quem o pede quer ficar com a sua conta ou aprovar um pagamento.
check-sign-remote-access = Pede-lhe para instalar ou abrir uma app de acesso remoto (como AnyDesk ou TeamViewer). Com ela, um desconhecido controla o seu telemóvel ou computador.
check-sign-credentials = Pede-lhe para confirmar o seu utilizador, palavra-passe, PIN ou dados do cartão.
check-sign-fee = Pede um pequeno pagamento para libertar uma encomenda ou pagar uma taxa: uma forma comum de obter os dados do seu cartão.
check-sign-gift-card-crypto = Pede pagamento em cartões-oferta, vales ou criptomoedas, que não se conseguem rastrear nem reembolsar.
check-sign-new-number = Diz ser de um familiar com um «número novo»: ligue a essa pessoa para o número que conhece antes de fazer seja o que for.
check-sign-threat = Faz ameaças (conta bloqueada, multa, processo em tribunal, polícia) para que aja por medo.
check-sign-urgency = Exige uma resposta rápida («nas próximas 24 horas», «último aviso»). As entidades verdadeiras dão-lhe tempo.
check-sign-refund = Promete um reembolso ou dinheiro a que teria direito: um isco comum para obter os seus dados bancários.
check-sign-prize = Diz que ganhou um prémio ou uma recompensa num sorteio em que nunca participou.

## "Is this really them?" (on /{lang}/check)

verify-contact-title = É mesmo a polícia, o meu banco ou uma autoridade?
verify-contact-lead = Introduza um número de telefone, endereço de e-mail ou site que diz ser de uma autoridade. Procuramo-lo entre os canais oficiais do nosso diretório.
verify-contact-field = Número de telefone, endereço de e-mail ou site
verify-contact-submit = Procurar
verify-contact-found = Consta do nosso diretório para:
verify-contact-source = fonte
verify-contact-none = Não conhecemos este canal para nenhuma autoridade do nosso diretório. Isso não prova que seja falso, mas não confie nele: procure diretamente o contacto da autoridade, no seu site oficial.
verify-contact-error = Introduza um número de telefone, um endereço de e-mail ou um endereço web.

## "Which ransomware is this?" (/{lang}/ransomware)

ransomware-title = Que ransomware é este?
ransomware-lead = Diga-nos o que vê: a extensão acrescentada aos ficheiros cifrados, o nome do ficheiro da nota de resgate ou o texto da nota. Comparamos com as famílias de ransomware conhecidas. Nada é carregado: não nos envie ficheiros.
ransomware-field-extension = Extensão dos ficheiros cifrados
ransomware-field-extension-hint = Por exemplo: foto.jpg.akira → .akira
ransomware-field-note-filename = Nome do ficheiro da nota de resgate
ransomware-field-note = Texto da nota de resgate (opcional)
ransomware-field-note-hint = Os endereços de e-mail e onion que contém também são comparados. Não contacte os criminosos.
ransomware-submit = Identificar
ransomware-error-empty = Indique pelo menos um: a extensão, o nome do ficheiro da nota ou o texto da nota.
ransomware-results = Famílias prováveis
ransomware-ambiguous = Várias famílias correspondem ao que indicou: a resposta é incerta. Acrescente o nome do ficheiro ou o texto da nota de resgate para afinar o resultado.
ransomware-none = Nenhuma família conhecida corresponde. É comum com ransomware novo ou raro.
ransomware-fake = falso: pode não cifrar realmente os ficheiros
ransomware-evidence-address = um endereço na nota
ransomware-evidence-note-file = o nome do ficheiro da nota
ransomware-evidence-extension = a extensão
ransomware-evidence-name = o nome indicado na nota
ransomware-evidence-wording = a redação da nota
ransomware-refs = Fontes
ransomware-decryptors = Procurar uma ferramenta de desencriptação gratuita
ransomware-nomoreransom = No More Ransom: ferramentas de desencriptação (polícia e empresas de segurança)
ransomware-cryptosheriff = Crypto Sheriff: carregue lá dois ficheiros cifrados para identificar o ransomware (no site do projeto No More Ransom)
ransomware-next = Não pague, guarde os ficheiros cifrados e a nota, desligue da rede os dispositivos afetados e denuncie o ataque.
ransomware-advice = Conselhos sobre ransomware
ransomware-data = Dados: galáxia de ransomware do projeto MISP (versão { $version }, CC0).

## "Was this message really sent by cyberhelp?" (/{lang}/verify)

verify-title = Esta mensagem foi mesmo enviada pelo cyberhelp?
verify-lead = As mensagens deste portal sobre uma comunicação indicam a respetiva referência (por exemplo, 7K4M-9QXP-2D). Introduza-a para saber se enviámos mensagens sobre ela e quando. Não é mostrado mais nada sobre a comunicação.
verify-field = Referência indicada na mensagem
verify-submit = Verificar
verify-sent = O cyberhelp enviou mensagens sobre esta referência nas seguintes datas:
verify-none = O cyberhelp não enviou nenhuma mensagem sobre esta referência. Se uma mensagem com esta referência disser que vem de nós, não confie nela nem faça o que lhe pede.
verify-invalid = Uma referência tem 10 letras e algarismos, por exemplo, 7K4M-9QXP-2D.
