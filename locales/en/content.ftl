## Audiences (NIS2 terms for organisations)

audience-citizen = Private person
audience-business = Business or organisation
audience-essential-entity = Essential entity (NIS2)
audience-important-entity = Important entity (NIS2)

## Advice list and articles

advice-title = Advice
advice-lead = Choose what happened and who you are to see the steps that fit.
advice-filter-legend = Filter advice
advice-filter-incident = What happened
advice-filter-audience = Who you are
advice-filter-all = All
advice-filter-submit = Show advice
advice-count = { $count ->
    [one] One article
   *[other] { $count } articles
}
advice-empty = No advice matches these filters yet. Try "All", or report the incident: we will still tell you whom to contact.
article-updated = Updated { $date }
article-reviewed = Last reviewed { $date }
article-sources = Sources
article-related = Related advice
article-report-cta-title = Report this incident
article-report-cta-body = Tell the right authorities once. We show you who handles it and by when.
article-report-cta-button = Report this incident
article-in-english = (in English)

## Translation notices

notice-missing-translation = This page is not available in your language yet. You are reading the English original.
notice-stale-translation = This translation may be out of date: the English original was updated more recently.
notice-read-original = Read the English original

## Threat bulletins

bulletins-title = Current threats
bulletins-lead = Attacks and scams going on now, what they affect, and what to do. Public information (TLP:CLEAR): share it freely.
bulletins-filter-legend = Filter bulletins
bulletins-filter-severity = Severity
bulletins-filter-status = Status
bulletins-filter-all = All
bulletins-filter-submit = Show bulletins
bulletins-empty = No threat bulletins match these filters.
bulletins-archive-heading = Archive
bulletins-archive-lead = Expired bulletins, kept for reference.
bulletins-feed-atom = Atom feed
bulletins-feed-json = JSON Feed
bulletins-feeds-label = Follow new bulletins:
severity-label = Severity
severity-low = Low
severity-medium = Medium
severity-high = High
severity-critical = Critical
status-active = Active
status-resolved = Resolved
status-archived = Archived
bulletin-published = Published { $date }
bulletin-updated = Updated { $date }
bulletin-affected = Affected products and services
bulletin-cves = CVE identifiers
bulletin-tlp = TLP:CLEAR: you may share this bulletin freely.
evidence-title = What to keep as evidence
evidence-lead = For each kind of incident: what to keep, how to keep it so that it still counts, and how to list it in your report.
evidence-empty = No evidence guides are published yet.
evidence-all = All evidence guides
