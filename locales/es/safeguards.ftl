## Salvaguardas añadidas tras una revisión de seguridad de la bandeja de entrada y de la retirada de notificaciones.
inbox-field-current-password = Contraseña actual
inbox-setup-error-current = La contraseña actual no es correcta.
inbox-signin-refused = La dirección de correo electrónico, la contraseña o el código no son correctos, o la cuenta está bloqueada durante 15 minutos tras 5 intentos fallidos. Compruébelos e inténtelo de nuevo, o solicite un enlace de inicio de sesión.
followup-error-withdrawn = Ha retirado esta notificación, así que ya no se admiten respuestas.
privacy-stored-inbox = En el caso del personal de los organismos que usan la bandeja de entrada, se guardan en un registro de auditoría la dirección de correo electrónico de cada persona, sus inicios de sesión y lo que ha consultado y hecho, junto con la dirección IP utilizada.
