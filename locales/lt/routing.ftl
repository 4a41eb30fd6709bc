## Routing: why each step is recommended (ids referenced from content/routing.toml)

route-why-police-people = Jei kas nors jums grasina, jus persekioja ar išnaudoja arba jei susijęs vaikas, pirmiausia kreipkitės į policiją. Nemokėkite ir nesiderėkite: išsaugokite žinutes kaip įrodymus.
route-why-helpline = Jums nereikia su tuo kovoti be pagalbos: šios pagalbos linijos jus išklausys, patars ir gali padėti pašalinti nuotraukas ar turinį.
route-why-nis2-early-warning = Kaip esminis ar svarbus subjektas, per 24 valandas nuo tada, kai sužinojote apie didelį incidentą, turite išsiųsti ankstyvąjį įspėjimą savo CSIRT arba kompetentingai institucijai.
route-why-nis2-notification = Per 72 valandas pateikite pranešimą apie incidentą: pirminį įvertinimą, rimtumą, poveikį ir kompromitavimo rodiklius.
route-why-nis2-final = Ne vėliau kaip per vieną mėnesį nuo pranešimo apie incidentą pateikite galutinę ataskaitą: išsamų aprašymą, pagrindinę priežastį, taikytas priemones ir tarpvalstybinį poveikį.
route-why-gdpr-controller = Paveikti kitų žmonių asmens duomenys, todėl jūsų organizacija yra duomenų valdytoja: per 72 valandas praneškite apie pažeidimą duomenų apsaugos institucijai, išskyrus atvejus, kai mažai tikėtina, kad jis kam nors sukels riziką. Jei rizika paveiktiems žmonėms didelė, informuokite ir juos.
route-why-police-money = Praneškite apie sukčiavimą policijai. Jūsų bankas ar draudikas gali paprašyti pareiškimo registracijos numerio.
route-why-platform = Naudokitės oficialiais atitinkamos paslaugos paskyros atkūrimo ir pranešimo puslapiais (niekada ne jums atsiųstomis nuorodomis). Praneškite apie paskyrą ar turinį, kad platforma galėtų jį užblokuoti.
route-why-phishing-report = Persiųskite įtartiną žinutę nacionaliniu pranešimų adresu: tai padeda užblokuoti netikrą svetainę visiems.
route-why-ecc = Pardavėjas yra kitoje šalyje: jūsų šalies Europos vartotojų centras nemokamai padeda spręsti tarpvalstybinius ginčus.
route-why-consumer = Praneškite apie prekiautoją vartotojų teisių apsaugos institucijai: ji gali imtis veiksmų prieš netikras parduotuves ir įspėti kitus.
route-why-csirt-business = Nacionalinis CSIRT gali padėti jūsų organizacijai sustabdyti ataką ir atsigauti, o iš jūsų pranešimo mokosi, kaip įspėti kitus.
route-why-dpa-citizen = Jūsų duomenys nutekėjo iš įmonės. Jums nereikia per kokį nors terminą nieko informuoti: tai įmonės pareiga. Jei manote, kad jūsų duomenys nebuvo apsaugoti arba įmonė jūsų neinformavo, galite pateikti skundą duomenų apsaugos institucijai.
route-why-police-crime = Tai nusikaltimas visose ES šalyse. Pareiškimas policijai sukuria oficialų įrašą ir gali padėti tyrimui.
route-why-unsure = Nesate tikri, kas nutiko? Policija gali priimti jūsų pareiškimą ir nukreipti jus į tinkamą tarnybą. Viską išsaugokite kaip įrodymus.
