/** An amount typed by a person ("250000", "250,000.50", "1.5m", "40k") → cents; null if unreadable. */
export function parseAmount(text: string): number | null {
  const m = /^\s*([0-9][0-9,_ ]*(?:\.[0-9]+)?)\s*([kKmM])?\s*$/.exec(text);
  if (!m) return null;
  const base = Number(m[1]!.replace(/[,_ ]/g, ''));
  if (!Number.isFinite(base)) return null;
  const factor = m[2] === undefined ? 1 : m[2].toLowerCase() === 'k' ? 1e3 : 1e6;
  return Math.round(base * factor * 100);
}
