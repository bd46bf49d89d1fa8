import { parseNumber } from './parse-number';
import { parseIso, parseMonthName, parseYyyymmdd, slashRaw } from './parse-date';

export type ValueType = 'number' | 'date' | 'text' | 'empty';

/** What one cell looks like; 8-digit integers that are valid YYYYMMDD dates count as dates. */
export function valueType(raw: string): ValueType {
  const text = raw.trim();
  if (text === '') return 'empty';
  if (parseIso(text) === parseIso(text) || slashRaw(text) === slashRaw(text)) return 'date';
  if (parseMonthName(text) === parseMonthName(text)) return 'date';
  if (text.length === 8 && parseYyyymmdd(text) === parseYyyymmdd(text)) return 'date';
  return parseNumber(text) === parseNumber(text) ? 'number' : 'text';
}

/** The type most non-empty values of a column have ('empty' when all are empty). */
export function columnType(values: string[]): ValueType {
  const counts: Record<ValueType, number> = { number: 0, date: 0, text: 0, empty: 0 };
  for (const v of values) counts[valueType(v)]++;
  const filled = counts.number + counts.date + counts.text;
  if (filled === 0) return 'empty';
  if (counts.date >= filled * 0.8) return 'date';
  if (counts.number >= filled * 0.8) return 'number';
  return 'text';
}
