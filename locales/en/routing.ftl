## Routing: why each step is recommended (ids referenced from content/routing.toml)

route-why-police-people = When someone threatens, harasses or exploits you, or a child is involved, the police come first. Do not pay and do not negotiate: keep the messages as evidence.
route-why-helpline = You do not have to face this alone: these helplines listen, advise and can help you remove images or content.
route-why-nis2-early-warning = As an essential or important entity, you must send an early warning to your CSIRT or competent authority within 24 hours of becoming aware of a significant incident.
route-why-nis2-notification = Within 72 hours, follow up with the incident notification: first assessment, severity, impact and indicators of compromise.
route-why-nis2-final = Within one month of the notification, send the final report: detailed description, root cause, measures taken and cross-border impact.
route-why-gdpr-controller = Personal data of other people is affected, so your organisation is the controller: notify the data protection authority within 72 hours unless the breach is unlikely to put anyone at risk, and tell the people affected if the risk to them is high.
route-why-bank = Money or card details are involved: call your bank or the card-blocking line now. The sooner they know, the better the chance to stop or recall payments.
route-why-police-money = Report the fraud to the police. Your bank or insurer may ask for the police report number.
route-why-platform = Use the official recovery and reporting pages of the service concerned (never links sent to you). Report the account or content so the platform can block it.
route-why-phishing-report = Forward the suspicious message to the national reporting address: it helps block the fake site for everyone.
route-why-ecc = The seller is in another country: the European Consumer Centre of your country helps with cross-border disputes, free of charge.
route-why-consumer = Report the trader to the consumer authority: it can act against fake shops and warn others.
route-why-csirt-business = The national CSIRT can help your organisation contain the attack and recover, and learns from your report to warn others.
route-why-dpa-citizen = Your data leaked at a company. You do not have to notify anyone within a deadline: that duty is the company's. If you think your data was not protected or the company did not inform you, you may complain to the data protection authority.
route-why-police-crime = This is a crime in every EU country. A police report creates an official record and can help an investigation.
route-why-unsure = Not sure what happened? The police can take your report and point you to the right service. Keep everything as evidence.
route-why-uncovered = We do not have contact points for this country yet. Europol lists where to report online crime in each EU Member State; tell us your country and we will point you to its services.
