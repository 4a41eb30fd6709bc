## Audiences (NIS2 terms for organisations)

audience-citizen = Ιδιώτης
audience-business = Επιχείρηση ή οργανισμός
audience-essential-entity = Βασική οντότητα (NIS2)
audience-important-entity = Σημαντική οντότητα (NIS2)

## Advice list and articles

advice-title = Συμβουλές
advice-lead = Επιλέξτε τι συνέβη και ποιος είστε για να δείτε τα βήματα που σας ταιριάζουν.
advice-filter-legend = Φιλτράρισμα συμβουλών
advice-filter-incident = Τι συνέβη
advice-filter-audience = Ποιος είστε
advice-filter-all = Όλα
advice-filter-submit = Εμφάνιση συμβουλών
advice-count = { $count ->
    [one] Ένα άρθρο
   *[other] { $count } άρθρα
}
advice-empty = Δεν υπάρχουν ακόμη συμβουλές για αυτά τα φίλτρα. Δοκιμάστε «Όλα» ή αναφέρετε το περιστατικό: θα σας πούμε ούτως ή άλλως σε ποιον να απευθυνθείτε.
article-updated = Ενημερώθηκε στις { $date }
article-reviewed = Τελευταίος έλεγχος: { $date }
article-sources = Πηγές
article-related = Σχετικές συμβουλές
article-report-cta-title = Αναφέρετε αυτό το περιστατικό
article-report-cta-body = Ενημερώστε μία φορά τις αρμόδιες αρχές. Σας δείχνουμε ποιος το χειρίζεται και μέχρι πότε.
article-report-cta-button = Αναφέρετε αυτό το περιστατικό
article-in-english = (στα αγγλικά)

## Translation notices

notice-missing-translation = Αυτή η σελίδα δεν είναι ακόμη διαθέσιμη στη γλώσσα σας. Διαβάζετε το αγγλικό πρωτότυπο.
notice-stale-translation = Αυτή η μετάφραση ίσως δεν είναι ενημερωμένη: το αγγλικό πρωτότυπο ενημερώθηκε πιο πρόσφατα.
notice-read-original = Διαβάστε το αγγλικό πρωτότυπο

## Threat bulletins

bulletins-title = Τρέχουσες απειλές
bulletins-lead = Επιθέσεις και απάτες σε εξέλιξη, τι επηρεάζουν και τι να κάνετε. Δημόσια πληροφορία (TLP:CLEAR): μοιραστείτε την ελεύθερα.
bulletins-filter-legend = Φιλτράρισμα ειδοποιήσεων
bulletins-filter-severity = Σοβαρότητα
bulletins-filter-status = Κατάσταση
bulletins-filter-all = Όλες
bulletins-filter-submit = Εμφάνιση ειδοποιήσεων
bulletins-empty = Καμία ειδοποίηση απειλής δεν ταιριάζει με αυτά τα φίλτρα.
bulletins-archive-heading = Αρχείο
bulletins-archive-lead = Ειδοποιήσεις που έχουν λήξει, διατηρούνται για αναφορά.
bulletins-feed-atom = Ροή Atom
bulletins-feed-json = JSON Feed
bulletins-feeds-label = Παρακολουθήστε τις νέες ειδοποιήσεις:
severity-label = Σοβαρότητα
severity-low = Χαμηλή
severity-medium = Μέτρια
severity-high = Υψηλή
severity-critical = Κρίσιμη
status-active = Ενεργή
status-resolved = Επιλύθηκε
status-archived = Αρχειοθετήθηκε
bulletin-published = Δημοσιεύθηκε στις { $date }
bulletin-updated = Ενημερώθηκε στις { $date }
bulletin-affected = Επηρεαζόμενα προϊόντα και υπηρεσίες
bulletin-cves = Αναγνωριστικά CVE
bulletin-tlp = TLP:CLEAR: μπορείτε να μοιραστείτε ελεύθερα αυτή την ειδοποίηση.
evidence-title = Τι να κρατήσετε ως αποδεικτικά στοιχεία
evidence-lead = Για κάθε είδος περιστατικού: τι να κρατήσετε, πώς να το φυλάξετε ώστε να εξακολουθεί να μετράει ως αποδεικτικό στοιχείο και πώς να το καταγράψετε στην αναφορά σας.
evidence-empty = Δεν έχουν δημοσιευτεί ακόμη οδηγοί για τα αποδεικτικά στοιχεία.
evidence-all = Όλοι οι οδηγοί για τα αποδεικτικά στοιχεία
