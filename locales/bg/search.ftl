## Search page (/{lang}/search)

search-title = Търсене на съвети и предупреждения
search-label = Какво се случи? Опишете го със свои думи
search-submit = Търсене
search-hint = Например: „хакнат инстаграм“, „фалшив SMS за пратка“, „платих във фалшив магазин“.
search-suggestions = Предложения
search-suggestions-count = { $count ->
    [0] Няма предложения
    [one] Едно предложение: стигнете до него със стрелката надолу
   *[other] { $count } предложения: стигнете до тях със стрелката надолу
}
search-count = { $count ->
    [one] Един резултат за „{ $query }“
   *[other] { $count } резултата за „{ $query }“
}
search-filters = Стеснете търсенето
search-filter-kind = Вид
search-filter-incident = Какво се случи
search-filter-audience = За кого
search-filter-all = Покажете всички
search-kind-advice = Съвет
search-kind-bulletin = Предупреждение за заплаха
search-in-english = На английски
search-pages = Страници с резултати
search-prev = Предишна страница
search-next = Следваща страница
search-page = Страница { $page } от { $pages }
search-empty-title = Няма намерени резултати за „{ $query }“
search-empty-body = Опитайте с по-малко или по-прости думи или изберете какво се случи от списъка по-долу. Ако не сте сигурни, съобщете за инцидента: ще ви кажем към кого да се обърнете.
search-entry-title = Изберете какво се случи
search-entry-all = Всички съвети
search-entry-report = Съобщете за инцидент
search-busy = Търсенето в момента е претоварено. Моля, опитайте отново след няколко секунди.
