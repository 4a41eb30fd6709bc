## Audiences (NIS2 terms for organisations)

audience-citizen = Частно лице
audience-business = Фирма или организация
audience-essential-entity = Съществен субект (NIS2)
audience-important-entity = Важен субект (NIS2)

## Advice list and articles

advice-title = Съвети
advice-lead = Изберете какво се е случило и кой сте, за да видите подходящите стъпки.
advice-filter-legend = Филтриране на съветите
advice-filter-incident = Какво се случи
advice-filter-audience = Кой сте
advice-filter-all = Всички
advice-filter-submit = Покажи съветите
advice-count = { $count ->
    [one] Една статия
   *[other] { $count } статии
}
advice-empty = Все още няма съвети за тези филтри. Опитайте „Всички“ или съобщете за инцидента: пак ще ви кажем към кого да се обърнете.
article-updated = Обновено на { $date }
article-reviewed = Последна проверка: { $date }
article-sources = Източници
article-related = Свързани съвети
article-report-cta-title = Съобщете за този инцидент
article-report-cta-body = Уведомете правилните органи с едно съобщение. Ще ви покажем кой се занимава със случая и в какъв срок.
article-report-cta-button = Съобщете за този инцидент
article-in-english = (на английски)

## Translation notices

notice-missing-translation = Тази страница все още не е налична на вашия език. Четете английския оригинал.
notice-stale-translation = Този превод може да е остарял: английският оригинал е обновен по-късно.
notice-read-original = Прочетете английския оригинал

## Threat bulletins

bulletins-title = Актуални заплахи
bulletins-lead = Атаки и измами, които се случват сега, какво засягат и какво да направите. Публична информация (TLP:CLEAR): споделяйте я свободно.
bulletins-filter-legend = Филтриране на предупрежденията
bulletins-filter-severity = Сериозност
bulletins-filter-status = Състояние
bulletins-filter-all = Всички
bulletins-filter-submit = Покажи предупрежденията
bulletins-empty = Няма предупреждения, които да отговарят на тези филтри.
bulletins-archive-heading = Архив
bulletins-archive-lead = Изтекли предупреждения, запазени за справка.
bulletins-feed-atom = Atom емисия
bulletins-feed-json = JSON Feed
bulletins-feeds-label = Следете новите предупреждения:
severity-label = Сериозност
severity-low = Ниска
severity-medium = Средна
severity-high = Висока
severity-critical = Критична
status-active = Активно
status-resolved = Отстранено
status-archived = Архивирано
bulletin-published = Публикувано на { $date }
bulletin-updated = Обновено на { $date }
bulletin-affected = Засегнати продукти и услуги
bulletin-cves = CVE идентификатори
bulletin-tlp = TLP:CLEAR: можете свободно да споделяте това предупреждение.
evidence-title = Какво да запазите като доказателство
evidence-lead = За всеки вид инцидент: какво да запазите, как да го пазите, така че да остане валидно доказателство, и как да го посочите в сигнала си.
evidence-empty = Все още няма публикувани указания за запазване на доказателства.
evidence-all = Всички указания за запазване на доказателства
