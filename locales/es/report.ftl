## Report form

report-title = Notificar un incidente
report-lead = Cuatro preguntas son obligatorias; todo lo demás es opcional. Antes de enviar nada, le mostramos quién recibirá su notificación y usted decide.
report-never-ask = Nunca le pediremos sus contraseñas, pagos ni acceso a su dispositivo. No escriba contraseñas en este formulario.
report-required-note = Los campos marcados con * son obligatorios.
report-section-who = Sobre usted
report-section-what = Qué ha pasado
report-section-money = Dinero y datos
report-section-contact = Cómo contactarle
report-field-country = País donde vive o donde tiene su sede su organización *
report-field-country-choose = Elija un país
report-field-country-other = Otro país
report-field-victim = ¿Quién es usted? *
report-victim-citizen = Un particular
report-victim-business = Una empresa u organización
report-victim-essential-entity = Una entidad esencial según la NIS2 (p. ej., energía, transporte, sanidad, agua potable, infraestructura digital)
report-victim-important-entity = Una entidad importante según la NIS2 (p. ej., servicios postales, residuos, sustancias químicas, alimentación, fabricación, proveedores digitales)
report-field-incident = ¿Qué ha pasado? *
report-field-incident-choose = Elige lo que ha pasado
report-incident-unknown = No lo sé
report-field-description = Describa lo que ha pasado, con sus propias palabras *
report-field-description-hint = Lo que vio, lo que hizo y lo que pasó después. Al menos 10 caracteres.
report-field-started = ¿Cuándo empezó? (opcional)
report-field-aware = ¿Cuándo se dio cuenta? (opcional; los plazos legales cuentan desde este momento)
report-field-dates-hint = Hora local del país que eligió más arriba. Déjelo vacío si no lo sabe.
report-field-ongoing = Todavía continúa
report-field-money-lost = He perdido dinero o he dado los datos de mi tarjeta o de mi cuenta bancaria
report-field-amount = Importe perdido (opcional)
report-field-currency = Moneda
report-field-personal-data = Hay datos personales de otras personas afectados (clientes, personal, pacientes)
report-field-minor = Hay un niño o un adolescente implicado
report-field-cross-border = El vendedor o la otra persona está en otro país
report-field-email = Correo electrónico (opcional)
report-field-phone = Teléfono (opcional)
report-field-anonymous = Notificar de forma anónima (sin datos de contacto)
report-contact-hint = Indique un contacto solo si acepta que las autoridades que elija se pongan en contacto con usted.
report-evidence-title = Pruebas que conserva (opcional)
report-evidence-body = Anote lo que conserva: capturas de pantalla, mensajes, correos guardados como archivos, extractos bancarios, cartas. No se sube nada: los archivos se quedan con usted hasta que la policía o un CSIRT se los pida. Nunca anote contraseñas ni códigos.
report-evidence-guide = Qué conservar en este tipo de incidente, y cómo
report-evidence-name = Nombre del archivo o qué es
report-evidence-note = Su nota (dónde está, qué muestra)
report-evidence-pick = Añadir archivos de este dispositivo
report-evidence-pick-hint = Se añaden a la lista el nombre, el tamaño, la fecha y la huella digital SHA-256 de cada archivo. Los archivos solo se leen en su dispositivo y nunca se suben. Gracias a la huella, cualquiera puede comprobar más adelante que un archivo es exactamente el que usted anotó.
report-evidence-working = Calculando la huella digital de { $name }…
report-evidence-done = Se ha añadido { $name } con su huella digital. El archivo se queda en su dispositivo.
report-evidence-too-large = { $name } ocupa más de { $size }, así que se ha añadido sin huella digital. Puede calcularla en un ordenador: con sha256sum en Linux, con shasum -a 256 en macOS y con certutil -hashfile y SHA256 en Windows.
report-evidence-unavailable = Este navegador no puede calcular huellas digitales en esta página; el archivo se ha añadido solo con su nombre, tamaño y fecha.
report-evidence-full = La lista está completa ({ $max } entradas).
report-honeypot = Deje este campo vacío
report-preview-button = Ver quién recibirá mi notificación
report-send-button = Enviar la notificación
report-edit-hint = Aún puede cambiar sus respuestas de arriba y volver a ver los destinatarios.
report-preview-title = Quién debe recibir su notificación
report-preview-lead = En este orden. Marque los organismos a los que quiere que enviemos su notificación; los demás pasos también merece la pena que los haga usted.
report-preview-uncovered = Todavía no tenemos puntos de contacto para este país.
report-consent = Enviar ahora mi notificación a: { $name }
report-consent-unavailable = No podemos enviarla por usted: póngase en contacto con ellos directamente.
report-deadline = Plazo legal: en { $hours } horas
report-deadline-at = como muy tarde el { $date }
report-legal-basis = Base jurídica: { $basis }
report-contact-website = Sitio web
report-contact-form = Formulario en línea
report-contact-email = Correo electrónico
report-contact-phone = Teléfono
report-contact-source = Fuente
report-contact-unverified = Compruebe este canal en la web de la autoridad: no hemos podido confirmarlo en una fuente oficial.
report-step-bank = Su banco o la línea de bloqueo de tarjetas
report-step-police = Policía
report-step-csirt = CSIRT (equipo nacional de respuesta a incidentes de seguridad informática)
report-step-dpa = Autoridad de protección de datos
report-step-consumer = Centro o autoridad de consumo
report-step-regulator = Autoridad competente
report-step-helpline = Línea de ayuda
report-step-platform = El servicio o la plataforma afectados
report-no-contact = Use el número que figura en el reverso de su tarjeta o la app o la web oficial de su banco.
report-errors-title = Revise estas respuestas
report-error-country-required = Elija un país.
report-error-country-invalid = Elija un país de la lista.
report-error-victim-required = Díganos quién es usted.
report-error-incident-required = Díganos qué ha pasado, o elija «No lo sé».
report-error-invalid-choice = Elija una de las opciones.
report-error-description-required = Describa lo que ha pasado.
report-error-description-short = Escriba un poco más (al menos 10 caracteres).
report-error-description-long = Acorte su descripción a 5000 caracteres.
report-error-control-chars = Quita los caracteres de control invisibles de este campo.
report-error-evidence-too-many = Anote como máximo 50 pruebas.
report-error-evidence-too-long = En la lista de pruebas hay un nombre o una nota demasiado largos: como máximo 255 caracteres para un nombre y 500 para una nota.
report-error-evidence-invalid = Una entrada de la lista de pruebas tiene un tamaño, una fecha o una huella digital no válidos. Quítela y vuelva a añadir el archivo.
report-error-date-invalid = Escriba una fecha como 2026-11-29 o deje el campo vacío.
report-error-date-future = Esta fecha está en el futuro.
report-error-aware-before-start = No puede haberse dado cuenta antes de que empezara.
report-error-amount-invalid = Escriba un importe como 250 o 250,50.
report-error-currency-invalid = Elija una moneda.
report-error-email-invalid = Escriba una dirección de correo como nombre@example.org o deje el campo vacío.
report-error-phone-invalid = Escriba un número de teléfono de 6 a 20 cifras o deje el campo vacío.
report-error-anonymous-with-contact = Ha pedido seguir en el anonimato: borre sus datos de contacto o desmarque «Notificar de forma anónima».
report-error-bad-request = No hemos podido leer lo que se envió. Vuelva atrás e inténtelo de nuevo.
report-error-no-recipient = No se ha enviado nada: no ha marcado ningún destinatario. Marque al menos uno abajo o guarde la notificación solo como constancia propia.
report-record-button = Guardarla solo como constancia propia (no enviar nada)
report-draft-sent = Esta notificación ya se ha enviado. Su referencia es { $reference }.
report-draft-receipt = Ver el justificante
report-draft-new = Empezar una nueva notificación
report-draft-expired = Esta página ha caducado: para proteger su privacidad, lo que ha escrito se guarda como máximo 2 horas desde la última vez que vio los destinatarios. Vuelva a rellenar el formulario.
report-step-later-duty = Para más adelante: la enviará usted cuando venza el plazo, indicando su referencia. Ahora no la enviamos nosotros.
report-step-clocks = Plazos legales para este destinatario
report-error-rate-limited = Demasiadas notificaciones desde su conexión en poco tiempo. Espere un minuto e inténtelo de nuevo.

## Receipt and status

receipt-title = Hemos recibido su notificación
receipt-title-record = Guardada solo como constancia propia: no se ha enviado nada
receipt-record-lead = Nadie ha recibido esta notificación. Si quiere notificar lo ocurrido, póngase usted en contacto con los organismos de abajo y use lo que ha escrito en esta página.
receipt-reference = Su referencia
receipt-reference-hint = Anótela o imprima esta página. Facilítela cuando una autoridad le pregunte por su notificación.
receipt-token = Su código privado de seguimiento
receipt-token-hint = Junto con la referencia, este código le permite ver el estado de su notificación. No lo comparta.
receipt-received = Recibida el { $date }
receipt-steps = Qué pasa ahora
receipt-state-queued = Pendiente de envío
receipt-state-sent = Enviada
receipt-state-acknowledged = Confirmada por el destinatario
receipt-state-failed = No se pudo entregar
receipt-state-not-sent = No la enviamos nosotros: contacte usted con ellos
receipt-download-json = Descargar una copia (JSON)
receipt-print = Imprimir esta página
receipt-status-link = Página de estado
receipt-your-report = Lo que ha notificado
receipt-manual-title = No se ha enviado automáticamente
receipt-manual-deadline = Para cumplir el plazo legal, notifíqueselo usted como muy tarde el { $date }, por uno de los canales de abajo, e indique su referencia.
receipt-manual-act = Póngase usted en contacto con ellos por uno de los canales de abajo e indique su referencia.
receipt-manual-deadline-find = Para cumplir el plazo legal, notifíqueselo usted como muy tarde el { $date }. No tenemos un canal confirmado para este organismo: búsquelo en la web oficial de la autoridad e indique su referencia.
receipt-manual-find = No tenemos un canal confirmado para este organismo: búsquelo en la web oficial de la autoridad, póngase usted en contacto con ellos e indique su referencia.
receipt-manual-not-chosen = No nos ha pedido que se la enviemos.
receipt-manual-no-channel = No tenemos forma de enviársela por usted.
receipt-private-title = No lo comparta
receipt-print-hint = Si imprime esta página, su código privado de seguimiento no aparecerá.
receipt-flags = También nos ha indicado
receipt-evidence = Pruebas que conserva
receipt-evidence-hint = Los archivos no se han enviado; consérvelos sin cambios. Si la huella digital SHA-256 de un archivo sigue coincidiendo, es exactamente el que usted anotó.
receipt-evidence-modified = última modificación: { $date }
receipt-zone-hint = Las horas se muestran en la zona horaria de { $zone }; en UTC: { $utc }.
status-title = Estado de su notificación
status-lead = Escriba la referencia y el código privado de seguimiento de su justificante. No hace falta cuenta.
status-field-reference = Referencia
status-field-token = Código privado de seguimiento
status-submit = Ver el estado
status-not-found = No hemos encontrado ninguna notificación con esta referencia y este código. Compruebe ambos e inténtelo de nuevo.

## Delivery: status notes on the receipt, and the recipients' confirmation page
receipt-note-waiting-setup = Este portal aún no está configurado para enviar denuncias a este destinatario. Su denuncia se guarda y se enviará en cuanto lo esté; también puede contactar con ellos usted mismo.
receipt-note-retrying = El envío aún no ha funcionado. Lo volvemos a intentar automáticamente.
receipt-note-failed = Contacte con ellos usted mismo e indique su referencia.
delivery-ack-title = Confirmar la recepción
delivery-ack-intro = Confirme que su organización ha recibido la denuncia { $reference }. La persona que la presentó lo verá en su página de estado.
delivery-ack-button = Confirmar la recepción
delivery-ack-done = Gracias. La recepción de la denuncia { $reference } está confirmada.
delivery-ack-invalid = Este enlace de confirmación no es válido. Use el enlace del correo electrónico tal como se envió.
delivery-status-title = Informe a quien presentó la denuncia de cómo va su caso
delivery-status-lead = La persona que presentó la denuncia verá su actualización en su página de estado, junto con el número de expediente y el mensaje que usted indique. Escriba texto sin formato; no incluya datos personales de otras personas.
delivery-status-state = Estado
delivery-status-reference = Su número de expediente (opcional)
delivery-status-outcome = Resultado (opcional)
delivery-status-message = Mensaje para la persona que presentó la denuncia (opcional, 2000 caracteres como máximo)
delivery-status-button = Enviar la actualización
delivery-status-done = Gracias. Su actualización de la denuncia { $reference } ha quedado registrada; la persona que la presentó la verá en su página de estado.
delivery-status-back = Volver al formulario
delivery-status-error-unknown-state = Elija uno de los estados de la lista.
delivery-status-error-unknown-outcome = Elija uno de los resultados de la lista, o ninguno.
delivery-status-error-message-too-long = El mensaje es demasiado largo: 2000 caracteres como máximo.
delivery-status-error-field-too-long = El número de expediente es demasiado largo: 100 caracteres como máximo.
delivery-status-error-control-characters = Quite los caracteres de control invisibles del número de expediente o del mensaje.
delivery-status-error-state-backwards = Esta denuncia ya está en un estado posterior; el estado no puede retroceder.
delivery-status-error-not-delivered = Esta denuncia no se le ha entregado a usted, así que no hay nada que actualizar.
delivery-status-error-unknown-delivery = Este enlace no es válido. Use el enlace del correo electrónico tal como se envió.
recipient-state-received = Recibida por el destinatario
recipient-state-in-progress = El destinatario la está tramitando
recipient-state-closed = Cerrada por el destinatario
recipient-outcome-advice-given = Se ha dado asesoramiento
recipient-outcome-case-opened = Se ha abierto un expediente
recipient-outcome-referred-elsewhere = Remitida a otro organismo
recipient-outcome-no-action-possible = No es posible tomar medidas
recipient-their-reference = número de expediente del destinatario: { $reference }
recipient-updates = Lo que le ha comunicado el destinatario

## Preguntas que deciden a quién avisar (se muestran tras la vista previa cuando cambian la respuesta)

report-victim-public-body = Un organismo público (por ejemplo, un ayuntamiento o un colegio)
report-section-more = Unas preguntas más: sus respuestas cambian a quién debe avisar
report-field-region = Región
report-field-region-choose = Elija su región
report-field-sector = Sector de su organización
report-field-sector-hint = Las entidades NIS2 deben elegir uno; los bancos y otras entidades financieras notifican conforme a DORA.
report-field-sector-none = Mi sector no aparece / no lo sé
report-sector-energy = Energía
report-sector-transport = Transporte
report-sector-banking = Banca
report-sector-financial-market-infrastructure = Infraestructuras de los mercados financieros
report-sector-health = Sanidad
report-sector-drinking-water = Agua potable
report-sector-waste-water = Aguas residuales
report-sector-digital-infrastructure = Infraestructura digital
report-sector-ict-service-management = Gestión de servicios de TIC (servicios gestionados)
report-sector-public-administration = Administración pública
report-sector-space = Espacio
report-sector-postal-courier = Servicios postales y de mensajería
report-sector-waste-management = Gestión de residuos
report-sector-chemicals = Sustancias químicas
report-sector-food = Alimentación
report-sector-manufacturing = Fabricación
report-sector-digital-providers = Proveedores digitales (mercados en línea, motores de búsqueda, redes sociales)
report-sector-research = Investigación
report-sector-trust-services = Servicios de confianza (firmas y sellos electrónicos, sellos de tiempo)
report-field-role = Respecto a los datos personales afectados, su organización es
report-role-controller = la responsable del tratamiento: decide para qué y cómo se usan los datos
report-role-processor = una encargada del tratamiento: trata los datos por cuenta de otra organización
report-role-unsure = no lo sé
report-field-device-encrypted = El disco del dispositivo perdido estaba cifrado de forma robusta y la contraseña o la clave están a salvo
report-field-payment = ¿Cómo salió el dinero?
report-payment-card = Con tarjeta
report-payment-transfer = Por transferencia bancaria
report-payment-instant = Por transferencia inmediata o una app de pagos
report-payment-crypto = En criptomonedas
report-payment-cash = En efectivo, cupones o tarjetas regalo
report-payment-none = No salió dinero
report-field-payment-recent = Hace menos de 24 horas
report-field-self-approved = El pago lo aprobé yo (por ejemplo, durante una llamada de un falso empleado del banco)
report-error-region-invalid = Elija una región del país que ha seleccionado.
report-error-sector-required = Elija el sector de su organización: de él dependen las obligaciones NIS2.
report-error-role-citizen = Un particular no puede ser encargado del tratamiento: elija «no lo sé».
report-step-controller = La organización por cuya cuenta trata los datos (el responsable del tratamiento)
report-step-optional = Opcional
report-deadline-after-hours = Plazo legal: en { $hours } horas desde su notificación anterior
report-deadline-after-months = Plazo legal: en { $months ->
    [one] un mes
   *[other] { $months } meses
} desde su notificación anterior
report-deadline-undue-delay = Obligación legal: sin dilación indebida
report-needs-region = Depende de su región: elíjala arriba y vuelva a mostrar los destinatarios. Los organismos son:
report-alternatives = También es posible:
report-field-notify = Enviarme un correo electrónico cuando un destinatario actualice mi notificación o me haga una pregunta
report-notify-hint = El correo solo indica que hay novedades, junto con su referencia y un enlace a su página de estado; nunca contiene su notificación ni el mensaje del destinatario. Para leerlos, necesita su código privado de seguimiento.
report-error-notify-without-email = Para recibir correos sobre las novedades, indique su dirección de correo electrónico (y no notifique de forma anónima), o desmarque esta casilla.
delivery-question-title = Haga una pregunta a quien presentó la denuncia
delivery-question-lead = La persona que presentó la denuncia verá su pregunta en su página de estado y podrá responder allí; la respuesta le llegará a usted por la misma vía que esta denuncia. Escriba texto sin formato; pregunte solo lo que necesite para el caso.
delivery-question-label = Su pregunta (2000 caracteres como máximo)
delivery-question-button = Enviar la pregunta
delivery-question-done = Gracias. Su pregunta sobre la denuncia { $reference } ha quedado registrada; la persona que la presentó la verá en su página de estado.
followup-error-empty = El texto está vacío: escríbalo primero.
followup-error-too-long = El texto es demasiado largo: una pregunta puede tener como máximo 2000 caracteres, y una respuesta, 4000.
followup-error-field-too-long = El identificador de la pregunta es demasiado largo: 100 caracteres como máximo.
followup-error-control-characters = Quite los caracteres de control invisibles del texto.
followup-error-thread-closed = El destinatario ha cerrado este caso, así que ya no admite preguntas ni respuestas. Si aún queda algo pendiente, póngase en contacto directamente con el destinatario.
followup-error-already-answered = Esta pregunta ya tiene otra respuesta. Su texto se muestra abajo para que pueda conservarlo.
followup-error-not-delivered = Esta denuncia no se le ha entregado a usted, así que todavía no hay nadie a quien preguntar.
followup-error-unknown = No hemos encontrado esta pregunta con esta referencia y este código privado de seguimiento. Compruebe ambos y vuelva a abrir su página de estado.
status-questions-title = Preguntas para usted
status-questions-lead = Un destinatario de su notificación le ha hecho una pregunta. Su respuesta solo le llegará al destinatario que se la hizo, por la misma vía que su notificación.
status-questions-from = { $name } pregunta
status-question-asked = Formulada el { $date }
status-answer-label = Su respuesta
status-answer-hint = Texto sin formato, 4000 caracteres como máximo. Puede responder a cada pregunta una sola vez.
status-answer-hint-anonymous = Ha notificado de forma anónima: su respuesta se envía sin su nombre ni sus datos de contacto. No los escriba en ella, salvo que quiera que el destinatario los tenga.
status-answer-button = Enviar mi respuesta
status-answer-yours = Su respuesta del { $date }
status-answer-state-queued = Pendiente de envío
status-answer-state-sent = Enviada al destinatario
status-answer-state-failed = No se pudo enviar. Póngase en contacto directamente con el destinatario e indique su referencia.
status-answered-notice = Hemos recibido su respuesta. Se enviará al destinatario que hizo la pregunta; su estado se muestra debajo de la pregunta.
status-thread-closed = El destinatario ha cerrado su caso: ya no se admiten respuestas.
status-answer-error-title = Su respuesta no se ha enviado
status-answer-back = Volver a su página de estado
notice-email-subject = Novedades sobre su notificación { $reference }
notice-email-body = Hola:

    Un destinatario de su notificación { $reference } ha enviado una actualización o una pregunta.

    Para leerla, abra su página de estado e introduzca el código privado de seguimiento que figura en su justificante:
    { $status_url }

    Por su seguridad, este correo no contiene nada de su notificación. Nunca le pedimos contraseñas, códigos ni pagos. Para comprobar que este correo se lo hemos enviado realmente nosotros, introduzca su referencia aquí:
    { $verify_url }

    Recibe este correo porque pidió que le avisáramos de las novedades sobre su notificación.

## Retirada y conservación (issue 19)
receipt-state-withdrawn = Retirada antes de enviarse
delivery-status-error-withdrawn = La persona que presentó esta denuncia la ha retirado. Ya no se puede registrar nada más sobre ella; aplique a la copia que recibió sus propias normas para denuncias retiradas.
status-withdraw-title = Retirar esta notificación
status-withdraw-lead = Al retirarla, se borran de inmediato de este portal su descripción, sus datos de contacto, su lista de pruebas y los mensajes sobre esta notificación. Se avisa a cada organismo que la haya recibido por la misma vía por la que la recibió. No se puede deshacer.
status-withdraw-keep = Un organismo que ya haya recibido la notificación conserva su propia copia según sus propias normas: la policía, por ejemplo, puede estar obligada por ley a conservar una denuncia. Para pedir a un organismo que borre su copia, póngase en contacto directamente con él e indique su referencia.
status-withdraw-confirm = Entiendo que la retirada no se puede deshacer
status-withdraw-button = Retirar mi notificación
status-withdraw-error-confirm = Marque la casilla para confirmar que quiere retirar la notificación.
status-withdrawn-title = Notificación retirada
status-withdrawn-done = Su notificación se ha retirado.
status-withdrawn-notice = Retiró esta notificación el { $date }. Sus datos personales se han borrado de este portal.
status-withdrawn-told = { $count ->
    [0] Ningún organismo la había recibido, así que no hay que avisar a nadie.
    [one] Se avisa al único organismo que la había recibido, por su propia vía.
    [many] Se avisa a los { $count } de organismos que la habían recibido, a cada uno por su propia vía.
   *[other] Se avisa a los { $count } organismos que la habían recibido, a cada uno por su propia vía.
}
status-withdrawal-notice = Aviso de retirada:
status-purged-notice = Los datos personales de esta notificación (su descripción, sus datos de contacto, su lista de pruebas y los mensajes sobre ella) se borraron el { $date }, como indica la declaración de privacidad. Lo que queda se muestra a continuación.
report-privacy-before = Su notificación solo llega a los organismos que marque. Qué guardamos, durante cuánto tiempo y cuáles son sus derechos:
report-privacy-link = declaración de privacidad
