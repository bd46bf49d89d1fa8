import { describe, expect, it } from 'vitest';
import { KeptAnswers } from '../../../src/renderer/src/hooks/kept-answers';

describe('answers kept by request', () => {
  it('gives an answer back while it is fresh and drops it after', () => {
    let now = 1000;
    const kept = new KeptAnswers(30_000, 4, () => now);
    kept.put('views.portfolio|{}|ws1|0', { rows: 3 });
    now += 29_999;
    expect(kept.get('views.portfolio|{}|ws1|0')).toEqual({ data: { rows: 3 }, at: 1000 });
    // Another request (another topic stamp after a write) is not answered from it.
    expect(kept.get('views.portfolio|{}|ws1|1')).toBeUndefined();
    now += 2;
    expect(kept.get('views.portfolio|{}|ws1|0')).toBeUndefined();
  });

  it('keeps at most its size, dropping the least recently kept', () => {
    const kept = new KeptAnswers(60_000, 2, () => 0);
    kept.put('a', 1);
    kept.put('b', 2);
    kept.put('a', 10);
    kept.put('c', 3);
    expect(kept.get('b')).toBeUndefined();
    expect(kept.get('a')?.data).toBe(10);
    expect(kept.get('c')?.data).toBe(3);
  });
});
