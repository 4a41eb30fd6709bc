## Tools: "Is this message a scam?" (/{lang}/check)

check-title = ¿Este mensaje es una estafa?
tool-busy = Comprobando…
check-lead = Pegue el SMS, el correo electrónico, el mensaje de chat, el enlace, el número de teléfono o la dirección del remitente que ha recibido. Buscamos las señales habituales de una estafa. Nada de lo que pegue se guarda ni se envía a ningún sitio: se comprueba en este servidor y se olvida.
check-field-text = El mensaje, el enlace o la dirección
check-field-text-hint = Péguelo tal como lo recibió. No abra antes sus enlaces.
check-field-country = Su país
check-submit = Comprobar el mensaje
check-error-empty = Pegue el mensaje o el enlace que quiere comprobar.
check-truncated = El mensaje es muy largo: solo hemos comprobado sus primeros { $chars } caracteres.
check-unchecked-links = Otros enlaces que no hemos comprobado: { $count }.
check-found-title = { $count ->
    [one] Hemos encontrado una señal de estafa
    [many] Hemos encontrado { $count } de señales de estafa
   *[other] Hemos encontrado { $count } señales de estafa
}
check-found-lead = No haga clic en sus enlaces, no devuelva la llamada a los números que aparecen, no pague nada y no dé ningún código ni contraseña.
check-none-title = No hemos encontrado señales conocidas de estafa
check-none-lead = Eso no significa que sea seguro. Los estafadores cambian sus mensajes cada semana. Si el mensaje le pide que haga algo, contacte directamente con la entidad a través de su web oficial, su app o el número que figura en su tarjeta o en su contrato, nunca a través del mensaje.
check-weak-title = Conviene comprobarlo
check-links-title = Enlaces y direcciones del mensaje
check-link-official = dirección oficial de: { $name }
check-link-lookalike = imitación de: { $name }
check-link-unknown = dirección que no conocemos
check-what-now = Qué hacer ahora
check-forward = Denuncie el mensaje
check-advice-link = Consejos: phishing y mensajes falsos
check-never-ask = Los bancos, la policía y los organismos públicos nunca le piden por mensaje o por teléfono contraseñas, códigos de verificación ni datos de su tarjeta. Nunca le piden que mueva dinero a una «cuenta segura» ni que instale una app para controlar su móvil o su ordenador.

check-sign-lookalike = El enlace lleva a { $domain }, que se parece a la dirección oficial ({ $official }), pero no lo es. Entidad suplantada: { $brand }.
check-sign-brand-in-domain = El enlace mete el nombre «{ $brand }» dentro de otra dirección ({ $domain }). La dirección oficial es { $official }.
check-sign-name-in-domain = El enlace usa el nombre «{ $brand }», pero lleva a otra web: { $domain }.
check-sign-brand-elsewhere = El mensaje usa el nombre «{ $brand }», pero su enlace lleva a { $domain }, no a la web oficial ({ $official }).
check-sign-link-ip = Un enlace lleva a un simple número ({ $domain }) en lugar de a una web con nombre.
check-sign-link-shortener = Un enlace está acortado ({ $domain }): no se puede ver adónde lleva realmente.
check-sign-link-punycode = Una dirección usa letras de otros alfabetos que se parecen a las nuestras ({ $domain }).
check-sign-link-script = Contiene un enlace que ejecuta código u oculta contenido ({ $domain }); los remitentes de verdad nunca los usan.
check-sign-hidden-characters = Contiene caracteres invisibles que cambian cómo se muestra el texto; se usan para disfrazar direcciones.
check-sign-safe-account = Le pide que mueva dinero a una cuenta «segura» o «protegida». Ningún banco ni policía de verdad lo hace nunca.
check-sign-code = Le pide que dé, envíe o lea en voz alta un código. Un código que usted recibe es solo para usted; quien se lo pide quiere hacerse con su cuenta o aprobar un pago.
check-sign-remote-access = Le pide que instale o abra una app de control remoto (como AnyDesk o TeamViewer). Con ella, un desconocido controla su móvil o su ordenador.
check-sign-credentials = Le pide que confirme su usuario, su contraseña, su PIN o los datos de su tarjeta.
check-sign-fee = Le pide un pequeño pago para liberar un paquete o saldar un cargo: una forma habitual de conseguir los datos de su tarjeta.
check-sign-gift-card-crypto = Pide el pago con tarjetas regalo, cupones o criptomonedas, que no se pueden rastrear ni devolver.
check-sign-new-number = Dice ser un familiar con un «número nuevo»: llame a esa persona al número que ya conoce antes de hacer nada.
check-sign-threat = Le amenaza con bloquear su cuenta, con una multa, un juicio o la policía, para asustarle y que actúe.
check-sign-urgency = Le mete prisa («en 24 horas», «último aviso»). Las entidades de verdad le dan tiempo.
check-sign-refund = Le promete un reembolso o un dinero que se le debe: un cebo habitual para conseguir sus datos bancarios.
check-sign-prize = Dice que ha ganado un premio o una recompensa en un sorteo en el que nunca participó.

## "Is this really them?" (on /{lang}/check)

verify-contact-title = ¿Es de verdad la policía, mi banco o un organismo público?
verify-contact-lead = Escriba un número de teléfono, una dirección de correo o una web que dice ser de una autoridad. La buscamos entre los canales oficiales de nuestro directorio.
verify-contact-field = Número de teléfono, dirección de correo o sitio web
verify-contact-submit = Buscar
verify-contact-found = Figura en nuestro directorio para:
verify-contact-source = fuente
verify-contact-none = No conocemos este canal para ninguna autoridad de nuestro directorio. Eso no demuestra que sea falso, pero no se fíe: busque por su cuenta el contacto de la autoridad en su web oficial.
verify-contact-error = Escriba un número de teléfono, una dirección de correo o una dirección web.

## "Which ransomware is this?" (/{lang}/ransomware)

ransomware-title = ¿Qué ransomware es este?
ransomware-lead = Díganos lo que ve: la extensión añadida a sus archivos cifrados, el nombre del archivo de la nota de rescate o el texto de la nota. Lo comparamos con las familias de ransomware conocidas. No se sube nada: no nos envíe archivos.
ransomware-field-extension = Extensión de los archivos cifrados
ransomware-field-extension-hint = Por ejemplo: foto.jpg.akira → .akira
ransomware-field-note-filename = Nombre del archivo de la nota de rescate
ransomware-field-note = Texto de la nota de rescate (opcional)
ransomware-field-note-hint = También se comparan las direcciones de correo y onion que contenga. No contacte con los delincuentes.
ransomware-submit = Identificar
ransomware-error-empty = Indique al menos uno de estos datos: la extensión, el nombre del archivo de la nota o su texto.
ransomware-results = Familias probables
ransomware-ambiguous = Varias familias coinciden con lo que ha indicado: la respuesta no es segura. Añada el nombre del archivo o el texto de la nota de rescate para afinar.
ransomware-none = No coincide ninguna familia conocida. Es habitual con ransomware nuevo o poco frecuente.
ransomware-fake = falso: puede que en realidad no cifre los archivos
ransomware-evidence-address = una dirección de la nota
ransomware-evidence-note-file = el nombre del archivo de la nota
ransomware-evidence-extension = la extensión
ransomware-evidence-name = su nombre en la nota
ransomware-evidence-wording = la redacción de la nota
ransomware-refs = Fuentes
ransomware-decryptors = Busque una herramienta de descifrado gratuita
ransomware-nomoreransom = No More Ransom: herramientas de descifrado (policía y empresas de seguridad)
ransomware-cryptosheriff = Crypto Sheriff: suba allí dos archivos cifrados para identificar el ransomware (en la web de No More Ransom)
ransomware-next = No pague, conserve los archivos cifrados y la nota, desconecte de la red los dispositivos afectados y notifique el incidente.
ransomware-advice = Consejos sobre ransomware
ransomware-data = Datos: galaxia de ransomware del proyecto MISP (versión { $version }, CC0).

## "Was this message really sent by cyberhelp?" (/{lang}/verify)

verify-title = ¿Este mensaje lo ha enviado realmente cyberhelp?
verify-lead = Los mensajes de este portal sobre una notificación llevan su referencia (por ejemplo, 7K4M-9QXP-2D). Escríbala para saber si hemos enviado mensajes sobre ella y cuándo. No se muestra nada más sobre la notificación.
verify-field = Referencia que aparece en el mensaje
verify-submit = Comprobar
verify-sent = cyberhelp ha enviado mensajes sobre esta referencia en estas fechas:
verify-none = cyberhelp no ha enviado ningún mensaje sobre esta referencia. Si un mensaje con esta referencia dice venir de nosotros, no se fíe de él ni haga lo que le pide.
verify-invalid = Una referencia tiene 10 letras y cifras, por ejemplo, 7K4M-9QXP-2D.
