/**
 * The one period and methodology choice shared by every view (Portfolio, Partner…). `null` means
 * the default: the latest period, the default methodology, its newest published version. Pages
 * mirror it into their address (`?period=2026-Q2&methodology=1&version=2`) so links reproduce it.
 */
import { create } from 'zustand';
import type { ViewSelection } from '../../../shared/api';

export interface Selection {
  period: string | null;
  methodologyId: number | null;
  version: number | null;
}

interface SelectionState extends Selection {
  select: (patch: Partial<Selection>) => void;
}

export const useSelectionStore = create<SelectionState>()((set) => ({
  period: null,
  methodologyId: null,
  version: null,
  select: (patch) => set(patch),
}));

/** The selection as API input: defaults are left out. */
export function selectionInput(s: Selection): ViewSelection {
  return {
    ...(s.period !== null ? { period: s.period } : {}),
    ...(s.methodologyId !== null ? { methodologyId: s.methodologyId } : {}),
    ...(s.version !== null ? { version: s.version } : {}),
  };
}

export function sameSelection(a: Selection, b: Selection): boolean {
  return a.period === b.period && a.methodologyId === b.methodologyId && a.version === b.version;
}
