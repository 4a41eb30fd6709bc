## Shell: skip link, header, navigation, footer

shell-skip-link = Skip to main content
shell-site-name = cyberhelp
shell-tagline = Help after a cyber-attack
shell-nav-label = Main
shell-nav-home = Home
shell-nav-advice = Advice
shell-nav-bulletins = Current threats
shell-nav-report = Report an incident
shell-nav-search = Search
shell-language-label = Language
shell-language-submit = Change
shell-footer-emergency = In danger now? Call 112, the emergency number in every EU country.
shell-footer-never-ask = We never ask for your passwords, payment or remote access to your device. Anyone who does is not us.
shell-footer-privacy = No trackers, no third-party requests: this site loads nothing from anywhere else.
shell-footer-source = Free software, self-hostable.
shell-footer-licence = Our texts are published under the CC BY 4.0 licence: reuse them freely, naming cyberhelp.
shell-footer-feeds = Threat bulletins as Atom feed

## Home page

home-title = Help after a cyber-attack
home-lead = Your account was hacked, you paid a fake shop, ransomware hit your business? Find out what to do now, whom to tell, and by when.
home-emergency = If you are in danger now, call 112.
home-tasks-heading = What do you need?
home-task-advice = Get advice
home-task-advice-desc = Step-by-step help for what happened to you.
home-task-bulletins = Check current threats
home-task-bulletins-desc = Scams and attacks going on right now, and what to do about them.
home-task-report = Report an incident
home-task-report-desc = Tell the right authorities once, and learn who handles it and by when.
home-incidents-heading = What happened?
home-bulletins-heading = Active threats
home-bulletins-people = Scams going on now
home-bulletins-organisations = For organisations' IT: vulnerabilities under attack
home-bulletins-empty = There are no active threat bulletins right now.
home-bulletins-all = All threat bulletins

## Errors

error-title-prefix = Error: { $title }

error-not-found-title = Page not found
error-not-found-body = We could not find this page. The address may be mistyped, or the page has moved.
error-not-found-home = Go to the home page
error-internal-title = Something went wrong
error-internal-body = This is our fault, not yours. Please try again in a moment.
error-bad-request-title = We could not understand this request
error-too-large-title = What you sent is too large
error-too-large-back = Use your browser's Back button: the form keeps what you typed. Then shorten the description and send it again.
error-rate-limited = Too many requests from your connection in a short time. Please wait a minute and try again.
stats-title = Open statistics
stats-lead = How many reports this portal received, about what, and how quickly recipients confirmed them. Counts only: no report can be recognised in them.
stats-empty = No reports have been received yet, so there is nothing to count.
stats-unavailable = The statistics cannot be shown right now. Please try again in a few minutes.
stats-withheld = withheld
stats-chart-title = Reports received per month
stats-chart-caption = Reports received per month (UTC). The same numbers are in the table below.
stats-per-month = Reports per month
stats-category = Category
stats-breakdowns = Reports per month, by kind
stats-by-incident = By type of incident
stats-by-country = By country
stats-by-victim = By who reported
stats-deliveries = Deliveries to recipients
stats-no-deliveries = No report has been delivered to a recipient yet.
stats-deliveries-caption = Reports sent to each kind of recipient, all months together
stats-recipient-kind = Kind of recipient
stats-delivered = Delivered
stats-acknowledged = Confirmed by the recipient
stats-failed = Could not be delivered
stats-median-ack = Median time to confirmation
stats-hours = { $hours } h
stats-method = Counts below { $threshold } (other than zero) are withheld, and where a withheld count could be worked out from the month's total, more counts are withheld with it. The counts use only the month, the type of incident, the country, who reported and the recipient's kind, which are kept when a report's personal details are deleted.
stats-api = The same numbers as JSON
