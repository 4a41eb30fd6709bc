## Shell: skip link, header, navigation, footer

shell-skip-link = Μετάβαση στο κύριο περιεχόμενο
shell-site-name = cyberhelp
shell-tagline = Βοήθεια μετά από κυβερνοεπίθεση
shell-nav-label = Κύριο μενού
shell-nav-home = Αρχική
shell-nav-advice = Συμβουλές
shell-nav-bulletins = Τρέχουσες απειλές
shell-nav-report = Αναφορά περιστατικού
shell-nav-search = Αναζήτηση
shell-language-label = Γλώσσα
shell-language-submit = Αλλαγή
shell-footer-emergency = Κινδυνεύετε αυτή τη στιγμή; Καλέστε το 112, τον αριθμό έκτακτης ανάγκης σε όλες τις χώρες της ΕΕ.
shell-footer-never-ask = Δεν σας ζητάμε ποτέ κωδικούς πρόσβασης, πληρωμές ή απομακρυσμένη πρόσβαση στη συσκευή σας. Όποιος το κάνει, δεν είμαστε εμείς.
shell-footer-privacy = Χωρίς ιχνηλάτες, χωρίς αιτήματα σε τρίτους: αυτός ο ιστότοπος δεν φορτώνει τίποτα από αλλού.
shell-footer-source = Ελεύθερο λογισμικό, που μπορείτε να φιλοξενήσετε μόνοι σας.
shell-footer-licence = Τα κείμενά μας δημοσιεύονται με άδεια CC BY 4.0: μπορείτε να τα χρησιμοποιήσετε ελεύθερα, αναφέροντας το cyberhelp.
shell-footer-feeds = Ειδοποιήσεις απειλών ως ροή Atom

## Home page

home-title = Βοήθεια μετά από κυβερνοεπίθεση
home-lead = Παραβιάστηκε ο λογαριασμός σας, πληρώσατε σε ψεύτικο ηλεκτρονικό κατάστημα, η επιχείρησή σας χτυπήθηκε από λυτρισμικό; Μάθετε τι να κάνετε τώρα, ποιον να ενημερώσετε και μέχρι πότε.
home-emergency = Αν κινδυνεύετε αυτή τη στιγμή, καλέστε το 112.
home-tasks-heading = Τι χρειάζεστε;
home-task-advice = Λάβετε συμβουλές
home-task-advice-desc = Βοήθεια βήμα προς βήμα για ό,τι σας συνέβη.
home-task-bulletins = Δείτε τις τρέχουσες απειλές
home-task-bulletins-desc = Απάτες και επιθέσεις που συμβαίνουν αυτή τη στιγμή και τι να κάνετε.
home-task-report = Αναφέρετε ένα περιστατικό
home-task-report-desc = Ενημερώστε μία φορά τις αρμόδιες αρχές και μάθετε ποιος το χειρίζεται και μέχρι πότε.
home-incidents-heading = Τι συνέβη;
home-bulletins-heading = Ενεργές απειλές
home-bulletins-empty = Αυτή τη στιγμή δεν υπάρχουν ενεργές ειδοποιήσεις απειλών.
home-bulletins-all = Όλες οι ειδοποιήσεις απειλών

## Errors

error-not-found-title = Η σελίδα δεν βρέθηκε
error-not-found-body = Δεν μπορέσαμε να βρούμε αυτή τη σελίδα. Ίσως η διεύθυνση είναι λάθος ή η σελίδα έχει μετακινηθεί.
error-not-found-home = Μετάβαση στην αρχική σελίδα
error-internal-title = Κάτι πήγε στραβά
error-internal-body = Το σφάλμα είναι δικό μας, όχι δικό σας. Δοκιμάστε ξανά σε λίγο.
error-bad-request-title = Δεν μπορέσαμε να καταλάβουμε αυτό το αίτημα
error-too-large-title = Αυτό που στείλατε είναι πολύ μεγάλο
error-rate-limited = Πάρα πολλά αιτήματα από τη σύνδεσή σας σε σύντομο χρόνο. Περιμένετε ένα λεπτό και δοκιμάστε ξανά.
