import { create } from 'zustand';

/** "Show assumptions": the cards with no evidence stand out, the others fade (session state). */
export const useResearchView = create<{ assumptionsOnly: boolean; setAssumptionsOnly(on: boolean): void }>()(
  (set) => ({
    assumptionsOnly: false,
    setAssumptionsOnly: (assumptionsOnly) => set({ assumptionsOnly }),
  }),
);
