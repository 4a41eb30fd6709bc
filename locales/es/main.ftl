## Shell: skip link, header, navigation, footer

shell-skip-link = Saltar al contenido principal
shell-site-name = cyberhelp
shell-tagline = Ayuda tras un ciberataque
shell-nav-label = Menú principal
shell-nav-home = Inicio
shell-nav-advice = Consejos
shell-nav-bulletins = Amenazas actuales
shell-nav-report = Notificar un incidente
shell-nav-search = Buscar
shell-language-label = Idioma
shell-language-submit = Cambiar
shell-footer-emergency = ¿Está en peligro ahora mismo? Llame al 112, el número de emergencias en todos los países de la UE.
shell-footer-never-ask = Nunca le pediremos sus contraseñas, pagos ni acceso remoto a su dispositivo. Quien lo haga no somos nosotros.
shell-footer-privacy = Sin rastreadores ni peticiones a terceros: este sitio no carga nada desde ningún otro lugar.
shell-footer-source = Software libre, que puede alojar usted mismo.
shell-footer-licence = Nuestros textos se publican con licencia CC BY 4.0: puedes reutilizarlos libremente citando a cyberhelp.
shell-footer-feeds = Avisos de amenazas como canal Atom

## Home page

home-title = Ayuda tras un ciberataque
home-lead = ¿Le han pirateado una cuenta, ha pagado en una tienda falsa o un ransomware ha atacado su empresa? Descubra qué hacer ahora, a quién avisar y en qué plazo.
home-emergency = Si está en peligro ahora mismo, llame al 112.
home-tasks-heading = ¿Qué necesita?
home-task-advice = Obtener consejos
home-task-advice-desc = Ayuda paso a paso para lo que le ha ocurrido.
home-task-bulletins = Consultar amenazas actuales
home-task-bulletins-desc = Estafas y ataques que están ocurriendo ahora, y qué hacer frente a ellos.
home-task-report = Notificar un incidente
home-task-report-desc = Avise una sola vez a las autoridades adecuadas y sepa quién se encarga y en qué plazo.
home-incidents-heading = ¿Qué ha pasado?
home-bulletins-heading = Amenazas activas
home-bulletins-people = Estafas que circulan ahora
home-bulletins-organisations = Para los equipos informáticos de las organizaciones: vulnerabilidades que se están explotando
home-bulletins-empty = En este momento no hay avisos de amenazas activos.
home-bulletins-all = Todos los avisos de amenazas

## Errors

error-title-prefix = Error: { $title }

error-not-found-title = Página no encontrada
error-not-found-body = No hemos encontrado esta página. Puede que la dirección esté mal escrita o que la página se haya movido.
error-not-found-home = Ir a la página de inicio
error-internal-title = Algo ha fallado
error-internal-body = El error es nuestro, no suyo. Vuelva a intentarlo dentro de un momento.
error-bad-request-title = No hemos podido entender esta solicitud
error-too-large-title = Lo que ha enviado es demasiado grande
error-too-large-back = Use el botón Atrás de su navegador: el formulario conserva lo que escribió. Después acorte la descripción y vuelva a enviarla.
error-rate-limited = Demasiadas solicitudes desde su conexión en poco tiempo. Espere un minuto e inténtelo de nuevo.
stats-title = Estadísticas abiertas
stats-lead = Cuántas notificaciones ha recibido este portal, sobre qué y con qué rapidez las confirmaron los destinatarios. Son solo recuentos: en ellos no se puede reconocer ninguna notificación.
stats-empty = Todavía no se ha recibido ninguna notificación, así que no hay nada que contar.
stats-unavailable = Ahora mismo no podemos mostrar las estadísticas. Vuelva a intentarlo dentro de unos minutos.
stats-withheld = confidencial
stats-chart-title = Notificaciones recibidas por mes
stats-chart-caption = Notificaciones recibidas por mes (UTC). Las mismas cifras figuran en la tabla de abajo.
stats-per-month = Notificaciones por mes
stats-category = Categoría
stats-breakdowns = Notificaciones por mes, desglosadas
stats-by-incident = Por tipo de incidente
stats-by-country = Por país
stats-by-victim = Según quién notificó
stats-deliveries = Envíos a los destinatarios
stats-no-deliveries = Todavía no se ha entregado ninguna notificación a un destinatario.
stats-deliveries-caption = Notificaciones enviadas a cada tipo de destinatario, todos los meses en conjunto
stats-recipient-kind = Tipo de destinatario
stats-delivered = Entregadas
stats-acknowledged = Confirmadas por el destinatario
stats-failed = No se pudieron entregar
stats-median-ack = Mediana del tiempo hasta la confirmación
stats-hours = { $hours } h
stats-method = Los recuentos inferiores a { $threshold } (salvo el cero) son confidenciales y no se publican; cuando un recuento confidencial podría deducirse del total del mes, también se declaran confidenciales otros recuentos. Los recuentos solo tienen en cuenta el mes, el tipo de incidente, el país, quién notificó y el tipo de destinatario: datos que se conservan cuando se borran los datos personales de una notificación.
stats-api = Las mismas cifras en formato JSON
