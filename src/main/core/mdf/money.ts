/** Amounts in cents as text for messages and exports: 1234567 → "12,345.67". */
export function formatCents(cents: number): string {
  return (cents / 100).toLocaleString('en-US', {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  });
}

export { parseAmount } from '../../../shared/money';
