/** Locale-aware number formatting, created once (Intl formatters are costly to build). */
const integer = new Intl.NumberFormat(undefined, { maximumFractionDigits: 0 });
const percent = new Intl.NumberFormat(undefined, {
  style: 'percent',
  minimumFractionDigits: 1,
  maximumFractionDigits: 1,
});

export function formatInteger(value: number): string {
  return integer.format(value);
}

/** `share` is a fraction (0.25 → "25%"). */
export function formatPercent(share: number): string {
  return percent.format(share);
}

const wholePercent = new Intl.NumberFormat(undefined, {
  style: 'percent',
  maximumFractionDigits: 0,
});

/** Progress and other coarse shares: "42%". */
export function formatWholePercent(share: number): string {
  return wholePercent.format(share);
}

/** "1 action", "2 actions", "1,204 partners": a count with its noun in the right number. */
export function formatCount(value: number, singular: string, plural = `${singular}s`): string {
  return `${integer.format(value)} ${value === 1 ? singular : plural}`;
}
