/** Numbers as the explanations write them: "18.2%", "1.2M", "3 periods". */

export function percent(share: number): string {
  return `${Math.round(share * 1000) / 10}%`;
}

export function amount(value: number): string {
  const abs = Math.abs(value);
  if (abs >= 1e9) return `${Number((value / 1e9).toPrecision(3))}B`;
  if (abs >= 1e6) return `${Number((value / 1e6).toPrecision(3))}M`;
  if (abs >= 1e4) return `${Number((value / 1e3).toPrecision(3))}k`;
  return String(Math.round(value * 100) / 100);
}

export function times(ratio: number): string {
  return `${Math.round(ratio * 100) / 100}×`;
}

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** "2026 Q2" or "2025 Q4–2026 Q3". */
export function span(from: string, to: string): string {
  return from === to ? from : `${from}–${to}`;
}
