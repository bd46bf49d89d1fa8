/** The escalation step reached by days overdue and criticality, hand-checked at each boundary. */
import { describe, expect, it } from 'vitest';
import { escalationLevel } from '../../../src/main/core/reviews/escalation';

const s = {
  managerAfterDays: 7,
  programLeadAfterDays: 21,
  programLead: 'L',
  criticalToManager: true,
};

describe('escalationLevel', () => {
  it('moves from owner to manager to program lead as days overdue pass each step', () => {
    expect(escalationLevel(s, 0, false)).toBeNull();
    expect(escalationLevel(s, 1, false)).toBe('owner');
    expect(escalationLevel(s, 6, false)).toBe('owner');
    expect(escalationLevel(s, 7, false)).toBe('manager');
    expect(escalationLevel(s, 20, false)).toBe('manager');
    expect(escalationLevel(s, 21, false)).toBe('program_lead');
  });
  it('sends critical actions to the manager at once unless configured otherwise', () => {
    expect(escalationLevel(s, 0, true)).toBe('manager');
    expect(escalationLevel(s, 2, true)).toBe('manager');
    expect(escalationLevel(s, 25, true)).toBe('program_lead');
    expect(escalationLevel({ ...s, criticalToManager: false }, 0, true)).toBeNull();
    expect(escalationLevel({ ...s, managerAfterDays: 0 }, 1, false)).toBe('manager');
  });
});
