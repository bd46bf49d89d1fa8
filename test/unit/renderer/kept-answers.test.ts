import { describe, expect, it } from 'vitest';
import { KeptAnswers } from '../../../src/renderer/src/hooks/kept-answers';

describe('answers kept by request', () => {
  it('gives an answer back while it is fresh and drops it after', () => {
    let now = 1000;
    const kept = new KeptAnswers(30_000, 4, () => now);
    kept.put('views.portfolio|{}|ws1|0', { rows: 3 }, 5);
    now += 29_999;
    expect(kept.get('views.portfolio|{}|ws1|0', 5)?.data).toEqual({ rows: 3 });
    // Another request is not answered from it.
    expect(kept.get('views.portfolio|{}|ws1|1', 5)).toBeUndefined();
    now += 2;
    expect(kept.get('views.portfolio|{}|ws1|0', 5)).toBeUndefined();
  });

  it('drops an answer once any write happened after it was kept', () => {
    const kept = new KeptAnswers(30_000, 4, () => 0);
    kept.put('qbr.get|{}|ws1|0', 'review', 5);
    expect(kept.get('qbr.get|{}|ws1|0', 6)).toBeUndefined();
    expect(kept.get('qbr.get|{}|ws1|0', 5)).toBeUndefined();
  });

  it('keeps at most its size, dropping the least recently kept', () => {
    const kept = new KeptAnswers(60_000, 2, () => 0);
    kept.put('a', 1, 0);
    kept.put('b', 2, 0);
    kept.put('a', 10, 0);
    kept.put('c', 3, 0);
    expect(kept.get('b', 0)).toBeUndefined();
    expect(kept.get('a', 0)?.data).toBe(10);
    expect(kept.get('c', 0)?.data).toBe(3);
  });
});
