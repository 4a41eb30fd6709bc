## Routing: why each step is recommended (ids referenced from content/routing.toml)

route-why-police-people = Si alguien le amenaza, le acosa o le explota, o si hay un menor implicado, lo primero es la policía. No pague ni negocie: guarde los mensajes como prueba.
route-why-helpline = No tiene que pasar por esto a solas: estas líneas de ayuda le escuchan, le orientan y pueden ayudarle a retirar imágenes o contenidos.
route-why-nis2-early-warning = Como entidad esencial o importante, debe enviar una alerta temprana a su CSIRT o a la autoridad competente en un plazo de 24 horas desde que tenga conocimiento de un incidente significativo.
route-why-nis2-notification = En un plazo de 72 horas, complétela con la notificación del incidente: evaluación inicial, gravedad, impacto e indicadores de compromiso.
route-why-nis2-final = En el plazo de un mes desde la notificación del incidente, envíe el informe final: descripción detallada, causa principal, medidas adoptadas e impacto transfronterizo.
route-why-gdpr-controller = Hay datos personales de otras personas afectados, así que su organización es la responsable del tratamiento: notifique la brecha a la autoridad de protección de datos en un plazo de 72 horas, salvo que sea improbable que suponga un riesgo para nadie. Si el riesgo para las personas afectadas es alto, infórmelas también.
route-why-police-money = Denuncie el fraude a la policía. Su banco o su aseguradora pueden pedirle el número de la denuncia.
route-why-platform = Use las páginas oficiales de recuperación y de denuncia del servicio afectado (nunca enlaces que le hayan enviado). Denuncie la cuenta o el contenido para que la plataforma pueda bloquearlo.
route-why-phishing-report = Reenvíe el mensaje sospechoso a la dirección nacional de notificación: así se ayuda a bloquear la web falsa para todos.
route-why-ecc = El vendedor está en otro país: el Centro Europeo del Consumidor de su país le ayuda gratis en litigios transfronterizos.
route-why-consumer = Denuncie al comerciante ante la autoridad de consumo: puede actuar contra las tiendas falsas y avisar a otras personas.
route-why-csirt-business = El CSIRT nacional puede ayudar a su organización a contener el ataque y a recuperarse, y aprende de su notificación para avisar a otros.
route-why-dpa-citizen = Sus datos se filtraron en una empresa. Usted no tiene que avisar a nadie en ningún plazo: esa obligación es de la empresa. Si cree que sus datos no estaban protegidos o que la empresa no le informó, puede presentar una reclamación ante la autoridad de protección de datos.
route-why-police-crime = Esto es un delito en todos los países de la UE. Una denuncia ante la policía deja constancia oficial y puede ayudar a una investigación.
route-why-unsure = ¿No sabe bien qué ha pasado? La policía puede recoger su denuncia y indicarle el servicio adecuado. Guárdelo todo como prueba.
