/** The words of approval cards in Russian, typed against the English keys. */
import type { Translation } from '@tandem/shared';
import type { approvalCardEn } from './approval-card-texts-en';

export const approvalCardRu: Translation<typeof approvalCardEn> = {
  'kind.campaign-budget': 'Бюджет кампании',
  'kind.campaign-launch': 'Запуск кампании',
  'kind.spend-over-budget': 'Расходы сверх бюджета',
  'kind.other': 'Согласование',

  'mode.sequential': 'по очереди',
  'mode.all-of': 'нужны все согласования',
  'mode.any-of': 'достаточно одного согласования',

  'status.pending': 'Ждёт решений',
  'status.approved': 'Согласовано',
  'status.rejected': 'Отклонено',
  'status.cancelled': 'Отменено',

  'event.created': 'Запрошено',
  'event.approved': 'Согласовано',
  'event.rejected': 'Отклонено',
  'event.cancelled': 'Отменено',

  'approver.approve': 'согласовал(а)',
  'approver.reject': 'отклонил(а)',
  'approver.deciding': 'решает сейчас',
  'approver.queued': 'после предыдущего',
  'approver.notNeeded': 'решение не требуется',

  'fact.askedBy': 'Запросил(а)',
  'fact.amount': 'Сумма',
  'fact.status': 'Статус',
  'fact.mode': 'Правило',
  approvers: 'Согласующие',
  trail: 'История',

  neededBy: 'Ответ нужен до {when}',
  overdueSince: 'Просрочено: ответ был нужен до {when}',
  'sla.line': '**SLA:** {state} · использовано {percent}% времени на решение',
  'sla.due': 'Срок {when} · осталось {left} рабочего времени',
  'sla.passed': 'Время на решение истекло {when}',
  'duration.hours': {
    one: '{count} час',
    few: '{count} часа',
    many: '{count} часов',
    other: '{count} часа',
  },
  'duration.minutes': '{count} мин',
  'duration.hoursMinutes': '{hours} {minutes}',

  'action.approve': 'Согласовать…',
  'action.reject': 'Отклонить…',
  'action.cancel': 'Отменить согласование',
  'approve.label': 'Комментарий (необязательно)',
  'approve.placeholder': 'Его увидит инициатор',
  'approve.submit': 'Согласовать',
  'reject.label': 'Почему вы отклоняете?',
  'reject.placeholder': 'Инициатор увидит эту причину',
  'reject.errorMessage': 'Укажите причину отказа.',
  'reject.submit': 'Отклонить',

  staleCard: 'Согласование изменилось до вашего нажатия. Вот его текущее состояние.',
  'alert.warning': 'SLA согласования под угрозой: использовано {percent}% времени на решение',
  'alert.breach': 'SLA согласования нарушен: время на решение истекло',
};
