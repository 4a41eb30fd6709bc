## Salvagwardji miżjuda wara reviżjoni tas-sigurtà tal-inbox u tal-irtirar.
inbox-field-current-password = Password attwali
inbox-setup-error-current = Il-password attwali mhijiex korretta.
inbox-signin-refused = L-indirizz tal-email, il-password jew il-kodiċi mhumiex korretti, jew il-kont huwa msakkar għal 15-il minuta wara 5 tentattivi li fallew. Iċċekkjahom u erġa' pprova, jew itlob link biex tidħol.
followup-error-withdrawn = Irtirajt dan ir-rapport, għalhekk ma jistgħux jintbagħtu aktar tweġibiet.
privacy-stored-inbox = Il-persunal tal-korpi li jużaw l-inbox: l-indirizz tal-email tagħhom, meta daħlu, u x'raw u x'għamlu, flimkien mal-indirizz IP li użaw, jinżammu f'log tal-awditjar.
