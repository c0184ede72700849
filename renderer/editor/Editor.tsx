import { useSheetClipboard } from '../interchange/useSheetClipboard';
import type { CanvasFlow } from '../canvas/layout';
import { useEffect, useState, type ReactNode } from 'react';
import { ReactFlowProvider } from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import * as Menu from '@radix-ui/react-dropdown-menu';
import {
  ArrowLeft,
  ChartSpline,
  Columns3,
  CopyPlus,
  Ellipsis,
  Filter,
  Map as MapIcon,
  PanelRightClose,
  PanelRightOpen,
  Plus,
  Presentation,
  Redo2,
  Rows3,
  Undo2,
} from 'lucide-react';
import { WorkshopBar } from '../workshop/WorkshopBar';
import { useCanvasContextMenu } from '../actions/CanvasContextMenu';
import { ActionButton, ActionIconButton } from '../actions/ActionButton';
import { actionLabelKey, perform } from '../actions/registry';
import { shortcutHint } from '../actions/shortcuts';
import { canvasFlow } from '../canvas/flowInstance';
import { activeFilterCount } from '../../src/model';
import { Canvas } from '../canvas/Canvas';
import { Inspector } from '../inspector/Inspector';
import { selectCanRedo, selectCanUndo, useEditor } from '../state/editorStore';
import { useSettings } from '../state/settingsStore';
import { useUi } from '../state/uiStore';
import { useShownJourney } from '../state/shownJourney';
import { IconButton } from '../ui/IconButton';
import { FiltersPanel } from '../filters/FiltersPanel';
import { MoreAction, MoreToggle } from './MoreMenu';
import { ScenarioBar } from '../scenarios/ScenarioBar';

/**
 * The editor: one toolbar row (the less-used actions under "More"), the map, and the side panel, which
 * folds away (remembered) and holds the map overview under it, so nothing but the zoom buttons sits on the map.
 */
export function Editor({
  onBack,
  extraTools,
  extraMenu,
}: {
  onBack: () => void;
  /** Save status and export, at the right of the toolbar. */
  extraTools?: ReactNode;
  /** More entries of the "More" menu (`MoreAction`s). */
  extraMenu?: ReactNode;
}) {
  const { t } = useTranslation();
  const whole = useEditor((s) => s.journey)!;
  const journey = useShownJourney();
  const canUndo = useEditor(selectCanUndo);
  const canRedo = useEditor(selectCanRedo);
  const mode = useUi((s) => s.mode);
  const filters = useUi((s) => s.filters);
  const sidePanel = useSettings((s) => s.sidePanel);
  const overview = useSettings((s) => s.overview);
  const showFilters = useUi((s) => s.filtersShown);
  const [laneStrip, setLaneStrip] = useState<HTMLElement | null>(null);
  const [overviewDock, setOverviewDock] = useState<HTMLElement | null>(null);
  const [flow, setFlow] = useState<CanvasFlow | null>(null);
  const inWorkshop = useUi((s) => s.workshop !== null);
  useSheetClipboard(!inWorkshop);
  const contextMenu = useCanvasContextMenu();
  const activeFilters = activeFilterCount(filters);

  const onReady = (instance: CanvasFlow | null) => {
    canvasFlow.current = instance;
    setFlow(instance);
  };
  // The view goes with the editor: nothing acts on a canvas that is gone.
  useEffect(
    () => () => {
      canvasFlow.current = null;
    },
    [],
  );

  const panelLabel = sidePanel ? t('editor.hidePanel') : t('editor.showPanel');

  // The canvas stays mounted in workshop mode (same place in the tree): only the chrome around it changes.
  return (
    <div className={inWorkshop ? 'app in-workshop' : 'app'}>
      {inWorkshop ? (
        <header>
          <WorkshopBar flow={flow} />
        </header>
      ) : (
        <header className="topbar">
          <IconButton label={t('editor.library')} onClick={onBack}>
            <ArrowLeft size={17} />
          </IconButton>
          <h1 title={journey.title}>{journey.title}</h1>
          <div className="toolbar-group">
            <ActionIconButton action="undo" disabled={!canUndo}>
              <Undo2 size={17} />
            </ActionIconButton>
            <ActionIconButton action="redo" disabled={!canRedo}>
              <Redo2 size={17} />
            </ActionIconButton>
          </div>
          <div className="toolbar-group">
            <ActionButton action="addTouchpoint">
              <Plus size={16} /> {t('editor.touchpoint')}
            </ActionButton>
            <ActionButton action="addStage">
              <Plus size={16} /> {t('editor.stage')}
            </ActionButton>
            <ActionButton action="addPersona">
              <Plus size={16} /> {t('editor.persona')}
            </ActionButton>
          </div>
          <div className="toolbar-group" role="group" aria-label={t('editor.view')}>
            <IconButton
              label={t('editor.personaView')}
              aria-pressed={mode === 'personas'}
              onClick={() => perform('personaLanes')}
            >
              <Rows3 size={17} />
            </IconButton>
            <IconButton
              label={t('editor.channelView')}
              aria-pressed={mode === 'channels'}
              onClick={() => perform('channelLanes')}
            >
              <Columns3 size={17} />
            </IconButton>
          </div>
          <ScenarioBar journey={whole} shownId={journey.scenarios[0]!.id} />
          <div className="toolbar-group">
            <IconButton
              label={t(actionLabelKey('filters'))}
              aria-expanded={showFilters}
              onClick={() => perform('filters')}
            >
              <Filter size={17} />
              {activeFilters > 0 && <span className="badge">{activeFilters}</span>}
            </IconButton>
            <button
              type="button"
              className="btn"
              title={t('workshop.title') + shortcutHint('workshop')}
              onClick={() => perform('workshop')}
            >
              <Presentation size={16} /> {t('workshop.enter')}
            </button>
          </div>
          {extraTools}
          <Menu.Root>
            <Menu.Trigger asChild>
              <button type="button" className="btn" title={t('editor.moreTitle')}>
                <Ellipsis size={16} /> <span className="narrow-sr-only">{t('editor.more')}</span>
              </button>
            </Menu.Trigger>
            <Menu.Portal>
              <Menu.Content className="menu" align="end" sideOffset={4}>
                <MoreAction icon={<CopyPlus size={16} />} action="newScenario" />
                {whole.scenarios.length > 1 && (
                  <MoreAction icon={<ChartSpline size={16} />} action="compareScenarios" />
                )}
                <Menu.Separator className="menu-separator" />
                {extraMenu}
                <Menu.Separator className="menu-separator" />
                <MoreToggle
                  icon={<MapIcon size={16} />}
                  label={t(actionLabelKey('overview'))}
                  checked={overview}
                  onChange={() => perform('overview')}
                />
              </Menu.Content>
            </Menu.Portal>
          </Menu.Root>
          <IconButton
            label={panelLabel}
            aria-expanded={sidePanel}
            aria-controls={sidePanel ? 'side-column' : undefined}
            onClick={() => perform('sidePanel')}
          >
            {sidePanel ? <PanelRightClose size={17} /> : <PanelRightOpen size={17} />}
          </IconButton>
        </header>
      )}
      {!inWorkshop && showFilters && <FiltersPanel journey={journey} />}
      {!inWorkshop && contextMenu.menu}
      <div className="editor">
        <ReactFlowProvider>
          {inWorkshop && <div className="lane-strip" ref={setLaneStrip} />}
          <main
            className="canvas-wrap"
            onContextMenu={inWorkshop ? undefined : contextMenu.onContextMenu}
            onKeyDown={inWorkshop ? undefined : contextMenu.onKeyDown}
          >
            <Canvas onReady={onReady} sides={{ laneStrip, overviewDock }} />
          </main>
          {!inWorkshop && sidePanel && (
            <div className="side-column" id="side-column">
              <Inspector />
              {overview && <div className="overview-dock" ref={setOverviewDock} />}
            </div>
          )}
        </ReactFlowProvider>
      </div>
    </div>
  );
}
