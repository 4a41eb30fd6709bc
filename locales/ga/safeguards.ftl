## Cosaintí a cuireadh leis tar éis athbhreithniú slándála ar an mbosca isteach agus ar tharraingt siar na dtuairiscí.
inbox-field-current-password = Pasfhocal reatha
inbox-setup-error-current = Tá an pasfhocal reatha mícheart.
inbox-signin-refused = Tá an seoladh ríomhphoist, an pasfhocal nó an cód mícheart, nó tá an cuntas faoi ghlas ar feadh 15 nóiméad tar éis 5 iarracht nár éirigh leo. Seiceáil iad agus bain triail eile as, nó iarr nasc sínithe isteach.
followup-error-withdrawn = Tharraing tú an tuairisc seo siar, mar sin ní ghlactar le freagraí a thuilleadh.
privacy-stored-inbox = Foireann na gcomhlachtaí a úsáideann an bosca isteach: coinnítear i loga iniúchta a seoladh ríomhphoist, cathain a shínigh siad isteach, a bhfaca siad agus a ndearna siad, agus an seoladh IP a d'úsáid siad.
