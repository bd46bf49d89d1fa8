/** Deterministic company and person names drawn from the word lists with a seeded Rng. */
import { LEGAL_FORMS, NAME_MIDDLES, NAME_PREFIXES, TYPE_NOUNS } from './company-words';
import { FAMILY_NAMES, GIVEN_NAMES } from './person-words';
import type { Rng } from './random';

export function personName(rng: Rng): string {
  return `${rng.pick(GIVEN_NAMES)} ${rng.pick(FAMILY_NAMES)}`;
}

function companyStem(rng: Rng, type: string): string {
  const noun = rng.pick(TYPE_NOUNS[type] ?? TYPE_NOUNS.VAR ?? ['Systems']);
  const shape = rng.next();
  if (shape < 0.45) return `${rng.pick(NAME_PREFIXES)} ${noun}`;
  if (shape < 0.8)
    return `${rng.pick(NAME_PREFIXES)}${rng.pick(NAME_MIDDLES).toLowerCase()} ${noun}`;
  if (shape < 0.92) return `${rng.pick(NAME_PREFIXES)} ${rng.pick(NAME_MIDDLES)} ${noun}`;
  return `${rng.pick(FAMILY_NAMES)} & ${rng.pick(FAMILY_NAMES)} ${noun}`;
}

/**
 * Hands out unique company names: a clash is redrawn a few times, then disambiguated with the
 * country (as CRMs often do for local subsidiaries), then with a number.
 */
export class CompanyNamer {
  private readonly used = new Set<string>();

  next(rng: Rng, type: string, country: string): string {
    const forms = LEGAL_FORMS[country];
    for (let attempt = 0; attempt < 6; attempt++) {
      let name = companyStem(rng, type);
      if (forms && rng.chance(0.5)) name = `${name} ${rng.pick(forms)}`;
      if (this.claim(name)) return name;
    }
    const base = `${companyStem(rng, type)} ${country}`;
    if (this.claim(base)) return base;
    for (let n = 2; ; n++) {
      const name = `${base} ${n}`;
      if (this.claim(name)) return name;
    }
  }

  private claim(name: string): boolean {
    if (this.used.has(name)) return false;
    this.used.add(name);
    return true;
  }
}
