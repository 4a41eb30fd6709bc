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

## Money that can still be stopped

route-why-card-block = Užblokuokite kortelę dabar: skambinkite numeriu, nurodytu kortelės kitoje pusėje ar banko programėlėje, arba nacionaline kortelių blokavimo linija. Užblokuota kortele nebus galima toliau atsiskaityti, tačiau jau atlikto pavedimo tai nesugrąžins.
route-why-payment-recall-urgent = Pinigai nuėjo mažiau nei prieš parą: nedelsdami skambinkite savo banko sukčiavimo prevencijos linija (numeriu iš banko programėlės ar nuo kortelės, niekada ne numeriu iš žinutės) ir paprašykite sustabdyti arba atšaukti mokėjimą. Svarbi kiekviena valanda.
route-why-payment-recall = Skambinkite savo banko sukčiavimo prevencijos linija (numeriu iš banko programėlės ar nuo kortelės, niekada ne numeriu iš žinutės): paprašykite sustabdyti arba atšaukti mokėjimą ir apsaugoti jūsų sąskaitą. Jei šio mokėjimo nepatvirtinote, raštu paprašykite grąžinti pinigus.
route-why-bank-access = Kažkas gali pasiekti jūsų banko sąskaitą per jūsų telefono numerį ar kompiuterį: nedelsdami skambinkite savo banko sukčiavimo prevencijos linija, kad bankas galėtų stebėti arba užblokuoti prieigą, net jei pinigai dar nenuėjo.

## Reports

route-why-police-stolen = Jei įrenginys buvo pavogtas, praneškite apie vagystę policijai: pareiškimo registracijos numerio prireiks draudikui ir ryšio operatoriui. Pamesti įrenginį nėra nusikaltimas, todėl jei jį tiesiog pametėte, policijai pranešti nereikia.
route-why-financial-regulator = Finansų priežiūros institucija skelbia sąrašą bendrovių, kurioms neleidžiama siūlyti investicijų, ir įspėja apie jas visuomenę. Praneškite apie bendrovę ir, prieš mokėdami ką nors daugiau, peržiūrėkite institucijos įspėjimus: sukčiai dažnai sugrįžta apsimetę pinigų „susigrąžinimo“ paslaugomis.
route-why-illegal-content-minor = Vaikus seksualiai išnaudojantys vaizdai ar žinutės visur yra neteisėti: praneškite apie juos šiai tarnybai, kad jie būtų pašalinti ir ištirti. Patys jų nepersiųskite ir nesaugokite kopijų.
route-why-ncii = Jei jūsų intymios nuotraukos buvo išplatintos arba grasinama jas išplatinti, ši tarnyba gali padėti jas užblokuoti ar pašalinti, ir jums nereikės jų niekam siųsti.
route-why-assistance = Ši tarnyba nemokamai padeda tokiems nukentėjusiesiems kaip jūs: paaiškina, ką daryti, suveda su patikimais pagalbos teikėjais netoliese ir nurodo, kur pranešti.
route-why-victim-support = Kai jus apgauna ar jums grasina, būna sunku. Ši nemokama ir konfidenciali tarnyba padeda nusikaltimų aukoms, nesvarbu, ar kreipiatės į policiją, ar ne.
route-why-outside-police = Šios šalies tarnybų mūsų sąraše nėra. Praneškite vietos policijai ir paprašykite raštu pateikti pareiškimo registracijos numerį – jo gali prašyti jūsų bankas ir draudikas.
route-why-outside-national = Šioje šalyje veikia nacionalinė tarnyba, kuriai galima pranešti apie nusikaltimus internete.

## Why a step is optional

route-optional-complaint = Neprivaloma: jei nieko nepraradote, ar kreiptis į policiją, sprendžiate patys; jūsų pranešimas padeda policijai pastebėti sukčiavimą, nukreiptą prieš daugybę žmonių.
route-optional-stolen = Tik jei įrenginys buvo pavogtas.
route-optional-consumer = Neprivaloma: pinigų tai nesugrąžins, bet padės sustabdyti parduotuvę ir įspėti kitus.
route-optional-ncii = Neprivaloma: kreipkitės, jei norite, kad nuotraukos būtų pašalintos ar užblokuotos.
route-optional-csirt = Jūsų organizacijai neprivaloma: teisinės pareigos nėra, nebent esate NIS2 subjektas, tačiau CSIRT gali padėti ir įspėti kitus.
route-optional-gdpr-complaint = Neprivaloma: galite pateikti skundą, jums joks terminas netaikomas.
route-optional-victim-support = Neprivaloma: kreipkitės bet kada, kai norėsite su kuo nors pasikalbėti.

## Legal duties (content/laws/)

route-why-nis2-trust = Kaip patikimumo užtikrinimo paslaugų teikėjas, pranešimą apie incidentą turite pateikti per 24 valandas (ne per 72) nuo tada, kai sužinojote apie didelį incidentą, turintį poveikį jūsų teikiamoms patikimumo užtikrinimo paslaugoms.
route-why-gdpr-processor = Šiuos duomenis tvarkote kitos organizacijos vardu (esate jos duomenų tvarkytojas): nepagrįstai nedelsdami informuokite tą duomenų valdytoją. Ar pranešti duomenų apsaugos institucijai, sprendžia duomenų valdytojas, o ne jūs.
route-why-gdpr-record = Diskas buvo patikimai užšifruotas, o raktas yra saugus, todėl mažai tikėtina, kad pažeidimas kam nors sukels riziką, ir apie jį pranešti nereikia. Įrašykite jį į savo pažeidimų registrą: faktus, pasekmes ir ką padarėte. Jei dingo ir raktas arba šifravimas buvo silpnas, praneškite per 72 valandas.
route-why-dora-initial = Kaip finansų įstaiga, kuriai taikomas DORA, pradinį pranešimą apie didelį su IRT susijusį incidentą priežiūros institucijai pateikite per 4 valandas nuo jo priskyrimo dideliems incidentams, bet ne vėliau kaip per 24 valandas nuo tada, kai apie jį sužinojote.
route-why-dora-intermediate = Tarpinę ataskaitą pateikite per 72 valandas nuo pradinio pranešimo.
route-why-dora-final = Galutinę ataskaitą pateikite per vieną mėnesį nuo paskutinės tarpinės ataskaitos.
route-why-ch-isa = Ypatingos svarbos infrastruktūros operatoriai apie kibernetinę ataką privalo pranešti Nacionaliniam kibernetinio saugumo centrui per 24 valandas nuo jos aptikimo.
route-why-ch-isa-completion = Jei pirmasis jūsų pranešimas buvo neišsamus, papildykite jį per 14 dienų.
route-why-ch-fadp-breach = Jei pažeidimas gali kelti didelę riziką susijusiems žmonėms, kuo skubiau praneškite apie jį Federaliniam duomenų apsaugos ir informacijos komisarui.
route-why-gb-ukgdpr = Paveikti kitų žmonių asmens duomenys: per 72 valandas nuo tada, kai sužinojote apie pažeidimą, praneškite apie jį Jungtinės Karalystės duomenų apsaugos institucijai (Information Commissioner's Office), išskyrus atvejus, kai mažai tikėtina, kad jis kam nors sukels riziką.
route-why-gb-nis = Kaip esminių paslaugų operatorius, apie incidentą, turintį didelį poveikį jūsų paslaugai, praneškite kompetentingai institucijai per 72 valandas nuo tada, kai apie jį sužinojote.
route-why-is-nis = Kaip esminių paslaugų operatorius, apie didelį incidentą nepagrįstai nedelsdami praneškite CERT-IS.
route-why-no-dsa = Kaip esminių paslaugų teikėjas, apie didelį incidentą per 24 valandas praneškite Nacionalinei saugumo tarnybai (NSM).
route-why-csirt-citizen = Nacionalinis CSIRT priima pranešimus ir iš privačių asmenų: gali pasirūpinti, kad netikros svetainės būtų išjungtos, įspėti kitus ir patarti, kaip išvalyti įrenginį.
route-optional-csirt-citizen = Neprivaloma: tai padeda apsaugoti kitus, bet nepakeičia pareiškimo policijai.

## Legal bases: Union acts are cited by type and number (EUR-Lex form); national citations keep the national act's own wording

law-regulation = Reglamentas (ES) { $number }
law-directive = Direktyva (ES) { $number }
law-delegated-regulation = Komisijos deleguotasis reglamentas (ES) { $number }
law-article = { $article } straipsnis
law-transposing = { $national }, kuriuo perkeliama { $eu }
law-not-transposed = { $eu }. Nepatvirtinta, kad šioje šalyje ({ $country }) galioja šią direktyvą į nacionalinę teisę perkeliantis teisės aktas: nacionalinės taisyklės gali skirtis.
