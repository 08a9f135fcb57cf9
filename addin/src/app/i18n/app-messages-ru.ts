/** The app's own words in Russian: typed against the English keys, so none can be missing. */
import type { Translation } from '@tandem/shared/browser';
import type { appEn } from './app-messages-en';

export const appRu: Translation<typeof appEn> = {
  'app.name': 'Tandem',
  'app.loading': 'Загрузка…',
  'app.error': 'Что-то пошло не так',
  'app.retry': 'Повторить',
  'app.networkError': 'Нет связи с сервером Tandem.',
  'app.badResponse': 'Сервер прислал ответ, который вкладка не понимает.',

  'signin.title': 'Вход в Tandem',
  'signin.subtitle':
    'Локальный режим: выберите демо-сотрудника. В Teams и Outlook вход выполняется рабочей учётной записью.',
  'signin.headOffice': 'Головной офис',
  'signin.noPeople': 'Демо-сотрудники не найдены. Сервер запущен в локальном режиме?',
  'role.member': 'Сотрудник',
  'role.head': 'Руководитель',
  'role.executive': 'Директор',
  'role.admin': 'Администратор',

  'header.signOut': 'Выйти',
  'header.language': 'Язык',
  'header.channel': 'Канал отдела «{department}»',

  'nav.label': 'Разделы',

  'slaState.on_track': 'В срок',
  'slaState.warning': 'Под угрозой',
  'slaState.breached': 'Просрочен',
  'slaState.met': 'Выполнен',
  'slaState.paused': 'На паузе',

  'sla.left': 'осталось {time} рабочего времени',
  'sla.breachedAgo': 'просрочено {ago}',
  'sla.met': 'выполнено',
  'sla.paused': 'на паузе',
  'sla.lessThanMinute': 'меньше 1 мин',
  'sla.hours': '{count} ч',
  'sla.minutes': '{count} мин',

  'validation.required': 'Заполните это поле.',
  'validation.choose': 'Выберите значение.',
  'validation.tooLong': 'Слишком длинно: {length} симв., не больше {max}.',
  'validation.invalid': 'Недопустимое значение.',

  'config.title': 'Настройка Tandem для канала',
  'config.intro':
    'Выберите отдел, которому принадлежит канал. Вкладка откроет запросы этого отдела.',
  'config.department': 'Отдел этого канала',
  'config.saveHint': 'Нажмите «Сохранить», чтобы добавить вкладку.',
  'config.open': 'Открыть вкладку этого отдела',

  'locale.en': 'English',
  'locale.ru': 'Русский',

  'common.choose': 'Выберите…',
  'common.cancel': 'Отмена',
  'common.notValid': 'Проверьте отмеченные поля.',
  'common.close': 'Закрыть',
  'common.saving': 'Сохраняем…',
  'common.back': 'Назад',
  'common.conflictKept': 'Ваш текст не отправлен; он сохранён здесь, его можно скопировать.',
};
