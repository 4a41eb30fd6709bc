## Routing: why each step is recommended (ids referenced from content/routing.toml)

route-why-police-people = When someone threatens, harasses or exploits you, or a child is involved, the police come first. Do not pay and do not negotiate: keep the messages as evidence.
route-why-helpline = You do not have to face this alone: these helplines listen, advise and can help you remove images or content.
route-why-nis2-early-warning = As an essential or important entity, you must send an early warning to your CSIRT or competent authority within 24 hours of becoming aware of a significant incident.
route-why-nis2-notification = Within 72 hours, follow up with the incident notification: first assessment, severity, impact and indicators of compromise.
route-why-nis2-final = Within one month of the notification, send the final report: detailed description, root cause, measures taken and cross-border impact.
route-why-gdpr-controller = Personal data of other people is affected, so your organisation is the controller: notify the data protection authority within 72 hours unless the breach is unlikely to put anyone at risk, and tell the people affected if the risk to them is high.
route-why-police-money = Report the fraud to the police. Your bank or insurer may ask for the police report number.
route-why-platform = Use the official recovery and reporting pages of the service concerned (never links sent to you). Report the account or content so the platform can block it.
route-why-phishing-report = Forward the suspicious message to the national reporting address: it helps block the fake site for everyone.
route-why-ecc = The seller is in another country: the European Consumer Centre of your country helps with cross-border disputes, free of charge.
route-why-consumer = Report the trader to the consumer authority: it can act against fake shops and warn others.
route-why-csirt-business = The national CSIRT can help your organisation contain the attack and recover, and learns from your report to warn others.
route-why-dpa-citizen = Your data leaked at a company. You do not have to notify anyone within a deadline: that duty is the company's. If you think your data was not protected or the company did not inform you, you may complain to the data protection authority.
route-why-police-crime = This is a crime in every EU country. A police report creates an official record and can help an investigation.
route-why-unsure = Not sure what happened? The police can take your report and point you to the right service. Keep everything as evidence.

## Money that can still be stopped

route-why-card-block = Block the card now: call the number on the back of your card or in your bank's app, or the national card-blocking line. Blocking stops further card payments; it cannot bring back a transfer.
route-why-payment-recall-urgent = The money left less than a day ago: call your bank's fraud line now (the number in your banking app or on your card, never one from a message) and ask it to stop or recall the payment. Every hour counts.
route-why-payment-recall = Call your own bank's fraud line (the number in your banking app or on your card, never one from a message): ask it to stop or recall the payment and to secure your account. Ask in writing for a refund if you did not authorise the payment.
route-why-bank-access = Someone may be able to reach your bank account through your phone number or your computer: call your bank's fraud line now so it can watch or block access, even if no money has left yet.

## Reports

route-why-police-stolen = If the device was stolen, report the theft to the police: you will need the report number for your insurer and your operator. Losing a device is not a crime, so there is nothing to report if you simply lost it.
route-why-financial-regulator = The financial regulator keeps a list of firms that are not allowed to offer investments and warns the public about them. Report the firm and check its warnings before you pay anything more: scammers often come back posing as "recovery" services.
route-why-illegal-content-minor = Images or messages that sexually exploit a child are illegal everywhere: report them to this service so they are removed and investigated. Do not forward or save copies yourself.
route-why-ncii = If intimate images of you were shared or are threatened to be shared, this service can help block or remove them without you sending the images to anyone.
route-why-assistance = This service helps victims like you for free: it explains what to do, puts you in touch with vetted help nearby, and tells you where to report.
route-why-victim-support = Being scammed or threatened is hard. This free, confidential service supports victims of crime, whether or not you report to the police.
route-why-outside-police = We do not have the services of this country. Report it to your local police: ask for a written report number, which your bank and insurer may ask for.
route-why-outside-national = This country has a national service for reporting online crime.

## Why a step is optional

route-optional-complaint = Optional: if you lost nothing, reporting to the police is up to you; it helps them see scams that target many people.
route-optional-stolen = Only if the device was stolen.
route-optional-consumer = Optional: it does not get your money back, but it helps stop the shop and warn others.
route-optional-ncii = Optional: use it if you want images removed or blocked.
route-optional-csirt = Optional for your organisation: there is no legal duty unless you are a NIS2 entity, but the CSIRT can help and warn others.
route-optional-gdpr-complaint = Optional: you may complain, there is no deadline for you.
route-optional-victim-support = Optional: contact it whenever you need to talk to someone.

## Legal duties (content/laws/)

route-why-nis2-trust = As a trust service provider, your incident notification is due within 24 hours of becoming aware of a significant incident that affects your trust services, not 72.
route-why-gdpr-processor = You process this data for another organisation (its processor): tell that controller without undue delay. The controller, not you, decides whether to notify the data protection authority.
route-why-gdpr-record = The disk was strongly encrypted and the key is safe, so the breach is unlikely to put anyone at risk and need not be notified. Record it in your own register of breaches: facts, effects and what you did. If the key was lost too, or the encryption was weak, notify within 72 hours.
route-why-dora-initial = As a financial entity under DORA, send the initial notification of a major ICT-related incident to your supervisor within 4 hours of classifying it as major and at the latest 24 hours after becoming aware of it.
route-why-dora-intermediate = Send the intermediate report within 72 hours of the initial notification.
route-why-dora-final = Send the final report within one month of the latest intermediate report.
route-why-ch-isa = Operators of critical infrastructure must report a cyberattack to the National Cyber Security Centre within 24 hours of discovering it.
route-why-ch-isa-completion = If your first report was incomplete, complete it within 14 days.
route-why-ch-fadp-breach = If the breach is likely to lead to a high risk for the people concerned, report it to the Federal Data Protection and Information Commissioner as soon as possible.
route-why-gb-ukgdpr = Personal data of other people is affected: report the breach to the Information Commissioner's Office within 72 hours of becoming aware of it, unless it is unlikely to put anyone at risk.
route-why-gb-nis = As an operator of an essential service, notify your competent authority of an incident with a significant impact on your service within 72 hours of becoming aware of it.
route-why-is-nis = As an operator of an essential service, notify CERT-IS of a significant incident without undue delay.
route-why-no-dsa = As a provider of an essential service, notify the National Security Authority (NSM) of a significant incident within 24 hours.
route-why-csirt-citizen = The national CSIRT also takes reports from private people: it can have fake sites taken down and warn others, and may advise you on cleaning your device.
route-optional-csirt-citizen = Optional: it helps protect others; it does not replace a police report.

## Legal bases: Union acts are cited by type and number (EUR-Lex form); national citations keep the national act's own wording

law-regulation = Regulation (EU) { $number }
law-directive = Directive (EU) { $number }
law-delegated-regulation = Commission Delegated Regulation (EU) { $number }
law-article = Art. { $article }
law-transposing = { $national }, transposing { $eu }
law-not-transposed = { $eu }. No national act transposing it is confirmed in force in { $country }: the national rules may differ.
