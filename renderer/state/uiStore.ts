import type { Viewport } from '@xyflow/react';
import { create } from 'zustand';
import { NO_FILTERS, type Filters } from '../../src/model';
import type { ViewMode } from '../../src/layout/mapGrid';

export interface ViewState {
  mode: ViewMode;
  filters: Filters;
  /** The scenario on show; null (or one since deleted) means the journey's first. */
  scenarioId: string | null;
}

export type SidePanel = 'inspector' | 'notes' | 'insights' | 'research';

/** Workshop mode: one stage at a time, chrome hidden (session state). */
export interface WorkshopStep {
  stageIndex: number;
  /** The lane quick capture adds to. */
  personaId: string | null;
  /** The lane in view when the lanes do not all fit at a readable size. */
  laneIndex: number;
  /** The zoom the facilitator chose, kept from stage to stage; null: each stage framed to fit. */
  zoom: number | null;
  /** Where the canvas was before the workshop, to come back to it. */
  returnTo?: Viewport;
}

/** What the workshop's keys do, owned by the workshop bar while it is on screen. */
export interface WorkshopControls {
  /** To the next (1) or previous (−1) step. */
  step(delta: 1 | -1): void;
  /** To the lane below (1) or above (−1). */
  lane(delta: 1 | -1): void;
  /** Zoom in or out from the step's framing, or back to it. */
  zoom(change: 'in' | 'out' | 'framed'): void;
  leave(): void;
}

export interface UiState extends ViewState {
  /** Which side panel is showing (session state). */
  panel: SidePanel;
  setPanel(panel: SidePanel): void;
  /** Whether the filters bar is showing under the toolbar (session state). */
  filtersShown: boolean;
  setFiltersShown(shown: boolean): void;
  workshop: WorkshopStep | null;
  setWorkshop(workshop: WorkshopStep | null): void;
  workshopControls: WorkshopControls | null;
  setWorkshopControls(controls: WorkshopControls | null): void;
  /** The touchpoint whose title is being edited on the canvas, if any (session state). */
  editingId: string | null;
  /** The card being named was just added: its name joins the adding's undo step. */
  editingNew: boolean;
  setMode(mode: ViewMode): void;
  setFilters(filters: Filters): void;
  setScenario(scenarioId: string): void;
  setEditing(id: string | null, isNew?: boolean): void;
  restoreView(view: Partial<ViewState> | undefined): void;
}

export const useUi = create<UiState>()((set) => ({
  mode: 'personas',
  filters: NO_FILTERS,
  scenarioId: null,
  editingId: null,
  editingNew: false,
  panel: 'inspector',
  setPanel: (panel) => set({ panel }),
  filtersShown: false,
  setFiltersShown: (filtersShown) => set({ filtersShown }),
  workshop: null,
  setWorkshop: (workshop) => set({ workshop }),
  workshopControls: null,
  setWorkshopControls: (workshopControls) => set({ workshopControls }),
  setMode: (mode) => set({ mode }),
  setFilters: (filters) => set({ filters }),
  setScenario: (scenarioId) => set({ scenarioId, editingId: null }),
  setEditing: (editingId, editingNew = false) => set({ editingId, editingNew }),
  restoreView: (view) =>
    set({
      mode: view?.mode ?? 'personas',
      filters: { ...NO_FILTERS, ...view?.filters },
      scenarioId: view?.scenarioId ?? null,
    }),
}));
