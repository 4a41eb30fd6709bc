## Safeguards added after a security review of the inbox and the withdrawal.
inbox-field-current-password = Current password
inbox-setup-error-current = The current password is wrong.
inbox-signin-refused = The e-mail address, password or code is wrong, or the account is locked for 15 minutes after 5 failed attempts. Check them and try again, or ask for a sign-in link.
followup-error-withdrawn = You withdrew this report, so no more answers are taken.
privacy-stored-inbox = Staff of the bodies who use the inbox: their e-mail address, their sign-ins and what they viewed and did, with the IP address they used, are kept in an audit log.
