/** An amount as people read it in their language: "480 000,00 ₽", "RUB 480,000.00". */
import type { Locale } from '../../app/i18n/messages';

export function formatMoney(amount: { value: number; currency: string }, locale: Locale): string {
  return new Intl.NumberFormat(locale, { style: 'currency', currency: amount.currency }).format(
    amount.value,
  );
}
