/** Rounding for payloads: enough digits for what the pages show, far fewer bytes than a double. */

export function round(value: number | undefined, digits: number): number | null {
  if (value === undefined || !Number.isFinite(value)) return null;
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

/**
 * Rounds to `digits` significant digits (raw KPI values span cents to millions): the same number
 * as `Number(value.toPrecision(digits))`, which the portfolio calls for a million values at
 * 100,000 partners. Scaled by an exact power of ten, rounded and scaled back (a correctly rounded
 * division or product, as parsing the digits is); a value whose scaled form lies within rounding
 * error of a half, or that needs a power of ten past 1e22, goes through toPrecision.
 */
export function roundSignificant(value: number | undefined, digits = 5): number | null {
  if (value === undefined || !Number.isFinite(value)) return null;
  if (value === 0) return 0;
  const magnitude = Math.abs(value);
  let p = digits - 1 - Math.floor(Math.log10(magnitude));
  for (let attempt = 0; attempt < 2; attempt++) {
    if (p > 22 || p < -22) break;
    const scaled = p >= 0 ? magnitude * 10 ** p : magnitude / 10 ** -p;
    // log10 may be one off next to a power of ten: then the digits count is wrong, try again.
    if (scaled >= 10 ** digits) {
      p--;
      continue;
    }
    if (scaled < 10 ** (digits - 1)) {
      p++;
      continue;
    }
    if (Math.abs(scaled - Math.floor(scaled) - 0.5) < 1e-6) break;
    const n = Math.round(scaled);
    const rounded = p >= 0 ? n / 10 ** p : n * 10 ** -p;
    return value < 0 ? -rounded : rounded;
  }
  return Number(value.toPrecision(digits));
}
