## Report form

report-title = Tuairiscigh teagmhas
report-lead = Tá ceithre cheist riachtanach; tá gach rud eile roghnach. Sula seoltar aon rud, taispeánfaimid duit cé a gheobhaidh do thuairisc agus is tusa a roghnóidh.
report-never-ask = Ní iarrfaimid riamh do phasfhocail, íocaíocht ná rochtain ar do ghléas. Ná cuir pasfhocail san fhoirm seo.
report-required-note = Tá na réimsí a bhfuil * leo riachtanach.
report-section-who = Fút féin
report-section-what = Cad a tharla
report-section-money = Airgead agus sonraí
report-section-contact = Conas teagmháil a dhéanamh leat
report-field-country = An tír ina bhfuil tú i do chónaí nó ina bhfuil d'eagraíocht lonnaithe *
report-field-country-choose = Roghnaigh tír
report-field-country-other = Tír eile
report-field-victim = Cé thú féin? *
report-victim-citizen = Duine príobháideach
report-victim-business = Gnó nó eagraíocht
report-victim-essential-entity = Eintiteas bunriachtanach faoi NIS2 (m.sh. fuinneamh, iompar, sláinte, uisce óil, bonneagar digiteach)
report-victim-important-entity = Eintiteas tábhachtach faoi NIS2 (m.sh. seirbhísí poist, dramhaíl, ceimiceáin, bia, déantúsaíocht, soláthraithe digiteacha)
report-field-incident = Cad a tharla? *
report-field-incident-choose = Roghnaigh cad a tharla
report-incident-unknown = Níl a fhios agam
report-field-description = Déan cur síos i d'fhocail féin ar cad a tharla *
report-field-description-hint = Cad a chonaic tú, cad a rinne tú, agus cad a tharla ina dhiaidh sin. 10 gcarachtar ar a laghad.
report-field-started = Cathain a thosaigh sé? (roghnach)
report-field-aware = Cathain a thug tú faoi deara é? (roghnach; áirítear na spriocdhátaí dlíthiúla ón nóiméad seo)
report-field-dates-hint = Am áitiúil sa tír a roghnaigh tú thuas. Fág folamh é mura bhfuil a fhios agat.
report-field-ongoing = Tá sé fós ar siúl
report-field-money-lost = Chaill mé airgead, nó thug mé sonraí mo chárta nó mo bhainc uaim
report-field-amount = An méid a cailleadh (roghnach)
report-field-currency = Airgeadra
report-field-personal-data = Baineann sé le sonraí pearsanta daoine eile (custaiméirí, foireann, othair)
report-field-minor = Baineann sé le leanbh nó le déagóir
report-field-cross-border = Tá an díoltóir nó an duine eile i dtír eile
report-field-email = Ríomhphost (roghnach)
report-field-phone = Fón (roghnach)
report-field-anonymous = Tuairiscigh gan ainm (gan sonraí teagmhála)
report-contact-hint = Ná tabhair sonraí teagmhála ach amháin má aontaíonn tú go bhféadfaidh na húdaráis a roghnaíonn tú teagmháil a dhéanamh leat.
report-evidence-title = Fianaise atá á coinneáil agat (roghnach)
report-evidence-body = Liostaigh na rudaí atá á gcoinneáil agat: grianghraif scáileáin, teachtaireachtaí, ríomhphoist sábháilte mar chomhaid, ráitis bhainc, litreacha. Ní uaslódáiltear aon rud: fanann na comhaid agat go dtí go n-iarrann na póilíní nó CSIRT iad. Ná liostaigh pasfhocail ná cóid riamh.
report-evidence-guide = Cad ba cheart a choinneáil don chineál seo teagmhais, agus conas
report-evidence-name = Ainm an chomhaid nó cén rud é
report-evidence-note = Do nóta (cá bhfuil sé, cad a thaispeánann sé)
report-evidence-pick = Cuir comhaid ón ngléas seo leis an liosta
report-evidence-pick-hint = Cuirtear ainm, méid, dáta agus méarlorg SHA-256 gach comhaid leis an liosta. Ní léitear na comhaid ach ar do ghléas féin agus ní uaslódáiltear iad riamh. Leis an méarlorg, is féidir le duine ar bith a sheiceáil níos déanaí gurb é seo go díreach an comhad a liostaigh tú.
report-evidence-working = Méarlorg á ríomh: { $name }…
report-evidence-done = Cuireadh { $name } leis an liosta in éineacht lena mhéarlorg. Fanann an comhad ar do ghléas.
report-evidence-too-large = Tá { $name } níos mó ná { $size }, mar sin cuireadh leis an liosta é gan mhéarlorg. Is féidir leat méarlorg a ríomh ar ríomhaire: sha256sum ar Linux, shasum -a 256 ar macOS, certutil -hashfile le SHA256 ar Windows.
report-evidence-unavailable = Ní féidir leis an mbrabhsálaí seo méarloirg a ríomh ar an leathanach seo; cuireadh an comhad leis an liosta lena ainm, a mhéid agus a dháta amháin.
report-evidence-full = Tá an liosta lán (uasmhéid iontrálacha: { $max }).
report-honeypot = Fág an réimse seo folamh
report-preview-button = Taispeáin cé a gheobhaidh mo thuairisc
report-send-button = Seol an tuairisc
report-edit-hint = Is féidir leat do fhreagraí thuas a athrú fós agus na faighteoirí a thaispeáint arís.
report-preview-title = Cé ar cheart dó do thuairisc a fháil
report-preview-lead = San ord seo. Cuir tic leis na comhlachtaí ar mian leat go seolfaimis do thuairisc chucu; is fiú duit na céimeanna eile a dhéanamh thú féin freisin.
report-preview-uncovered = Níl pointí teagmhála againn don tír seo fós.
report-consent = Seol mo thuairisc anois chuig: { $name }
report-consent-unavailable = Ní féidir linn í a sheoladh ar do shon: déan teagmháil leo go díreach.
report-deadline = Spriocdháta dlíthiúil: laistigh de { $hours } uair an chloig
report-deadline-at = faoi { $date }
report-legal-basis = Bunús dlí: { $basis }
report-contact-website = Suíomh gréasáin
report-contact-form = Foirm ar líne
report-contact-email = Ríomhphost
report-contact-phone = Fón
report-contact-source = Foinse
report-contact-unverified = Seiceáil an bealach seo ar shuíomh an údaráis: níorbh fhéidir linn é a dhearbhú ó fhoinse oifigiúil.
report-step-bank = Do bhanc nó an líne chun cártaí a bhlocáil
report-step-police = Póilíní
report-step-csirt = CSIRT (foireann náisiúnta freagartha ar theagmhais slándála ríomhaireachta)
report-step-dpa = Údarás cosanta sonraí
report-step-consumer = Lárionad nó údarás tomhaltóirí
report-step-regulator = Údarás inniúil
report-step-helpline = Líne chabhrach
report-step-platform = An tseirbhís nó an t-ardán lena mbaineann
report-no-contact = Úsáid an uimhir ar chúl do chárta nó aip nó suíomh gréasáin oifigiúil do bhainc.
report-errors-title = Seiceáil na freagraí seo, le do thoil
report-error-country-required = Roghnaigh tír.
report-error-country-invalid = Roghnaigh tír ón liosta.
report-error-victim-required = Inis dúinn cé thú féin.
report-error-incident-required = Inis dúinn cad a tharla, nó roghnaigh “Níl a fhios agam”.
report-error-invalid-choice = Roghnaigh ceann de na roghanna.
report-error-description-required = Déan cur síos ar cad a tharla.
report-error-description-short = Scríobh beagán eile, le do thoil (10 gcarachtar ar a laghad).
report-error-description-long = Giorraigh do chur síos go 5000 carachtar, le do thoil.
report-error-control-chars = Bain na carachtair rialaithe dhofheicthe as an réimse seo.
report-error-evidence-too-many = Ná liostaigh níos mó ná 50 mír fianaise.
report-error-evidence-too-long = Tá ainm nó nóta sa liosta fianaise rófhada: is é 255 an líon uasta carachtar in ainm agus 500 i nóta.
report-error-evidence-invalid = Tá méid, dáta nó méarlorg neamhbhailí i gceann de na hiontrálacha sa liosta fianaise. Bain an iontráil sin agus cuir an comhad leis arís.
report-error-date-invalid = Cuir isteach dáta mar 2026-11-29 nó fág folamh é.
report-error-date-future = Tá an dáta seo sa todhchaí.
report-error-aware-before-start = Ní fhéadfá é a thabhairt faoi deara sular thosaigh sé.
report-error-amount-invalid = Cuir isteach méid mar 250 nó 250.50.
report-error-currency-invalid = Roghnaigh airgeadra.
report-error-email-invalid = Cuir isteach seoladh ríomhphoist mar ainm@example.org, nó fág folamh é.
report-error-phone-invalid = Cuir isteach uimhir theileafóin ina bhfuil 6 go 20 digit, nó fág folamh é.
report-error-anonymous-with-contact = D'iarr tú fanacht gan ainm: bain do shonraí teagmhála, nó bain an tic de “Tuairiscigh gan ainm”.
report-error-bad-request = Níorbh fhéidir linn an méid a seoladh a léamh. Téigh ar ais agus bain triail eile as, le do thoil.
report-error-no-recipient = Níor seoladh aon rud: níor chuir tú tic le faighteoir ar bith. Cuir tic le ceann amháin ar a laghad thíos, nó coinnigh an tuairisc mar thaifead duit féin amháin.
report-record-button = Coinnigh mar thaifead dom féin amháin (ná seol aon rud)
report-draft-sent = Seoladh an tuairisc seo cheana. Seo a tagairt: { $reference }.
report-draft-receipt = Féach ar an admháil
report-draft-new = Tosaigh tuairisc nua
report-draft-expired = Tá an leathanach seo imithe in éag: ar mhaithe le do phríobháideacht, ní choinnímid an méid a scríobh tú ach ar feadh 2 uair an chloig ar a mhéad tar éis duit na faighteoirí a thaispeáint den uair dheireanach. Líon isteach an fhoirm arís, le do thoil.
report-step-later-duty = Dlite níos déanaí: seolfaidh tú féin an ceann seo nuair a bheidh sé dlite, agus tabharfaidh tú do thagairt dóibh. Ní sheolaimid anois é.
report-step-clocks = Spriocdhátaí dlíthiúla don fhaighteoir seo
report-error-rate-limited = An iomarca tuairiscí ó do cheangal i mbeagán ama. Fan nóiméad agus bain triail eile as, le do thoil.

## Receipt and status

receipt-title = Fuarthas do thuairisc
receipt-title-record = Coinnithe mar thaifead duit féin: níor seoladh aon rud
receipt-record-lead = Níor fhuair aon duine an tuairisc seo. Más mian leat an teagmhas a thuairisciú, déan teagmháil leis na comhlachtaí thíos tú féin, agus bain úsáid as an méid a scríobh tú ar an leathanach seo.
receipt-reference = Do thagairt
receipt-reference-hint = Scríobh síos í nó priontáil an leathanach seo. Tabhair í nuair a fhiafraíonn údarás díot faoi do thuairisc.
receipt-token = Do chód stádais príobháideach
receipt-token-hint = In éineacht leis an tagairt, ligeann an cód seo duit stádas do thuairisce a fheiceáil. Coinnigh agat féin é.
receipt-received = Fuarthas: { $date }
receipt-steps = Cad a tharlóidh anois
receipt-state-queued = Ag fanacht le seoladh
receipt-state-sent = Seolta
receipt-state-acknowledged = Dearbhaithe ag an bhfaighteoir
receipt-state-failed = Níorbh fhéidir é a sheachadadh
receipt-state-not-sent = Níor sheolamar é: déan teagmháil leo thú féin
receipt-download-json = Íoslódáil cóip (JSON)
receipt-print = Priontáil an leathanach seo
receipt-status-link = Leathanach stádais
receipt-your-report = An méid a thuairiscigh tú
receipt-manual-title = Níor seoladh go huathoibríoch é
receipt-manual-deadline = Chun an spriocdháta dlíthiúil a chomhlíonadh, cuir in iúl dóibh é tú féin faoi { $date }, trí cheann de na bealaí thíos, agus tabhair do thagairt dóibh.
receipt-manual-act = Déan teagmháil leo tú féin, trí cheann de na bealaí thíos, agus tabhair do thagairt dóibh.
receipt-manual-deadline-find = Chun an spriocdháta dlíthiúil a chomhlíonadh, cuir in iúl dóibh é tú féin faoi { $date }. Níl bealach dearbhaithe againn don chomhlacht seo: aimsigh é ar shuíomh gréasáin oifigiúil an údaráis, agus tabhair do thagairt dóibh.
receipt-manual-find = Níl bealach dearbhaithe againn don chomhlacht seo: aimsigh é ar shuíomh gréasáin oifigiúil an údaráis, déan teagmháil leo tú féin agus tabhair do thagairt dóibh.
receipt-manual-not-chosen = Níor iarr tú orainn í a sheoladh chucu.
receipt-manual-no-channel = Níl aon bhealach againn í a sheoladh chucu ar do shon.
receipt-private-title = Coinnigh é seo príobháideach
receipt-print-hint = Ní thaispeántar do chód stádais príobháideach nuair a phriontálann tú an leathanach seo.
receipt-flags = D'inis tú dúinn freisin
receipt-evidence = Fianaise atá á coinneáil agat
receipt-evidence-hint = Níor seoladh na comhaid; coinnigh iad gan aon athrú. Má tá méarlorg SHA-256 comhaid fós mar an gcéanna, is é sin go díreach an comhad a liostaigh tú.
receipt-evidence-modified = athraithe go deireanach: { $date }
receipt-zone-hint = Taispeántar na hamanna sa chrios ama seo: { $zone }; in UTC: { $utc }.
status-title = Stádas do thuairisce
status-lead = Cuir isteach an tagairt agus an cód stádais príobháideach ó d'admháil. Níl cuntas ag teastáil.
status-field-reference = Tagairt
status-field-token = Cód stádais príobháideach
status-submit = Taispeáin an stádas
status-not-found = Níor aimsíomar aon tuairisc leis an tagairt agus leis an gcód seo. Seiceáil an dá cheann agus bain triail eile as.

## Delivery: status notes on the receipt, and the recipients' confirmation page
receipt-note-waiting-setup = Níl an tairseach seo socraithe fós chun tuairiscí a sheoladh chuig an bhfaighteoir seo. Coinnítear do thuairisc agus seolfar í nuair a bheidh; is féidir leat teagmháil a dhéanamh leo tú féin freisin.
receipt-note-retrying = Níor éirigh leis an seoladh fós. Déanfaimid iarracht arís go huathoibríoch.
receipt-note-failed = Déan teagmháil leo tú féin agus tabhair do thagairt dóibh.
delivery-ack-title = Deimhnigh go bhfuarthas é
delivery-ack-intro = Deimhnigh, le do thoil, go bhfuair d'eagraíocht tuairisc { $reference }. Feicfidh an duine a rinne an tuairisc é seo ar a leathanach stádais.
delivery-ack-button = Deimhnigh go bhfuarthas é
delivery-ack-done = Go raibh maith agat. Deimhníodh go bhfuarthas tuairisc { $reference }.
delivery-ack-invalid = Níl an nasc deimhnithe seo bailí. Úsáid an nasc ón ríomhphost díreach mar a seoladh é.
delivery-status-title = Inis don duine a rinne an tuairisc cá bhfuil cúrsaí
delivery-status-lead = Feicfidh siad do nuashonrú ar a leathanach stádais, mar aon le do thagairt cháis agus do theachtaireacht. Scríobh téacs simplí; ná cuir sonraí pearsanta daoine eile isteach.
delivery-status-state = Stádas
delivery-status-reference = Do thagairt cháis (roghnach)
delivery-status-outcome = Toradh (roghnach)
delivery-status-message = Teachtaireacht don duine a rinne an tuairisc (roghnach, 2000 carachtar ar a mhéad)
delivery-status-button = Seol an nuashonrú
delivery-status-done = Go raibh maith agat. Tá do nuashonrú ar thuairisc { $reference } taifeadta; feiceann an duine a rinne an tuairisc é ar a leathanach stádais.
delivery-status-back = Ar ais chuig an bhfoirm
delivery-status-error-unknown-state = Roghnaigh ceann de na stádais sa liosta.
delivery-status-error-unknown-outcome = Roghnaigh ceann de na torthaí sa liosta, nó ná roghnaigh ceann ar bith.
delivery-status-error-message-too-long = Tá an teachtaireacht rófhada: 2000 carachtar ar a mhéad.
delivery-status-error-field-too-long = Tá tagairt an cháis rófhada: 100 carachtar ar a mhéad.
delivery-status-error-control-characters = Bain na carachtair rialaithe dhofheicthe as an tagairt nó as an teachtaireacht.
delivery-status-error-state-backwards = Tá an tuairisc seo ag stádas níos déanaí cheana féin; ní féidir dul siar go stádas níos luaithe.
delivery-status-error-not-delivered = Níor seachadadh an tuairisc seo chugat, mar sin níl aon rud le nuashonrú.
delivery-status-error-unknown-delivery = Níl an nasc seo bailí. Úsáid an nasc ón ríomhphost díreach mar a seoladh é.
recipient-state-received = Faighte ag an bhfaighteoir
recipient-state-in-progress = Tá an faighteoir ag obair air
recipient-state-closed = Dúnta ag an bhfaighteoir
recipient-outcome-advice-given = Tugadh comhairle
recipient-outcome-case-opened = Osclaíodh cás
recipient-outcome-referred-elsewhere = Cuireadh ar aghaidh chuig comhlacht eile
recipient-outcome-no-action-possible = Ní féidir aon bheart a dhéanamh
recipient-their-reference = a dtagairt { $reference }
recipient-updates = An méid a d'inis an faighteoir duit

## Ceisteanna a shocraíonn cé dó a gcaithfidh tú insint (taispeántar iad tar éis an réamhamhairc nuair a athraíonn siad an freagra)

report-victim-public-body = Comhlacht poiblí (mar shampla údarás áitiúil nó scoil)
report-section-more = Cúpla ceist eile: braitheann sé ar d'fhreagraí cé dó a gcaithfidh tú insint
report-field-region = Réigiún
report-field-region-choose = Roghnaigh do réigiún
report-field-sector = Earnáil d'eagraíochta
report-field-sector-hint = Ní mór d'eintitis faoi NIS2 earnáil a roghnú; tuairiscíonn bainc agus eintitis airgeadais eile faoi DORA.
report-field-sector-none = Níl an earnáil liostaithe anseo / níl mé cinnte
report-sector-energy = Fuinneamh
report-sector-transport = Iompar
report-sector-banking = Baincéireacht
report-sector-financial-market-infrastructure = Bonneagar an mhargaidh airgeadais
report-sector-health = Sláinte
report-sector-drinking-water = Uisce óil
report-sector-waste-water = Fuíolluisce
report-sector-digital-infrastructure = Bonneagar digiteach
report-sector-ict-service-management = Bainistiú seirbhísí TFC (seirbhísí bainistithe)
report-sector-public-administration = Riarachán poiblí
report-sector-space = An spás
report-sector-postal-courier = Seirbhísí poist agus cúiréireachta
report-sector-waste-management = Bainistiú dramhaíola
report-sector-chemicals = Ceimiceáin
report-sector-food = Bia
report-sector-manufacturing = Déantúsaíocht
report-sector-digital-providers = Soláthraithe digiteacha (margaí ar líne, innill chuardaigh, líonraí sóisialta)
report-sector-research = Taighde
report-sector-trust-services = Seirbhísí iontaoibhe (sínithe leictreonacha, séalaí, stampaí ama)
report-field-role = Maidir leis na sonraí pearsanta lena mbaineann, is é d'eagraíocht
report-role-controller = an rialaitheoir: socraíonn sí cén fáth agus conas a úsáidtear na sonraí
report-role-processor = próiseálaí: láimhseálann sí na sonraí d'eagraíocht eile
report-role-unsure = níl mé cinnte
report-field-device-encrypted = Bhí diosca an ghléis a cailleadh criptithe go láidir agus tá an focal faire nó an eochair slán
report-field-payment = Conas a d'imigh an t-airgead?
report-payment-card = Le cárta
report-payment-transfer = Le haistriú bainc
report-payment-instant = Le haistriú láithreach nó le haip íocaíochta
report-payment-crypto = I gcriptea-airgeadra
report-payment-cash = In airgead tirim, i ndearbháin nó i gcártaí bronntanais
report-payment-none = Níor imigh aon airgead
report-field-payment-recent = Níos lú ná 24 uair an chloig ó shin
report-field-self-approved = Cheadaigh mé féin an íocaíocht (mar shampla le linn glao ó chomhairleoir bainc bréige)
report-error-region-invalid = Roghnaigh réigiún den tír a roghnaigh tú.
report-error-sector-required = Roghnaigh earnáil d'eagraíochta: braitheann na dualgais faoi NIS2 uirthi.
report-error-role-citizen = Ní féidir le duine príobháideach a bheith ina phróiseálaí: roghnaigh “níl mé cinnte”.
report-step-controller = An eagraíocht a bpróiseálann tú na sonraí di (an rialaitheoir)
report-step-optional = Roghnach
report-deadline-after-hours = Spriocdháta dlíthiúil: laistigh de { $hours } uair an chloig ó d'fhógra roimhe seo
report-deadline-after-months = Spriocdháta dlíthiúil: laistigh de { $months ->
    [one] mhí amháin
    [two] { $months } mhí
    [few] { $months } mhí
    [many] { $months } mí
   *[other] { $months } mí
} ó d'fhógra roimhe seo
report-deadline-undue-delay = Dualgas dlíthiúil: gan moill mhíchuí
report-needs-region = Braitheann sé seo ar do réigiún: roghnaigh thuas é agus taispeáin na faighteoirí arís. Seo iad na comhlachtaí:
report-alternatives = Is féidir freisin:
report-field-notify = Seol ríomhphost chugam nuair a nuashonraíonn faighteoir mo thuairisc nó nuair a chuireann sé ceist orm
report-notify-hint = Ní insíonn an ríomhphost ach go bhfuil scéala nua ann, mar aon le do thagairt agus nasc chuig do leathanach stádais; ní bhíonn do thuairisc ná teachtaireacht an fhaighteora ann riamh. Teastaíonn do chód stádais príobháideach uait chun iad a léamh.
report-error-notify-without-email = Chun ríomhphoist faoi scéala nua a fháil, tabhair do sheoladh ríomhphoist (agus ná tuairiscigh gan ainm), nó bain an tic den bhosca seo.
delivery-question-title = Cuir ceist ar an duine a rinne an tuairisc
delivery-question-lead = Feicfidh siad do cheist ar a leathanach stádais agus is féidir leo freagra a thabhairt ansin; tiocfaidh a bhfreagra chugat ar an mbealach céanna leis an tuairisc seo. Scríobh téacs simplí; ná fiafraigh ach a bhfuil ag teastáil uait don chás.
delivery-question-label = Do cheist (2000 carachtar ar a mhéad)
delivery-question-button = Seol an cheist
delivery-question-done = Go raibh maith agat. Tá do cheist faoi thuairisc { $reference } taifeadta; feiceann an duine a rinne an tuairisc í ar a leathanach stádais.
followup-error-empty = Scríobh an téacs ar dtús: tá sé folamh.
followup-error-too-long = Tá an téacs rófhada: is é 2000 an líon uasta carachtar le haghaidh ceiste agus 4000 le haghaidh freagra.
followup-error-field-too-long = Tá aitheantóir na ceiste rófhada: 100 carachtar ar a mhéad.
followup-error-control-characters = Bain na carachtair rialaithe dhofheicthe as an téacs.
followup-error-thread-closed = Tá an cás seo dúnta ag an bhfaighteoir, mar sin ní ghlactar le ceisteanna ná le freagraí a thuilleadh. Déan teagmháil leis an bhfaighteoir go díreach má tá rud éigin fós le réiteach.
followup-error-already-answered = Tá freagra eile ar an gceist seo cheana féin. Taispeántar do théacs thíos ionas gur féidir leat é a choinneáil.
followup-error-not-delivered = Níor seachadadh an tuairisc seo chugat, mar sin níl aon duine ann fós le ceist a chur air.
followup-error-unknown = Níor aimsíomar an cheist seo leis an tagairt agus leis an gcód stádais príobháideach seo. Seiceáil an dá cheann agus oscail do leathanach stádais arís.
status-questions-title = Ceisteanna duit
status-questions-lead = Chuir duine d'fhaighteoirí do thuairisce ceist ort. Ní rachaidh d'fhreagra ach chuig an bhfaighteoir a chuir an cheist, ar an mbealach céanna le do thuairisc.
status-questions-from = Ceist ó { $name }
status-question-asked = Cuireadh an cheist: { $date }
status-answer-label = D'fhreagra
status-answer-hint = Téacs simplí, 4000 carachtar ar a mhéad. Ní féidir leat ach freagra amháin a thabhairt ar gach ceist.
status-answer-hint-anonymous = Thuairiscigh tú gan ainm: seoltar d'fhreagra gan d'ainm ná do shonraí teagmhála. Ná scríobh san fhreagra iad mura mian leat go mbeadh siad ag an bhfaighteoir.
status-answer-button = Seol m'fhreagra
status-answer-yours = D'fhreagra ({ $date })
status-answer-state-queued = Ag fanacht le seoladh
status-answer-state-sent = Seolta chuig an bhfaighteoir
status-answer-state-failed = Níorbh fhéidir é a sheoladh. Déan teagmháil leis an bhfaighteoir go díreach, agus tabhair do thagairt dó.
status-answered-notice = Fuarthas d'fhreagra. Rachaidh sé chuig an bhfaighteoir a chuir an cheist; taispeántar a stádas faoin gceist.
status-thread-closed = Tá a chás dúnta ag an bhfaighteoir: ní ghlactar le freagraí a thuilleadh.
status-answer-error-title = Níor seoladh d'fhreagra
status-answer-back = Ar ais chuig do leathanach stádais
notice-email-subject = Scéala nua faoi do thuairisc { $reference }
notice-email-body = A chara,

    Sheol duine d'fhaighteoirí do thuairisce { $reference } nuashonrú nó ceist chugat.

    Chun é a léamh, oscail do leathanach stádais agus cuir isteach an cód stádais príobháideach atá ar d'admháil:
    { $status_url }

    Ar mhaithe le do shábháilteacht, níl aon ábhar ó do thuairisc sa ríomhphost seo. Ní iarraimid riamh pasfhocail, cóid ná íocaíochtaí. Chun a sheiceáil gur sinne a sheol an ríomhphost seo i ndáiríre, cuir isteach do thagairt anseo:
    { $verify_url }

    Tá an ríomhphost seo á fháil agat mar gur iarr tú scéala faoi do thuairisc.

## Tarraingt siar agus coinneáil (issue 19)
receipt-state-withdrawn = Tarraingthe siar sular seoladh í
delivery-status-error-withdrawn = Tharraing an duine a rinne an tuairisc seo siar í. Ní féidir aon rud eile a thaifeadadh fúithi; cuir do rialacha féin maidir le tuairiscí a tarraingíodh siar i bhfeidhm ar an gcóip a fuair tú.
status-withdraw-title = Tarraing an tuairisc seo siar
status-withdraw-lead = Nuair a tharraingíonn tú siar í, scriostar do chur síos, do shonraí teagmhála, do liosta fianaise agus na teachtaireachtaí faoin tuairisc seo ón tairseach seo láithreach. Cuirtear gach comhlacht a fuair an tuairisc ar an eolas ar an mbealach céanna. Ní féidir é seo a chealú.
status-withdraw-keep = Coinníonn comhlacht a fuair an tuairisc cheana féin a chóip féin faoina rialacha féin: d'fhéadfadh sé, mar shampla, go gceanglódh an dlí ar na póilíní gearán a choinneáil. Chun iarraidh ar chomhlacht a chóip a scriosadh, déan teagmháil leis go díreach agus tabhair do thagairt dó.
status-withdraw-confirm = Tuigim nach féidir an tarraingt siar a chealú
status-withdraw-button = Tarraing siar mo thuairisc
status-withdraw-error-confirm = Cuir tic sa bhosca chun a dheimhniú gur mian leat an tuairisc a tharraingt siar.
status-withdrawn-title = Tuairisc tarraingthe siar
status-withdrawn-done = Tarraingíodh siar do thuairisc.
status-withdrawn-notice = Tharraing tú an tuairisc seo siar ar { $date }. Scriosadh na sonraí pearsanta a bhí inti ón tairseach seo.
status-withdrawn-told = { $count ->
    [0] Ní bhfuair aon chomhlacht í, mar sin níl aon duine le cur ar an eolas.
    [one] Cuirtear an t-aon chomhlacht a fuair í ar an eolas ar a bhealach féin.
    [two] Cuirtear an dá chomhlacht a fuair í ar an eolas, gach ceann acu ar a bhealach féin.
    [few] Cuirtear na { $count } chomhlacht a fuair í ar an eolas, gach ceann acu ar a bhealach féin.
    [many] Cuirtear na { $count } gcomhlacht a fuair í ar an eolas, gach ceann acu ar a bhealach féin.
   *[other] Cuirtear na { $count } comhlacht a fuair í ar an eolas, gach ceann acu ar a bhealach féin.
}
status-withdrawal-notice = Fógra faoin tarraingt siar:
status-purged-notice = Scriosadh sonraí pearsanta na tuairisce seo (do chur síos, do shonraí teagmhála, do liosta fianaise agus na teachtaireachtaí fúithi) ar { $date }, mar a deir an fógra príobháideachta. Taispeántar thíos an méid atá fágtha.
report-privacy-before = Ní théann do thuairisc ach chuig na comhlachtaí a gcuireann tú tic leo. An méid a choinnímid, cá fhad a choinnímid é, agus do chearta:
report-privacy-link = fógra príobháideachta
