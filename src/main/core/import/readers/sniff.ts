/** Guessing a delimited file's delimiter and whether its first row is a header. */
import { valueType } from '../values/value-type';

const CANDIDATES = [',', ';', '\t', '|'];

/** Per line, how many times `ch` occurs outside double quotes. */
function countOutsideQuotes(line: string, ch: string): number {
  let n = 0;
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === '"') quoted = !quoted;
    else if (c === ch && !quoted) n++;
  }
  return n;
}

/**
 * The candidate that splits the first lines into the same number of fields most consistently
 * (ties go to the more frequent one); `,` when none splits anything.
 */
export function sniffDelimiter(sample: string, fileName = ''): string {
  const lines = sample.split(/\r\n|\n|\r/).slice(0, 50);
  if (lines.length > 1 && sample.length > 0) lines.pop(); // the last line may be cut off
  const used = lines.filter((l) => l.trim() !== '');
  let best = { ch: /\.(tsv|tab)$/i.test(fileName) ? '\t' : ',', score: 0 };
  for (const ch of CANDIDATES) {
    const counts = used.map((l) => countOutsideQuotes(l, ch));
    if (counts.length === 0 || counts.every((c) => c === 0)) continue;
    const freq = new Map<number, number>();
    for (const c of counts) freq.set(c, (freq.get(c) ?? 0) + 1);
    const [mode, modeCount] = [...freq.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]!;
    if (mode === 0) continue;
    const score = (modeCount / counts.length) * 1000 + Math.min(mode, 100);
    if (score > best.score) best = { ch, score };
  }
  return best.ch;
}

/**
 * Whether `first` is a header row: no cell is a number or a date, and either some column holds
 * text in the first row but numbers or dates below, or the first row's values never recur below.
 */
export function looksLikeHeader(first: string[], rest: string[][]): boolean {
  const types = first.map(valueType);
  if (types.some((t) => t === 'number' || t === 'date')) return false;
  if (types.filter((t) => t === 'empty').length > first.length / 2) return false;
  if (rest.length === 0) return true;
  for (let c = 0; c < first.length; c++) {
    const below = rest.map((r) => valueType(r[c] ?? ''));
    const typed = below.filter((t) => t === 'number' || t === 'date').length;
    if (typed > 0 && typed >= below.filter((t) => t !== 'empty').length * 0.8) return true;
  }
  for (let c = 0; c < first.length; c++) {
    const v = first[c]!.trim().toLowerCase();
    if (v !== '' && rest.some((r) => (r[c] ?? '').trim().toLowerCase() === v)) return false;
  }
  return true;
}
