## Bandeja de entrada de los puntos de contacto (/inbox): para el personal de un organismo (CSIRT, policía, autoridad de
## protección de datos…) que lee sus notificaciones en el portal. Formularios sencillos, sin JavaScript.
inbox-title = Bandeja de entrada
inbox-lead = Las notificaciones enviadas a su organización, de la más reciente a la más antigua. Al abrir una notificación, se confirma a la persona que la presentó que usted la ha recibido.
inbox-nav-label = Su cuenta
inbox-signed-in-as = Sesión iniciada como
inbox-signout = Cerrar sesión
inbox-back = Volver a la bandeja de entrada
inbox-error-title = No se ha podido completar la operación
inbox-error-csrf = Este formulario ha caducado o no procede de este sitio. Vuelva atrás, recargue la página e inténtelo de nuevo.
inbox-error-filter = El filtro «{ $field }» tiene un valor que esta bandeja de entrada no ofrece. Vuelva a elegirlo en el formulario.
inbox-signin-title = Iniciar sesión en la bandeja de entrada
inbox-signin-lead = Para el personal de los organismos que reciben notificaciones a través de este portal. Las cuentas las crea quien gestiona el portal.
inbox-field-email = Dirección de correo electrónico
inbox-field-password = Contraseña
inbox-field-code = Código de 6 dígitos de su aplicación de autenticación
inbox-signin-button = Iniciar sesión
inbox-session-ended = Su sesión ha finalizado. Vuelva a iniciar sesión.
inbox-signed-out = Ha cerrado la sesión.
inbox-link-title = O reciba por correo electrónico un enlace de inicio de sesión de un solo uso
inbox-link-button = Enviarme por correo electrónico un enlace de inicio de sesión
inbox-link-no-smtp = Los enlaces de inicio de sesión por correo electrónico no están disponibles en esta instalación: no puede enviar correos electrónicos.
inbox-link-sent = Si esta dirección tiene una cuenta, recibirá en breve un enlace de inicio de sesión. Funciona una sola vez, durante 15 minutos.
inbox-link-lead = Este enlace de un solo uso le permite iniciar sesión en la bandeja de entrada. Funciona una sola vez.
inbox-link-invalid = Este enlace de inicio de sesión ya no funciona: ya se ha utilizado, ha caducado o se ha copiado mal. Solicite uno nuevo.
inbox-link-email-subject = Su enlace de inicio de sesión en la bandeja de entrada de cyberhelp
inbox-link-email-body =
    Alguien (esperamos que usted) ha solicitado un enlace para iniciar sesión en la bandeja de entrada de cyberhelp.

    { $url }

    El enlace funciona una sola vez, durante { $minutes } minutos. Si no lo ha solicitado, ignore este correo electrónico: sin el enlace no ocurre nada.
inbox-invite-email-subject = Le invitamos a la bandeja de entrada de cyberhelp
inbox-invite-email-body =
    Quien gestiona el portal cyberhelp le ha creado una cuenta en la bandeja de entrada para que pueda leer las notificaciones enviadas a su organización y responder a ellas.

    Abra este enlace para iniciar sesión por primera vez; funciona una sola vez, en un plazo de { $hours } horas:

    { $url }

    Después, configure una contraseña y una aplicación de autenticación para los siguientes inicios de sesión.
inbox-setup-title = Contraseña y aplicación de autenticación
inbox-setup-link = Contraseña y aplicación de autenticación
inbox-setup-lead = Configure una contraseña y una aplicación de autenticación para iniciar sesión sin un enlace enviado por correo electrónico. Necesitará ambas cada vez.
inbox-setup-authenticator = Su aplicación de autenticación
inbox-setup-authenticator-lead = Añada una cuenta nueva en su aplicación de autenticación (TOTP: 6 dígitos, cada 30 segundos) y escriba esta clave:
inbox-setup-authenticator-hint = Mantenga esta clave en secreto. Solo se muestra en esta página; si vuelve más tarde, se generará una nueva.
inbox-field-new-password = Contraseña nueva (de 12 a 128 caracteres)
inbox-field-repeat-password = Repita la contraseña
inbox-setup-button = Guardar
inbox-setup-error-length = La contraseña debe tener entre 12 y 128 caracteres.
inbox-setup-error-mismatch = Las dos contraseñas no coinciden.
inbox-setup-error-code = El código no corresponde a la clave. Compruebe la hora de su teléfono y escriba el código actual.
inbox-setup-done = Su contraseña y su aplicación de autenticación ya están configuradas.
inbox-setup-suggest = Ha iniciado sesión con un enlace de un solo uso. Para iniciar sesión sin él, configure una contraseña y una aplicación de autenticación:
inbox-filter-state = Estado de tramitación
inbox-filter-incident = Tipo de incidente
inbox-filter-from = Recibidas desde
inbox-filter-to = Recibidas hasta
inbox-filter-button = Filtrar
inbox-filter-all = Todos
inbox-state-new = Nueva: aún no se ha registrado nada
inbox-state-received = Recibida por el destinatario
inbox-state-in-progress = El destinatario la está tramitando
inbox-state-closed = Cerrada por el destinatario
inbox-export = Exportar estas notificaciones:
inbox-empty = Todavía no se ha enviado ninguna notificación a su organización.
inbox-empty-filtered = Ninguna notificación coincide con estos filtros.
inbox-new = sin abrir
inbox-withdrawn = Retirada por la persona que la presentó
inbox-caption = Notificaciones para { $contact }, página { $page }
inbox-col-reference = Referencia
inbox-col-received = Recibida
inbox-col-incident = Tipo de incidente
inbox-col-victim = Notificada por
inbox-col-state = Estado de tramitación
inbox-col-deadline = Plazo legal
inbox-previous = Página anterior
inbox-next = Página siguiente
inbox-report-title = Notificación { $reference }
inbox-deadline = plazo legal: { $date }
inbox-purged = Los datos personales de esta notificación se borraron el { $date } (por el plazo de conservación del portal o porque la persona que la presentó la retiró).
inbox-withdrawn-note = La persona que presentó esta notificación la ha retirado: ya no se puede registrar nada más sobre ella ni enviarle nada. Aplique a lo que conserve sus propias normas para notificaciones retiradas.
inbox-timeline = Lo que ha registrado
inbox-no-updates = Aún no se ha registrado nada.
inbox-questions = Preguntas a la persona que presentó la notificación
inbox-answer = Respuesta:
inbox-no-answer = Aún sin respuesta.
inbox-done-status = Su actualización ha quedado registrada; la persona que presentó la notificación la verá en su página de estado.
inbox-done-question = Su pregunta se ha enviado; la persona que presentó la notificación la verá en su página de estado.
privacy-channel-inbox = se quedan en este portal, donde el organismo las lee en su propia bandeja de entrada
