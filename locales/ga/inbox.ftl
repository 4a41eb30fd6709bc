## Bosca isteach na bpointí teagmhála (/inbox): don fhoireann i gcomhlacht (CSIRT, na póilíní, údarás cosanta sonraí…)
## a léann a chuid tuairiscí sa tairseach. Foirmeacha simplí, gan JavaScript.
inbox-title = Bosca isteach
inbox-lead = Na tuairiscí a seoladh chuig d'eagraíocht, an ceann is nuaí ar dtús. Nuair a osclaíonn tú tuairisc, deimhnítear don duine a rinne í go bhfuair tú í.
inbox-nav-label = Do chuntas
inbox-signed-in-as = Sínithe isteach mar
inbox-signout = Sínigh amach
inbox-back = Ar ais chuig an mbosca isteach
inbox-error-title = Níor éirigh leis seo
inbox-error-csrf = Tá an fhoirm seo imithe in éag, nó níor tháinig sí ón suíomh seo. Téigh siar, athlódáil an leathanach agus bain triail eile as.
inbox-error-filter = Tá luach sa scagaire “{ $field }” nach bhfuil ar fáil sa bhosca isteach seo. Roghnaigh arís é san fhoirm.
inbox-signin-title = Sínigh isteach sa bhosca isteach
inbox-signin-lead = Don fhoireann sna comhlachtaí a fhaigheann tuairiscí tríd an tairseach seo. Is é oibreoir na tairsí a chruthaíonn na cuntais.
inbox-field-email = Seoladh ríomhphoist
inbox-field-password = Pasfhocal
inbox-field-code = An cód 6 dhigit ó d'aip fíordheimhnithe
inbox-signin-button = Sínigh isteach
inbox-session-ended = Tá do sheisiún críochnaithe. Sínigh isteach arís.
inbox-signed-out = Tá tú sínithe amach.
inbox-link-title = Nó faigh nasc sínithe isteach aonuaire trí ríomhphost
inbox-link-button = Seol nasc sínithe isteach chugam trí ríomhphost
inbox-link-no-smtp = Níl naisc sínithe isteach trí ríomhphost ar fáil ar an tsuiteáil seo: ní féidir léi ríomhphost a sheoladh.
inbox-link-sent = Má tá cuntas ag an seoladh seo, tá nasc sínithe isteach ar an mbealach chuige. Oibríonn sé uair amháin, ar feadh 15 nóiméad.
inbox-link-lead = Síneoidh an nasc aonuaire seo isteach sa bhosca isteach thú. Oibríonn sé uair amháin.
inbox-link-invalid = Ní oibríonn an nasc sínithe isteach seo a thuilleadh: úsáideadh cheana é, d'imigh sé in éag, nó níor cóipeáladh i gceart é. Iarr ceann nua.
inbox-link-email-subject = Do nasc sínithe isteach don bhosca isteach cyberhelp
inbox-link-email-body =
    D'iarr duine éigin (tusa, tá súil againn) nasc sínithe isteach don bhosca isteach cyberhelp.

    { $url }

    Oibríonn an nasc uair amháin, ar feadh { $minutes } nóiméad. Murar iarr tú é, déan neamhaird den ríomhphost seo: ní tharlóidh aon rud gan an nasc.
inbox-invite-email-subject = Tugtar cuireadh duit chuig bosca isteach cyberhelp
inbox-invite-email-body =
    Chruthaigh oibreoir na tairsí cyberhelp cuntas bosca isteach duit, ionas gur féidir leat na tuairiscí a seoladh chuig d'eagraíocht a léamh agus freagra a thabhairt orthu.

    Oscail an nasc seo chun síniú isteach den chéad uair; oibríonn sé uair amháin, laistigh de { $hours } uair an chloig:

    { $url }

    Ansin socraigh pasfhocal agus aip fíordheimhnithe le haghaidh síniú isteach as seo amach.
inbox-setup-title = Pasfhocal agus aip fíordheimhnithe
inbox-setup-link = Pasfhocal agus aip fíordheimhnithe
inbox-setup-lead = Socraigh pasfhocal agus aip fíordheimhnithe chun síniú isteach gan nasc a fháil trí ríomhphost. Beidh an dá cheann ag teastáil uait gach uair.
inbox-setup-authenticator = D'aip fíordheimhnithe
inbox-setup-authenticator-lead = Cuir cuntas nua le d'aip fíordheimhnithe (TOTP: 6 dhigit, gach 30 soicind) agus clóscríobh an eochair seo:
inbox-setup-authenticator-hint = Coinnigh an eochair seo faoi rún. Ní thaispeántar í ach ar an leathanach seo; cruthófar ceann nua má thagann tú ar ais níos déanaí.
inbox-field-new-password = Pasfhocal nua (12 go 128 carachtar)
inbox-field-repeat-password = An pasfhocal céanna arís
inbox-setup-button = Sábháil
inbox-setup-error-length = Caithfidh idir 12 agus 128 carachtar a bheith sa phasfhocal.
inbox-setup-error-mismatch = Níl an dá phasfhocal mar an gcéanna.
inbox-setup-error-code = Ní réitíonn an cód leis an eochair. Seiceáil an t-am ar do ghuthán agus clóscríobh an cód reatha.
inbox-setup-done = Tá do phasfhocal agus d'aip fíordheimhnithe socraithe.
inbox-setup-suggest = Shínigh tú isteach le nasc aonuaire. Chun síniú isteach gan nasc den sórt sin, socraigh pasfhocal agus aip fíordheimhnithe:
inbox-filter-state = Stádas an cháis
inbox-filter-incident = Cineál teagmhais
inbox-filter-from = Faighte ó
inbox-filter-to = Faighte go dtí
inbox-filter-button = Scag
inbox-filter-all = Gach ceann
inbox-state-new = Nua: níl aon rud taifeadta fós
inbox-state-received = Faighte ag an bhfaighteoir
inbox-state-in-progress = Tá an faighteoir ag obair air
inbox-state-closed = Dúnta ag an bhfaighteoir
inbox-export = Easpórtáil na tuairiscí seo:
inbox-empty = Níor seoladh aon tuairisc chuig d'eagraíocht go fóill.
inbox-empty-filtered = Níl aon tuairisc ann a fhreagraíonn do na scagairí seo.
inbox-new = gan oscailt
inbox-withdrawn = Tarraingthe siar ag an duine a rinne í
inbox-caption = Tuairiscí do { $contact }, leathanach { $page }
inbox-col-reference = Tagairt
inbox-col-received = Faighte
inbox-col-incident = Cineál teagmhais
inbox-col-victim = Tuairiscithe ag
inbox-col-state = Stádas an cháis
inbox-col-deadline = Spriocdháta dlíthiúil
inbox-previous = An leathanach roimhe seo
inbox-next = An chéad leathanach eile
inbox-report-title = Tuairisc { $reference }
inbox-deadline = spriocdháta dlíthiúil: { $date }
inbox-purged = Scriosadh sonraí pearsanta na tuairisce seo ar { $date } (de réir thréimhse choinneála na tairsí, nó mar gur tharraing an duine a rinne í siar í).
inbox-withdrawn-note = Tharraing an duine a rinne an tuairisc seo siar í: ní féidir aon rud eile a thaifeadadh fúithi ná aon rud a sheoladh chucu. Cuir do rialacha féin maidir le tuairiscí a tarraingíodh siar i bhfeidhm ar a bhfuil agat.
inbox-timeline = An méid a thaifead tú
inbox-no-updates = Níl aon rud taifeadta fós.
inbox-questions = Ceisteanna don duine a rinne an tuairisc
inbox-answer = Freagra:
inbox-no-answer = Gan freagra fós.
inbox-done-status = Taifeadadh do nuashonrú; feiceann an duine a rinne an tuairisc é ar a leathanach stádais.
inbox-done-question = Seoladh do cheist; feiceann an duine a rinne an tuairisc í ar a leathanach stádais.
privacy-channel-inbox = fanann siad sa tairseach seo, áit a léann an comhlacht iad ina bhosca isteach féin
