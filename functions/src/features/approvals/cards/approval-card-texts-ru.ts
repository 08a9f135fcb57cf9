/** Russian approval-card texts; the structure is checked against the English ones by the type. */
import type { ApprovalCardTexts } from './approval-card-texts';

const plural = (n: number, one: string, few: string, many: string): string => {
  const mod10 = n % 10;
  const mod100 = n % 100;
  if (mod10 === 1 && mod100 !== 11) return one;
  if (mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14)) return few;
  return many;
};

export const approvalRu: ApprovalCardTexts = {
  kind: {
    'campaign-budget': 'Бюджет кампании',
    'campaign-launch': 'Запуск кампании',
    'spend-over-budget': 'Расходы сверх бюджета',
    other: 'Согласование',
  },
  mode: {
    sequential: 'по очереди',
    'all-of': 'нужны все согласования',
    'any-of': 'достаточно одного согласования',
  },
  status: {
    pending: 'Ждёт решений',
    approved: 'Согласовано',
    rejected: 'Отклонено',
    cancelled: 'Отменено',
  },
  event: {
    created: 'Запрошено',
    approved: 'Согласовано',
    rejected: 'Отклонено',
    cancelled: 'Отменено',
  },
  approverState: {
    approve: 'согласовал(а)',
    reject: 'отклонил(а)',
    deciding: 'решает сейчас',
    queued: 'после предыдущего',
    notNeeded: 'решение не требуется',
  },
  fact: { askedBy: 'Запросил(а)', amount: 'Сумма', status: 'Статус', mode: 'Правило' },
  approvers: 'Согласующие',
  trail: 'История',
  neededBy: (when) => `Ответ нужен до ${when}`,
  overdueSince: (when) => `Просрочено: ответ был нужен до ${when}`,
  sla: (state, p) => `**SLA:** ${state} · использовано ${p}% времени на решение`,
  slaDue: (when, left) => `Срок ${when} · осталось ${left} рабочего времени`,
  slaPassed: (when) => `Время на решение истекло ${when}`,
  duration: (h, m) => (h > 0 ? `${h} ${plural(h, 'час', 'часа', 'часов')} ${m} мин` : `${m} мин`),
  action: { approve: 'Согласовать…', reject: 'Отклонить…', cancel: 'Отменить согласование' },
  approve: {
    label: 'Комментарий (необязательно)',
    placeholder: 'Его увидит инициатор',
    submit: 'Согласовать',
  },
  reject: {
    label: 'Почему вы отклоняете?',
    placeholder: 'Инициатор увидит эту причину',
    errorMessage: 'Укажите причину отказа.',
    submit: 'Отклонить',
  },
  staleCard: 'Согласование изменилось до вашего нажатия. Вот его текущее состояние.',
  alertWarning: (p) => `SLA согласования под угрозой: использовано ${p}% времени на решение`,
  alertBreach: 'SLA согласования нарушен: время на решение истекло',
};
