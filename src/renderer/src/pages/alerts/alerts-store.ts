/** Tells the alerts badge and inbox to read again after an alert or a threshold changed. */
import { create } from 'zustand';

interface AlertsState {
  version: number;
  bump: () => void;
}

export const useAlertsStore = create<AlertsState>()((set) => ({
  version: 0,
  bump: () => set((s) => ({ version: s.version + 1 })),
}));
