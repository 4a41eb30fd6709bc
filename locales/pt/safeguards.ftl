## Salvaguardas acrescentadas após uma revisão de segurança da caixa de entrada e da retirada de comunicações.
inbox-field-current-password = Palavra-passe atual
inbox-setup-error-current = A palavra-passe atual está incorreta.
inbox-signin-refused = O endereço de e-mail, a palavra-passe ou o código estão incorretos, ou a conta está bloqueada durante 15 minutos após 5 tentativas falhadas. Verifique-os e tente novamente, ou peça uma ligação de início de sessão.
followup-error-withdrawn = Retirou esta comunicação, pelo que já não são aceites respostas.
privacy-stored-inbox = No caso do pessoal das entidades que utilizam a caixa de entrada, são guardados num registo de auditoria o endereço de e-mail de cada pessoa, os seus inícios de sessão e o que consultou e fez, com o endereço IP utilizado.
