/** Rounding for payloads: enough digits for what the pages show, far fewer bytes than a double. */

export function round(value: number | undefined, digits: number): number | null {
  if (value === undefined || !Number.isFinite(value)) return null;
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

/** Rounds to `digits` significant digits (raw KPI values span cents to millions). */
export function roundSignificant(value: number | undefined, digits = 5): number | null {
  if (value === undefined || !Number.isFinite(value)) return null;
  if (value === 0) return 0;
  return Number(value.toPrecision(digits));
}
