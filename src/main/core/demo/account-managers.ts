/** The vendor's channel account managers (about a dozen), each covering one region. */
import { ACCOUNT_MANAGERS_PER_REGION, REGIONS, type Region } from './geography';
import { personName } from './names';
import { Rng } from './random';

export function accountManagers(seed: number): Record<Region, string[]> {
  const rng = Rng.derive(seed, 0x414d); // 'AM'
  const used = new Set<string>();
  const out = {} as Record<Region, string[]>;
  for (const region of REGIONS) {
    const names: string[] = [];
    while (names.length < ACCOUNT_MANAGERS_PER_REGION[region]) {
      const name = personName(rng);
      if (used.has(name)) continue;
      used.add(name);
      names.push(name);
    }
    out[region] = names;
  }
  return out;
}
