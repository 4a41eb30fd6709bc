## Shell: skip link, header, navigation, footer

shell-skip-link = Към основното съдържание
shell-site-name = cyberhelp
shell-tagline = Помощ след кибератака
shell-nav-label = Основно меню
shell-nav-home = Начало
shell-nav-advice = Съвети
shell-nav-bulletins = Актуални заплахи
shell-nav-report = Съобщете за инцидент
shell-nav-search = Търсене
shell-language-label = Език
shell-language-submit = Смяна
shell-footer-emergency = В опасност ли сте в момента? Обадете се на 112 – единния номер за спешни случаи във всички държави от ЕС.
shell-footer-never-ask = Никога не искаме вашите пароли, плащания или отдалечен достъп до устройството ви. Който го прави, не сме ние.
shell-footer-privacy = Без проследяване и без заявки към трети страни: този сайт не зарежда нищо от другаде.
shell-footer-source = Свободен софтуер, който можете да инсталирате на собствен сървър.
shell-footer-licence = Нашите текстове се публикуват под лиценз CC BY 4.0: можете свободно да ги използвате, като посочите cyberhelp.
shell-footer-feeds = Предупреждения за заплахи като Atom емисия

## Home page

home-title = Помощ след кибератака
home-lead = Профилът ви е хакнат, платили сте във фалшив онлайн магазин, фирмата ви е засегната от рансъмуер? Разберете какво да направите сега, кого да уведомите и в какъв срок.
home-emergency = Ако сте в опасност в момента, обадете се на 112.
home-tasks-heading = От какво имате нужда?
home-task-advice = Получете съвети
home-task-advice-desc = Помощ стъпка по стъпка според това, което ви се е случило.
home-task-bulletins = Вижте актуалните заплахи
home-task-bulletins-desc = Измами и атаки, които се случват в момента, и какво да направите.
home-task-report = Съобщете за инцидент
home-task-report-desc = Уведомете правилните органи с едно съобщение и разберете кой се занимава със случая и в какъв срок.
home-incidents-heading = Какво се случи?
home-bulletins-heading = Активни заплахи
home-bulletins-people = Актуални измами
home-bulletins-organisations = За ИТ отделите на организациите: активно използвани уязвимости
home-bulletins-empty = В момента няма активни предупреждения за заплахи.
home-bulletins-all = Всички предупреждения за заплахи

## Errors

error-title-prefix = Грешка: { $title }

error-not-found-title = Страницата не е намерена
error-not-found-body = Не успяхме да намерим тази страница. Възможно е адресът да е въведен грешно или страницата да е преместена.
error-not-found-home = Към началната страница
error-internal-title = Нещо се обърка
error-internal-body = Грешката е наша, не ваша. Моля, опитайте отново след малко.
error-bad-request-title = Не успяхме да разберем тази заявка
error-too-large-title = Изпратеното от вас е твърде голямо
error-too-large-back = Използвайте бутона „Назад“ на браузъра: формулярът пази написаното от вас. След това съкратете описанието и го изпратете отново.
error-rate-limited = Твърде много заявки от вашата връзка за кратко време. Моля, изчакайте минута и опитайте отново.
