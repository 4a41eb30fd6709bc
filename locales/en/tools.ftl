## Tools: "Is this message a scam?" (/{lang}/check)

check-title = Is this message a scam?
tool-busy = Checking…
check-lead = Paste the text message, e-mail, chat message, link, phone number or sender address you received. We look for the usual signs of a scam. Nothing you paste is stored or sent anywhere: it is checked on this server and forgotten.
check-field-text = The message, link or address
check-field-text-hint = Paste it as you received it. Do not click its links first.
check-field-country = Your country
check-submit = Check the message
check-error-empty = Paste the message or the link you want to check.
check-truncated = The message is very long: we checked only its first { $chars } characters.
check-unchecked-links = It contains { $count } more links that we did not check.
check-found-title = { $count ->
    [one] We found one sign of a scam
   *[other] We found { $count } signs of a scam
}
check-found-lead = Do not click its links, do not call back numbers in it, do not pay and do not give any code or password.
check-none-title = We found no known signs of a scam
check-none-lead = That does not make it safe. Scammers change their wording every week. If the message asks you to act, contact the organisation yourself through its official website, app or the number on your card or contract, never through the message.
check-weak-title = Worth checking
check-links-title = Links and addresses in the message
check-link-official = used by { $name }
check-link-lookalike = imitates { $name }
check-link-unknown = not an address we know
check-what-now = What to do now
check-forward = Report the message
check-advice-link = Advice: phishing and fake messages
check-never-ask = Banks, the police and public bodies never ask you by message or phone for passwords, one-time codes or card details, never ask you to move money to a "safe account", and never ask you to install an app to control your phone or computer.

check-sign-lookalike = The link goes to { $domain }, which looks like { $brand }'s address ({ $official }) but is not it.
check-sign-brand-in-domain = The link uses the name of { $brand } inside another address ({ $domain }); { $brand }'s own address is { $official }.
check-sign-name-in-domain = The link borrows the name { $brand } but goes to another site: { $domain }.
check-sign-brand-elsewhere = The message names { $brand }, but its link goes to { $domain }, not to { $brand }'s own site ({ $official }).
check-sign-link-ip = A link goes to a bare number ({ $domain }) instead of a named website.
check-sign-link-shortener = A link is shortened ({ $domain }): you cannot see where it really leads.
check-sign-link-punycode = An address uses letters from other alphabets that look like ours ({ $domain }).
check-sign-link-script = It contains a link that runs code or hides content ({ $domain }); real senders never use these.
check-sign-hidden-characters = It contains invisible characters that change how text is shown; they are used to disguise addresses.
check-sign-safe-account = It asks you to move money to a "safe" or "secure" account. No real bank or police officer ever does.
check-sign-code = It asks you to give, send or read out a code. A code you receive is only for you; whoever asks for it wants to take over your account or approve a payment.
check-sign-remote-access = It asks you to install or open a remote-control app (such as AnyDesk or TeamViewer). With it, a stranger controls your phone or computer.
check-sign-credentials = It asks you to confirm your login, password, PIN or card details.
check-sign-fee = It asks for a small payment to release a parcel or settle a charge: a common way to get your card details.
check-sign-gift-card-crypto = It asks for payment in gift cards, vouchers or cryptocurrency, which cannot be traced or refunded.
check-sign-new-number = It says it comes from a relative with a "new number": call the person on the number you know before doing anything.
check-sign-threat = It threatens you with a blocked account, a fine, a court case or the police, to frighten you into acting.
check-sign-urgency = It rushes you ("within 24 hours", "last warning"). Real organisations give you time.
check-sign-refund = It promises a refund or money you are owed: a common bait to get your bank details.
check-sign-prize = It says you won a prize or were selected for a reward you never entered for.

## "Is this really them?" (on /{lang}/check)

verify-contact-title = Is this really the police, my bank or an authority?
verify-contact-lead = Enter a phone number, e-mail address or website that claims to be an authority. We look it up among the official channels in our directory.
verify-contact-field = Phone number, e-mail address or website
verify-contact-submit = Look it up
verify-contact-found = This is listed for:
verify-contact-source = source
verify-contact-none = This is not a channel we know for any authority in our directory. That does not prove it is fake, but do not trust it: find the authority's contact yourself, on its official website.
verify-contact-error = Enter a phone number, an e-mail address or a web address.

## "Which ransomware is this?" (/{lang}/ransomware)

ransomware-title = Which ransomware is this?
ransomware-lead = Tell us what you see: the extension added to your encrypted files, the name of the ransom note's file, or the note's text. We compare it with known ransomware families. Nothing is uploaded: do not send us files.
ransomware-field-extension = Extension of the encrypted files
ransomware-field-extension-hint = For example: photo.jpg.akira → .akira
ransomware-field-note-filename = File name of the ransom note
ransomware-field-note = Text of the ransom note (optional)
ransomware-field-note-hint = E-mail and onion addresses in it are compared too. Do not contact the criminals.
ransomware-submit = Identify
ransomware-error-empty = Give at least one: the extension, the note's file name or its text.
ransomware-results = Likely families
ransomware-ambiguous = Several families match what you gave: the answer is uncertain. Add the ransom note's file name or text to narrow it down.
ransomware-none = No known family matches. That is common with new or rare ransomware.
ransomware-fake = a fake: it may not really encrypt files
ransomware-evidence-address = an address in the note
ransomware-evidence-note-file = the note's file name
ransomware-evidence-extension = the extension
ransomware-evidence-name = its name in the note
ransomware-evidence-wording = the note's wording
ransomware-refs = Sources
ransomware-decryptors = Look for a free decryptor
ransomware-nomoreransom = No More Ransom: decryption tools (police and security companies)
ransomware-cryptosheriff = Crypto Sheriff: upload two encrypted files there to identify the ransomware (on No More Ransom's site)
ransomware-next = Do not pay, keep the encrypted files and the note, disconnect the affected devices from the network, and report it.
ransomware-advice = Advice on ransomware
ransomware-data = Data: MISP Project ransomware galaxy (version { $version }, CC0).

## "Was this message really sent by cyberhelp?" (/{lang}/verify)

verify-title = Was this message really sent by cyberhelp?
verify-lead = Messages from this portal about a report carry its reference (such as 7K4M-9QXP-2D). Enter it to see whether we sent messages about it, and when. Nothing else about the report is shown.
verify-field = Reference shown in the message
verify-submit = Check
verify-sent = cyberhelp sent messages about this reference on:
verify-none = cyberhelp has sent no message about this reference. If a message claims to come from us with this reference, do not trust it and do not act on it.
verify-invalid = A reference has 10 letters and digits, such as 7K4M-9QXP-2D.
