/** Telling the backend's publish and save refusals apart, by code and the backend's wording. */
import { describe, expect, it } from 'vitest';
import {
  duplicateNameMessage,
  isDraftConflict,
  isOutdatedBaseline,
} from '../../../src/renderer/src/pages/what-if/refusals';

const draft = {
  code: 'ALREADY_EXISTS' as const,
  message:
    '“Partner Health v1” has an unpublished draft (version 3) that differs from this scenario; publish or discard it first, or replace it.',
};
const duplicate = {
  code: 'ALREADY_EXISTS' as const,
  message: 'A scenario named "FY27" already exists.',
};
const outdated = {
  code: 'INVALID_ARGUMENT' as const,
  message:
    'Scenario "FY27" was tried against version 1 of “Partner Health v1”, and version 3 has been published since: publishing it would undo what changed in between.',
};

describe('publish and save refusals', () => {
  it('recognises a differing draft, a taken name and an outdated baseline', () => {
    expect([draft, duplicate, outdated].map(isDraftConflict)).toEqual([true, false, false]);
    expect([draft, duplicate, outdated].map(isOutdatedBaseline)).toEqual([false, false, true]);
    expect(duplicateNameMessage(duplicate, ' FY27 ')).toMatch(/named “FY27” already exists/);
    expect(duplicateNameMessage(draft, 'FY27')).toBeNull();
  });
});
