/** Cents from the API as money in the workspace's currency, to the cent (or compact). */
import { formatMoney } from '../../components/value-format';

const exact = new Map<string, Intl.NumberFormat>();

export function cents(value: number, currency: string, compact = false): string {
  if (compact) return formatMoney(value / 100, currency, true);
  let f = exact.get(currency);
  if (!f) {
    f = new Intl.NumberFormat(undefined, {
      style: 'currency',
      currency,
      minimumFractionDigits: 2,
      maximumFractionDigits: 2,
    });
    exact.set(currency, f);
  }
  return f.format(value / 100);
}

export function percent(share: number | null, digits = 1): string {
  return share === null ? '—' : `${(share * 100).toFixed(digits)} %`;
}

/** "250000", "250,000.50", "40k" → cents; null when unreadable. */
export { parseAmount as parseMoney } from '../../../../shared/money';
