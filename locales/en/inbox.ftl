## The contact-point inbox (/inbox): for people at a body (CSIRT, police, data protection authority…) that reads
## its reports in the portal. Plain forms, no JavaScript.
inbox-title = Inbox
inbox-lead = The reports sent to your organisation, newest first. Opening a report confirms to the reporter that you received it.
inbox-nav-label = Your account
inbox-signed-in-as = Signed in as
inbox-signout = Sign out
inbox-back = Back to the inbox
inbox-error-title = This did not work
inbox-error-csrf = This form has expired or did not come from this site. Go back, reload the page and try again.
inbox-error-filter = The filter “{ $field }” has a value this inbox does not offer. Choose it again from the form.
inbox-signin-title = Sign in to the inbox
inbox-signin-lead = For staff of the bodies that receive reports through this portal. Accounts are created by the portal's operator.
inbox-field-email = E-mail address
inbox-field-password = Password
inbox-field-code = 6-digit code from your authenticator app
inbox-signin-button = Sign in
inbox-session-ended = Your session has ended. Sign in again.
inbox-signed-out = You are signed out.
inbox-link-title = Or get a one-time sign-in link by e-mail
inbox-link-button = E-mail me a sign-in link
inbox-link-no-smtp = Sign-in links by e-mail are not available on this installation: it cannot send e-mail.
inbox-link-sent = If this address has an account, a sign-in link is on its way. It works once, for 15 minutes.
inbox-link-lead = This one-time link signs you in to the inbox. It works once.
inbox-link-invalid = This sign-in link does not work any more: it was used already, it has expired, or it was copied wrongly. Ask for a new one.
inbox-link-email-subject = Your sign-in link for the cyberhelp inbox
inbox-link-email-body =
    Someone (hopefully you) asked for a sign-in link to the cyberhelp inbox.

    { $url }

    The link works once, for { $minutes } minutes. If you did not ask for it, ignore this e-mail: nothing happens without the link.
inbox-invite-email-subject = You are invited to the cyberhelp inbox
inbox-invite-email-body =
    The operator of the cyberhelp portal created an inbox account for you, so that you can read the reports sent to your organisation and answer them.

    Open this link to sign in for the first time; it works once, within { $hours } hours:

    { $url }

    Then set a password and an authenticator app for later sign-ins.
inbox-setup-title = Password and authenticator
inbox-setup-link = Password and authenticator
inbox-setup-lead = Set a password and an authenticator app to sign in without an e-mailed link. You need both each time.
inbox-setup-authenticator = Your authenticator app
inbox-setup-authenticator-lead = Add a new account in your authenticator app (TOTP: 6 digits, every 30 seconds) and type this key:
inbox-setup-authenticator-hint = Keep this key secret. It is shown only on this page; a new one is made if you come back later.
inbox-field-new-password = New password (12 to 128 characters)
inbox-field-repeat-password = The same password again
inbox-setup-button = Save
inbox-setup-error-length = The password must have 12 to 128 characters.
inbox-setup-error-mismatch = The two passwords are not the same.
inbox-setup-error-code = The code does not match the key. Check the time on your phone and type the current code.
inbox-setup-done = Your password and authenticator are set.
inbox-setup-suggest = You signed in with a one-time link. To sign in without one, set a password and authenticator:
inbox-filter-state = Your state
inbox-filter-incident = Type of incident
inbox-filter-from = Received from
inbox-filter-to = Received until
inbox-filter-button = Filter
inbox-filter-all = All
inbox-state-new = New: nothing recorded yet
inbox-state-received = Received
inbox-state-in-progress = In progress
inbox-state-closed = Closed
inbox-export = Export these reports:
inbox-empty = No report has been sent to your organisation yet.
inbox-empty-filtered = No report matches these filters.
inbox-new = not opened
inbox-withdrawn = Withdrawn by the reporter
inbox-caption = Reports for { $contact }, page { $page }
inbox-col-reference = Reference
inbox-col-received = Received
inbox-col-incident = Type of incident
inbox-col-victim = Reported by
inbox-col-state = Your state
inbox-col-deadline = Legal deadline
inbox-previous = Previous page
inbox-next = Next page
inbox-report-title = Report { $reference }
inbox-deadline = legal deadline { $date }
inbox-purged = The personal details of this report were deleted on { $date } (the portal's retention period, or the reporter's withdrawal).
inbox-withdrawn-note = The reporter withdrew this report: nothing more can be recorded about it or sent to them. Apply your own rules for withdrawn reports to what you hold.
inbox-timeline = What you recorded
inbox-no-updates = Nothing recorded yet.
inbox-questions = Questions to the reporter
inbox-answer = Answer:
inbox-no-answer = Not answered yet.
inbox-done-status = Your update was recorded; the reporter sees it on their status page.
inbox-done-question = Your question was sent; the reporter sees it on their status page.
privacy-channel-inbox = kept in this portal, where the body reads it in its own inbox
