import { useSheetClipboard } from '../interchange/useSheetClipboard';
import type { CanvasFlow } from '../canvas/layout';
import { useState, type ReactNode } from 'react';
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
import { enterWorkshop } from '../workshop/workshop';
import { addPersona, addStage } from '../../src/commands';
import { blankPersona, newId } from '../../src/model';
import { formatShortcut } from '../actions/shortcuts';
import { actionById } from '../actions/registry';
import { Canvas } from '../canvas/Canvas';
import { Inspector } from '../inspector/Inspector';
import { selectCanRedo, selectCanUndo, useEditor } from '../state/editorStore';
import { useSettings } from '../state/settingsStore';
import { useUi } from '../state/uiStore';
import { useShownJourney } from '../state/shownJourney';
import { IconButton } from '../ui/IconButton';
import { FiltersPanel } from '../filters/FiltersPanel';
import { MoreItem, MoreToggle } from './MoreMenu';
import { ScenarioBar, type ScenarioDialog } from '../scenarios/ScenarioBar';
import { canvasFlow, runAction, useActionShortcuts } from './useActionShortcuts';

const PALETTE = ['#2454d6', '#0f9d8a', '#c2410c', '#7c3aed', '#be185d', '#4d7c0f', '#0369a1', '#a16207'];

function shortcutHint(actionId: string): string {
  const shortcut = actionById(actionId)?.shortcuts[0];
  return shortcut ? ` (${formatShortcut(shortcut)})` : '';
}

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
  /** More entries of the "More" menu (`MoreItem`s). */
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
  const [flow, setFlow] = useState<CanvasFlow | null>(null);
  const [showFilters, setShowFilters] = useState(false);
  const [scenarioDialog, setScenarioDialog] = useState<ScenarioDialog | null>(null);
  const [laneStrip, setLaneStrip] = useState<HTMLElement | null>(null);
  const [overviewDock, setOverviewDock] = useState<HTMLElement | null>(null);
  const inWorkshop = useUi((s) => s.workshop !== null);
  useActionShortcuts(flow, !inWorkshop);
  useSheetClipboard(flow, !inWorkshop);
  const activeFilters =
    filters.personaIds.length +
    filters.channelIds.length +
    filters.valences.length +
    (filters.openPainPointsOnly ? 1 : 0);

  const onReady = (instance: CanvasFlow | null) => {
    canvasFlow.current = instance;
    setFlow(instance);
  };

  const newStage = () => {
    const id = newId();
    const color = PALETTE[journey.stages.length % PALETTE.length]!;
    if (
      useEditor
        .getState()
        .dispatch(addStage({ id, name: t('stage.new'), description: '', color, suggestions: [] }))
    )
      useEditor.getState().select({ kind: 'stage', id });
  };
  const newPersona = () => {
    const id = newId();
    const color = PALETTE[(journey.personas.length + 3) % PALETTE.length]!;
    const { updatedAt: _, ...persona } = blankPersona(id, t('persona.new'), color, '');
    if (useEditor.getState().dispatch(addPersona(persona)))
      useEditor.getState().select({ kind: 'persona', id });
  };
  const panelLabel = sidePanel ? t('editor.hidePanel') : t('editor.showPanel');

  // The canvas stays mounted in workshop mode (same place in the tree): only the chrome around it changes.
  return (
    <div className={inWorkshop ? 'app presenting' : 'app'}>
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
            <IconButton
              label={t('actions.undo') + shortcutHint('undo')}
              disabled={!canUndo}
              onClick={() => runAction('undo', flow)}
            >
              <Undo2 size={17} />
            </IconButton>
            <IconButton
              label={t('actions.redo') + shortcutHint('redo')}
              disabled={!canRedo}
              onClick={() => runAction('redo', flow)}
            >
              <Redo2 size={17} />
            </IconButton>
          </div>
          <div className="toolbar-group">
            <button
              type="button"
              className="btn"
              aria-label={t('actions.addTouchpoint')}
              title={t('actions.addTouchpoint') + shortcutHint('add-touchpoint')}
              onClick={() => runAction('add-touchpoint', flow)}
            >
              <Plus size={16} /> {t('editor.touchpoint')}
            </button>
            <button
              type="button"
              className="btn"
              aria-label={t('stage.add')}
              title={t('stage.add')}
              onClick={newStage}
            >
              <Plus size={16} /> {t('editor.stage')}
            </button>
            <button
              type="button"
              className="btn"
              aria-label={t('persona.add')}
              title={t('persona.add')}
              onClick={newPersona}
            >
              <Plus size={16} /> {t('editor.persona')}
            </button>
          </div>
          <div className="toolbar-group" role="group" aria-label={t('editor.view')}>
            <IconButton
              label={t('editor.personaView')}
              aria-pressed={mode === 'personas'}
              onClick={() => useUi.getState().setMode('personas')}
            >
              <Rows3 size={17} />
            </IconButton>
            <IconButton
              label={t('editor.channelView')}
              aria-pressed={mode === 'channels'}
              onClick={() => useUi.getState().setMode('channels')}
            >
              <Columns3 size={17} />
            </IconButton>
          </div>
          <ScenarioBar
            journey={whole}
            shownId={journey.scenarios[0]!.id}
            dialog={scenarioDialog}
            onDialogClose={() => setScenarioDialog(null)}
          />
          <div className="toolbar-group">
            <IconButton
              label={t('filters.title')}
              aria-expanded={showFilters}
              onClick={() => setShowFilters((v) => !v)}
            >
              <Filter size={17} />
              {activeFilters > 0 && <span className="badge">{activeFilters}</span>}
            </IconButton>
            <button
              type="button"
              className="btn"
              title={t('workshop.title') + ' (F5)'}
              onClick={() => enterWorkshop(flow)}
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
                <MoreItem
                  icon={<CopyPlus size={16} />}
                  label={t('scenario.add')}
                  onSelect={() => setScenarioDialog('new')}
                />
                {whole.scenarios.length > 1 && (
                  <MoreItem
                    icon={<ChartSpline size={16} />}
                    label={t('scenario.compareTitle')}
                    onSelect={() => setScenarioDialog('compare')}
                  />
                )}
                <Menu.Separator className="menu-separator" />
                {extraMenu}
                <Menu.Separator className="menu-separator" />
                <MoreToggle
                  icon={<MapIcon size={16} />}
                  label={t('canvas.minimap')}
                  checked={overview}
                  onChange={(shown) => useSettings.getState().update({ overview: shown, sidePanel: true })}
                />
              </Menu.Content>
            </Menu.Portal>
          </Menu.Root>
          <IconButton
            label={panelLabel}
            aria-expanded={sidePanel}
            aria-controls={sidePanel ? 'side-column' : undefined}
            onClick={() => useSettings.getState().update({ sidePanel: !sidePanel })}
          >
            {sidePanel ? <PanelRightClose size={17} /> : <PanelRightOpen size={17} />}
          </IconButton>
        </header>
      )}
      {!inWorkshop && showFilters && <FiltersPanel journey={journey} />}
      <div className="editor">
        <ReactFlowProvider>
          {inWorkshop && <div className="lane-strip" ref={setLaneStrip} />}
          <main className="canvas-wrap">
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
