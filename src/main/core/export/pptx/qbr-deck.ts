import type { ScorecardData } from '../../../../shared/api/export-results';
export async function qbrDeck(_card: ScorecardData): Promise<{ bytes: Uint8Array; slides: number }> {
  throw new Error('todo');
}
