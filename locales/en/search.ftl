## Search page (/{lang}/search)

search-title = Search advice and alerts
search-label = What happened? Describe it in your own words
search-submit = Search
search-hint = For example: “instagram hacked”, “fake parcel text”, “paid a fake shop”.
search-suggestions = Suggestions
search-suggestions-count = { $count ->
    [0] No suggestions
    [one] One suggestion: use the down arrow to reach it
   *[other] { $count } suggestions: use the down arrow to reach them
}
search-count = { $count ->
    [one] One result for “{ $query }”
   *[other] { $count } results for “{ $query }”
}
search-filters = Narrow down
search-filter-kind = Type
search-filter-incident = What happened
search-filter-audience = For whom
search-filter-all = Show all
search-kind-advice = Advice
search-kind-bulletin = Threat alert
search-in-english = In English
search-pages = Result pages
search-prev = Previous page
search-next = Next page
search-page = Page { $page } of { $pages }
search-empty-title = Nothing found for “{ $query }”
search-empty-body = Try fewer or simpler words, or choose what happened from the list below. If you are not sure, report the incident: we will tell you whom to contact.
search-entry-title = Choose what happened
search-entry-all = All advice
search-entry-report = Report an incident
search-busy = Search is busy right now. Please try again in a few seconds.
