## Search page (/{lang}/search)

search-title = Αναζήτηση συμβουλών και ειδοποιήσεων
search-label = Τι συνέβη; Περιγράψτε το με δικά σας λόγια
search-submit = Αναζήτηση
search-hint = Για παράδειγμα: «χακάρισαν το instagram», «ψεύτικο sms για δέμα», «πλήρωσα σε ψεύτικο κατάστημα».
search-suggestions = Προτάσεις
search-suggestions-count = { $count ->
    [0] Καμία πρόταση
    [one] Μία πρόταση: χρησιμοποιήστε το κάτω βέλος για να μεταβείτε σε αυτήν
   *[other] { $count } προτάσεις: χρησιμοποιήστε το κάτω βέλος για να μεταβείτε σε αυτές
}
search-count = { $count ->
    [one] Ένα αποτέλεσμα για «{ $query }»
   *[other] { $count } αποτελέσματα για «{ $query }»
}
search-filters = Περιορισμός αποτελεσμάτων
search-filter-kind = Είδος
search-filter-incident = Τι συνέβη
search-filter-audience = Για ποιον
search-filter-all = Εμφάνιση όλων
search-kind-advice = Συμβουλή
search-kind-bulletin = Ειδοποίηση απειλής
search-in-english = Στα αγγλικά
search-pages = Σελίδες αποτελεσμάτων
search-prev = Προηγούμενη σελίδα
search-next = Επόμενη σελίδα
search-page = Σελίδα { $page } από { $pages }
search-empty-title = Δεν βρέθηκε τίποτα για «{ $query }»
search-empty-body = Δοκιμάστε λιγότερες ή απλούστερες λέξεις ή επιλέξτε τι συνέβη από την παρακάτω λίστα. Αν δεν είστε σίγουροι, αναφέρετε το περιστατικό: θα σας πούμε σε ποιον να απευθυνθείτε.
search-entry-title = Επιλέξτε τι συνέβη
search-entry-all = Όλες οι συμβουλές
search-entry-report = Αναφορά περιστατικού
search-busy = Η αναζήτηση είναι αυτή τη στιγμή υπερφορτωμένη. Δοκιμάστε ξανά σε λίγα δευτερόλεπτα.
