/** A profile's match in words: "Applies to MSPs in EMEA". */
import type { WeightProfile } from '../../../../../shared/api';

/** "MSP" → "MSPs", "Agency" → "Agencies", "Systems house" → "Systems houses". */
export function pluralType(type: string): string {
  if (!/[A-Za-z]$/.test(type)) return `${type} partners`;
  if (/[^aeiou]y$/.test(type)) return `${type.slice(0, -1)}ies`;
  if (/(s|x|z|ch|sh)$/.test(type)) return `${type}es`;
  return `${type}s`;
}

/** "a", "a or b", "a, b or c". */
export function joinWords(words: readonly string[], last: 'and' | 'or'): string {
  if (words.length <= 1) return words[0] ?? '';
  return `${words.slice(0, -1).join(', ')} ${last} ${words[words.length - 1]}`;
}

export function hasMatch(match: WeightProfile['match']): boolean {
  return Boolean(match.type?.length || match.region?.length || match.tier?.length);
}

export function matchSentence(match: WeightProfile['match']): string {
  if (!hasMatch(match)) return 'Applies to every partner';
  const who = match.type?.length ? joinWords(match.type.map(pluralType), 'and') : 'partners';
  const where = match.region?.length ? ` in ${joinWords(match.region, 'or')}` : '';
  const tier = match.tier?.length ? ` at program tier ${joinWords(match.tier, 'or')}` : '';
  return `Applies to ${who}${where}${tier}`;
}
