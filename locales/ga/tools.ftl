## Tools: "Is this message a scam?" (/{lang}/check)

check-title = An caimiléireacht í an teachtaireacht seo?
tool-busy = Á sheiceáil…
check-lead = Greamaigh an téacs, an ríomhphost, an teachtaireacht chomhrá, an nasc, an uimhir theileafóin nó seoladh an tseoltóra a fuair tú. Lorgaímid na comharthaí a bhíonn de ghnáth ar chaimiléireacht. Ní stóráiltear aon rud a ghreamaíonn tú agus ní sheoltar áit ar bith é: seiceáiltear ar an bhfreastalaí seo é agus déantar dearmad air ansin.
check-field-text = An teachtaireacht, an nasc nó an seoladh
check-field-text-hint = Greamaigh é díreach mar a fuair tú é. Ná cliceáil ar a naisc roimh ré.
check-field-country = Do thír
check-submit = Seiceáil an teachtaireacht
check-error-empty = Greamaigh an teachtaireacht nó an nasc is mian leat a sheiceáil.
check-truncated = Tá an teachtaireacht an-fhada: níor sheiceálamar ach an chéad { $chars } carachtar.
check-unchecked-links = Tá naisc eile ann nár sheiceálamar (líon: { $count }).
check-found-title = { $count ->
    [one] Fuaireamar comhartha caimiléireachta amháin
    [two] Fuaireamar dhá chomhartha caimiléireachta
    [few] Fuaireamar { $count } chomhartha caimiléireachta
    [many] Fuaireamar { $count } gcomhartha caimiléireachta
   *[other] Fuaireamar { $count } comhartha caimiléireachta
}
check-found-lead = Ná cliceáil ar a naisc, ná glaoigh ar ais ar uimhreacha atá ann, ná híoc aon rud agus ná tabhair cód ná pasfhocal ar bith d'aon duine.
check-none-title = Níor aimsíomar aon chomhartha caimiléireachta aitheanta
check-none-lead = Ní chiallaíonn sé sin go bhfuil sí sábháilte. Athraíonn caimiléirí a gcuid focal gach seachtain. Má iarrann an teachtaireacht ort rud éigin a dhéanamh, déan teagmháil leis an eagraíocht tú féin trína suíomh gréasáin oifigiúil, trína haip nó ar an uimhir atá ar do chárta nó ar do chonradh, agus ná déan riamh é tríd an teachtaireacht.
check-weak-title = Is fiú é a sheiceáil
check-links-title = Naisc agus seoltaí sa teachtaireacht
check-link-official = in úsáid ag { $name }
check-link-lookalike = déanann sé aithris ar sheoladh atá ag { $name }
check-link-unknown = ní seoladh é atá ar eolas againn
check-what-now = Cad ba cheart duit a dhéanamh anois
check-forward = Tuairiscigh an teachtaireacht
check-advice-link = Comhairle: fioscaireacht agus teachtaireachtaí bréige
check-never-ask = Ní iarrann bainc, na póilíní ná comhlachtaí poiblí ort riamh, i dteachtaireacht ná ar an bhfón, pasfhocail, cóid aonuaire ná sonraí cárta a thabhairt; ní iarrann siad riamh ort airgead a aistriú chuig “cuntas sábháilte”; agus ní iarrann siad riamh ort aip a shuiteáil chun smacht a fháil ar d'fhón nó ar do ríomhaire.

check-sign-lookalike = Téann an nasc chuig { $domain }, seoladh atá cosúil le seoladh { $brand } ({ $official }) ach nach é atá ann.
check-sign-brand-in-domain = Úsáideann an nasc an t-ainm { $brand } taobh istigh de sheoladh eile ({ $domain }); is é { $official } an seoladh atá ag { $brand } féin.
check-sign-name-in-domain = Úsáideann an nasc an t-ainm { $brand }, ach téann sé chuig suíomh eile: { $domain }.
check-sign-brand-elsewhere = Luaitear { $brand } sa teachtaireacht, ach téann a nasc chuig { $domain }, ní chuig an suíomh atá ag { $brand } féin ({ $official }).
check-sign-link-ip = Téann nasc chuig uimhir lom ({ $domain }) seachas chuig suíomh gréasáin a bhfuil ainm air.
check-sign-link-shortener = Tá nasc giorraithe ({ $domain }): ní féidir leat a fheiceáil cá dtéann sé i ndáiríre.
check-sign-link-punycode = Úsáideann seoladh litreacha ó aibítreacha eile atá cosúil lenár litreacha féin ({ $domain }).
check-sign-link-script = Tá nasc ann a ritheann cód nó a cheileann ábhar ({ $domain }); ní úsáideann fíorsheoltóirí a leithéid riamh.
check-sign-hidden-characters = Tá carachtair dhofheicthe ann a athraíonn an chaoi a dtaispeántar an téacs; úsáidtear iad chun seoltaí a cheilt.
check-sign-safe-account = Iarrann sí ort airgead a aistriú chuig cuntas “sábháilte” nó “slán”. Ní dhéanann aon fhíorbhanc ná aon fhíorphóilín é sin riamh.
check-sign-code = Iarrann sí ort cód a thabhairt, a sheoladh nó a léamh amach. Is duitse amháin cód a fhaigheann tú; an té a iarrann é, tá sé ag iarraidh do chuntas a ghabháil nó íocaíocht a cheadú.
check-sign-remote-access = Iarrann sí ort aip chianrochtana (ar nós AnyDesk nó TeamViewer) a shuiteáil nó a oscailt. Leis an aip sin, bíonn smacht ag strainséir ar d'fhón nó ar do ríomhaire.
check-sign-credentials = Iarrann sí ort d'ainm úsáideora, do phasfhocal, d'uimhir PIN nó sonraí do chárta a dheimhniú.
check-sign-fee = Iarrann sí íocaíocht bheag chun beart a scaoileadh nó chun táille a ghlanadh: bealach coitianta chun sonraí do chárta a fháil.
check-sign-gift-card-crypto = Iarrann sí íocaíocht i gcártaí bronntanais, i ndearbháin nó i gcriptea-airgeadra, rud nach féidir a rianú ná a aisíoc.
check-sign-new-number = Deir sí gur gaol leat atá ann a bhfuil “uimhir nua” aige: sula ndéanann tú aon rud, glaoigh ar an duine ar an uimhir atá agat cheana.
check-sign-threat = Bagraíonn sí cuntas blocáilte, fíneáil, cás cúirte nó na póilíní ort chun eagla a chur ort agus brú a chur ort gníomhú.
check-sign-urgency = Cuireann sí deifir ort (“laistigh de 24 uair an chloig”, “rabhadh deiridh”). Tugann fíor-eagraíochtaí am duit.
check-sign-refund = Geallann sí aisíocaíocht nó airgead atá dlite duit: baoite coitianta chun do shonraí bainc a fháil.
check-sign-prize = Deir sí gur bhuaigh tú duais nó gur roghnaíodh thú do dhuais, cé nár chuir tú isteach ar aon rud.

## "Is this really them?" (on /{lang}/check)

verify-contact-title = An iad na póilíní, mo bhanc nó údarás atá ann i ndáiríre?
verify-contact-lead = Cuir isteach uimhir theileafóin, seoladh ríomhphoist nó suíomh gréasáin a deir gur údarás é. Lorgóimid é i measc na gcainéal oifigiúil inár n-eolaire.
verify-contact-field = Uimhir theileafóin, seoladh ríomhphoist nó suíomh gréasáin
verify-contact-submit = Cuardaigh
verify-contact-found = Tá sé seo liostaithe le haghaidh:
verify-contact-source = foinse
verify-contact-none = Ní cainéal é seo atá ar eolas againn d'aon údarás inár n-eolaire. Ní chruthaíonn sé sin gur bréige é, ach ná bíodh muinín agat as: aimsigh sonraí teagmhála an údaráis tú féin, ar a shuíomh gréasáin oifigiúil.
verify-contact-error = Cuir isteach uimhir theileafóin, seoladh ríomhphoist nó seoladh gréasáin.

## "Which ransomware is this?" (/{lang}/ransomware)

ransomware-title = Cén ransomware é seo?
ransomware-lead = Inis dúinn cad a fheiceann tú: an iarmhír a cuireadh le do chomhaid chriptithe, ainm comhaid an nóta airgid fuascailte, nó téacs an nóta. Cuirimid i gcomparáid é le teaghlaigh aitheanta ransomware. Ní uaslódáiltear aon rud: ná seol comhaid chugainn.
ransomware-field-extension = Iarmhír na gcomhad criptithe
ransomware-field-extension-hint = Mar shampla: grianghraf.jpg.akira → .akira
ransomware-field-note-filename = Ainm comhaid an nóta airgid fuascailte
ransomware-field-note = Téacs an nóta airgid fuascailte (roghnach)
ransomware-field-note-hint = Cuirimid na seoltaí ríomhphoist agus na seoltaí onion atá ann i gcomparáid freisin. Ná déan teagmháil leis na coirpigh.
ransomware-submit = Aithin
ransomware-error-empty = Tabhair rud amháin ar a laghad: an iarmhír, ainm comhaid an nóta nó a théacs.
ransomware-results = Teaghlaigh is dóichí
ransomware-ambiguous = Tá roinnt teaghlach ag teacht leis an méid a thug tú: níl an freagra cinnte. Cuir ainm comhaid nó téacs an nóta airgid fuascailte leis chun an rogha a chúngú.
ransomware-none = Níl aon teaghlach aitheanta ag teacht leis. Is minic a tharlaíonn sé sin le ransomware nua nó annamh.
ransomware-fake = bréige: b'fhéidir nach gcriptíonn sé comhaid i ndáiríre
ransomware-evidence-address = seoladh sa nóta
ransomware-evidence-note-file = ainm comhaid an nóta
ransomware-evidence-extension = an iarmhír
ransomware-evidence-name = a ainm sa nóta
ransomware-evidence-wording = foclaíocht an nóta
ransomware-refs = Foinsí
ransomware-decryptors = Lorg uirlis díchriptithe saor in aisce
ransomware-nomoreransom = No More Ransom: uirlisí díchriptithe (póilíní agus comhlachtaí slándála)
ransomware-cryptosheriff = Crypto Sheriff: uaslódáil dhá chomhad chriptithe ansin chun an ransomware a aithint (ar shuíomh No More Ransom)
ransomware-next = Ná híoc, coinnigh na comhaid chriptithe agus an nóta, dícheangail na gléasanna lena mbaineann ón líonra, agus tuairiscigh é.
ransomware-advice = Comhairle faoi ransomware
ransomware-data = Sonraí: MISP Project, réaltra ransomware (leagan { $version }, CC0).

## "Was this message really sent by cyberhelp?" (/{lang}/verify)

verify-title = An é cyberhelp a sheol an teachtaireacht seo i ndáiríre?
verify-lead = Nuair a sheolann an tairseach seo teachtaireacht faoi thuairisc, bíonn tagairt na tuairisce inti (mar shampla 7K4M-9QXP-2D). Cuir isteach an tagairt le fáil amach ar sheolamar teachtaireachtaí fúithi, agus cathain. Ní thaispeántar aon rud eile faoin tuairisc.
verify-field = An tagairt atá sa teachtaireacht
verify-submit = Seiceáil
verify-sent = Sheol cyberhelp teachtaireachtaí faoin tagairt seo ar na dátaí seo:
verify-none = Níor sheol cyberhelp aon teachtaireacht faoin tagairt seo. Má deir teachtaireacht leis an tagairt seo gur uainne a tháinig sí, ná bíodh muinín agat aisti agus ná déan an rud a iarrann sí.
verify-invalid = Bíonn 10 litir agus digit i dtagairt, mar shampla 7K4M-9QXP-2D.
