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

## Dinero que aún se puede detener

route-why-card-block = Bloquee la tarjeta ahora: llame al número que figura en el reverso de la tarjeta o en la app de su banco, o a la línea nacional de bloqueo de tarjetas. El bloqueo impide nuevos pagos con la tarjeta, pero no recupera una transferencia.
route-why-payment-recall-urgent = El dinero salió hace menos de un día: llame ya a la línea de fraude de su banco (el número de su app bancaria o de su tarjeta, nunca uno que venga en un mensaje) y pida que detengan o retrocedan el pago. Cada hora cuenta.
route-why-payment-recall = Llame a la línea de fraude de su propio banco (el número de su app bancaria o de su tarjeta, nunca uno que venga en un mensaje): pida que detengan o retrocedan el pago y que protejan su cuenta. Si usted no autorizó el pago, solicite la devolución por escrito.
route-why-bank-access = Es posible que alguien pueda entrar en su cuenta bancaria a través de su número de teléfono o de su ordenador: llame ya a la línea de fraude de su banco para que vigile o bloquee el acceso, aunque todavía no haya salido dinero.

## Denuncias

route-why-police-stolen = Si le robaron el dispositivo, denuncie el robo a la policía: necesitará el número de la denuncia para su aseguradora y su operador. Perder un dispositivo no es un delito, así que si simplemente lo perdió no hay nada que denunciar.
route-why-financial-regulator = El supervisor financiero mantiene una lista de empresas que no están autorizadas a ofrecer inversiones y advierte al público sobre ellas. Denuncie a la empresa y consulte sus advertencias antes de pagar nada más: los estafadores suelen volver haciéndose pasar por servicios de «recuperación» de fondos.
route-why-illegal-content-minor = Las imágenes o mensajes que explotan sexualmente a un menor son ilegales en todas partes: denúncielos a este servicio para que se retiren y se investiguen. No los reenvíe ni guarde copias.
route-why-ncii = Si se han difundido imágenes íntimas suyas, o alguien amenaza con difundirlas, este servicio puede ayudar a bloquearlas o retirarlas sin que usted tenga que enviar las imágenes a nadie.
route-why-assistance = Este servicio ayuda gratis a víctimas como usted: le explica qué hacer, le pone en contacto con ayuda de confianza cerca de usted y le indica dónde denunciar.
route-why-victim-support = Sufrir una estafa o una amenaza es duro. Este servicio gratuito y confidencial apoya a las víctimas de delitos, tanto si denuncia a la policía como si no.
route-why-outside-police = No tenemos los servicios de este país. Denúncielo a la policía local y pida un número de denuncia por escrito, ya que su banco y su aseguradora pueden pedírselo.
route-why-outside-national = Este país tiene un servicio nacional para denunciar los delitos en internet.

## Por qué un paso es opcional

route-optional-complaint = Opcional: si no ha perdido nada, denunciar a la policía es decisión suya; ayuda a detectar estafas que afectan a mucha gente.
route-optional-stolen = Solo si le robaron el dispositivo.
route-optional-consumer = Opcional: no le devuelve el dinero, pero ayuda a frenar a la tienda y a avisar a otras personas.
route-optional-ncii = Opcional: úselo si quiere que se retiren o bloqueen imágenes.
route-optional-csirt = Opcional para su organización: no hay obligación legal salvo que sea una entidad NIS2, pero el CSIRT puede ayudarle y avisar a otros.
route-optional-gdpr-complaint = Opcional: puede presentar una reclamación; para usted no hay plazo.
route-optional-victim-support = Opcional: contacte cuando necesite hablar con alguien.

## Obligaciones legales (content/laws/)

route-why-nis2-trust = Como prestador de servicios de confianza, debe notificar el incidente en un plazo de 24 horas desde que tenga conocimiento de un incidente significativo que afecte a sus servicios de confianza, no de 72.
route-why-gdpr-processor = Usted trata estos datos por cuenta de otra organización (es su encargado del tratamiento): informe a ese responsable del tratamiento sin dilación indebida. Es el responsable, no usted, quien decide si notifica a la autoridad de protección de datos.
route-why-gdpr-record = El disco estaba cifrado de forma robusta y la clave está a salvo, así que es improbable que la brecha suponga un riesgo para nadie y no hace falta notificarla. Documéntela en su propio registro de brechas: hechos, efectos y medidas adoptadas. Si también se perdió la clave o el cifrado era débil, notifíquela en un plazo de 72 horas.
route-why-dora-initial = Como entidad financiera sujeta a DORA, envíe a su supervisor la notificación inicial de un incidente grave relacionado con las TIC en un plazo de 4 horas desde que lo clasifique como grave y, a más tardar, 24 horas después de tener conocimiento de él.
route-why-dora-intermediate = Envíe el informe intermedio en un plazo de 72 horas desde la notificación inicial.
route-why-dora-final = Envíe el informe final en el plazo de un mes desde el último informe intermedio.
route-why-ch-isa = Los operadores de infraestructuras críticas deben notificar un ciberataque a la Oficina Federal de Ciberseguridad suiza (BACS) en un plazo de 24 horas desde que lo descubran.
route-why-ch-isa-completion = Si su primera notificación estaba incompleta, complétela en un plazo de 14 días.
route-why-ch-fadp-breach = Si es probable que la brecha suponga un riesgo alto para las personas afectadas, notifíquela lo antes posible al Comisionado Federal de Protección de Datos y Transparencia (FDPIC).
route-why-gb-ukgdpr = Hay datos personales de otras personas afectados: notifique la brecha a la Information Commissioner's Office (ICO) en un plazo de 72 horas desde que tenga conocimiento de ella, salvo que sea improbable que suponga un riesgo para nadie.
route-why-gb-nis = Como operador de servicios esenciales, notifique a su autoridad competente cualquier incidente con un impacto significativo en su servicio en un plazo de 72 horas desde que tenga conocimiento de él.
route-why-is-nis = Como operador de servicios esenciales, notifique a CERT-IS cualquier incidente significativo sin dilación indebida.
route-why-no-dsa = Como proveedor de un servicio esencial, notifique cualquier incidente significativo a la Autoridad Nacional de Seguridad de Noruega (NSM) en un plazo de 24 horas.
route-why-csirt-citizen = El CSIRT nacional también recibe avisos de particulares: puede hacer que cierren las webs falsas, avisar a otras personas y orientarte para limpiar tu dispositivo.
route-optional-csirt-citizen = Opcional: ayuda a proteger a otras personas, pero no sustituye a la denuncia.

## Legal bases: Union acts are cited by type and number (EUR-Lex form); national citations keep the national act's own wording

law-regulation = Reglamento (UE) { $number }
law-directive = Directiva (UE) { $number }
law-delegated-regulation = Reglamento Delegado (UE) { $number } de la Comisión
law-article = art. { $article }
law-transposing = { $national }, que transpone la { $eu }
law-not-transposed = { $eu }. No consta que esté en vigor en { $country } una norma nacional que la transponga: la normativa nacional puede ser distinta.
