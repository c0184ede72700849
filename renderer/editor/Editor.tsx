import { useSheetClipboard } from '../interchange/useSheetClipboard';
import type { CanvasFlow } from '../canvas/layout';
import { useState } from 'react';
import { ReactFlowProvider } from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import { ArrowLeft, Columns3, Filter, Plus, Presentation, Redo2, Rows3, Undo2 } from 'lucide-react';
import { PresenterBar } from './PresenterBar';
import { enterPresentation } from './presentation';
import { addPersona, addStage } from '../../src/commands';
import { blankPersona, newId } from '../../src/model';
import { formatShortcut } from '../actions/shortcuts';
import { actionById } from '../actions/registry';
import { Canvas } from '../canvas/Canvas';
import { Inspector } from '../inspector/Inspector';
import { selectCanRedo, selectCanUndo, useEditor } from '../state/editorStore';
import { useUi } from '../state/uiStore';
import { useShownJourney } from '../state/shownJourney';
import { FiltersPanel } from './FiltersPanel';
import { ScenarioBar } from './ScenarioBar';
import { canvasFlow, runAction, useActionShortcuts } from './useActionShortcuts';
import type { ReactNode } from 'react';

const PALETTE = ['#2454d6', '#0f9d8a', '#c2410c', '#7c3aed', '#be185d', '#4d7c0f', '#0369a1', '#a16207'];

function shortcutHint(actionId: string): string {
  const shortcut = actionById(actionId)?.shortcuts[0];
  return shortcut ? ` (${formatShortcut(shortcut)})` : '';
}

export function Editor({ onBack, extraTools }: { onBack: () => void; extraTools?: ReactNode }) {
  const { t } = useTranslation();
  const whole = useEditor((s) => s.journey)!;
  const journey = useShownJourney();
  const canUndo = useEditor(selectCanUndo);
  const canRedo = useEditor(selectCanRedo);
  const mode = useUi((s) => s.mode);
  const filters = useUi((s) => s.filters);
  const [flow, setFlow] = useState<CanvasFlow | null>(null);
  const [showFilters, setShowFilters] = useState(false);
  const presenting = useUi((s) => s.presentation !== null);
  useActionShortcuts(flow, !presenting);
  useSheetClipboard(flow, !presenting);
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

  // The canvas stays mounted in workshop mode (same place in the tree): only the chrome around it changes.
  return (
    <div className={presenting ? 'app presenting' : 'app'}>
      {presenting ? (
        <PresenterBar />
      ) : (
        <header className="topbar">
          <button type="button" className="btn" onClick={onBack}>
            <ArrowLeft size={16} /> {t('editor.library')}
          </button>
          <h1>{journey.title}</h1>
          <div className="toolbar-group">
            <button
              type="button"
              className="btn btn-icon"
              aria-label={t('actions.undo')}
              title={t('actions.undo') + shortcutHint('undo')}
              disabled={!canUndo}
              onClick={() => runAction('undo', flow)}
            >
              <Undo2 size={17} />
            </button>
            <button
              type="button"
              className="btn btn-icon"
              aria-label={t('actions.redo')}
              title={t('actions.redo') + shortcutHint('redo')}
              disabled={!canRedo}
              onClick={() => runAction('redo', flow)}
            >
              <Redo2 size={17} />
            </button>
          </div>
          <div className="toolbar-group">
            <button
              type="button"
              className="btn"
              title={t('actions.addTouchpoint') + shortcutHint('add-touchpoint')}
              onClick={() => runAction('add-touchpoint', flow)}
            >
              <Plus size={16} /> {t('actions.addTouchpoint')}
            </button>
            <button type="button" className="btn" onClick={newStage}>
              <Plus size={16} /> {t('stage.add')}
            </button>
            <button type="button" className="btn" onClick={newPersona}>
              <Plus size={16} /> {t('persona.add')}
            </button>
          </div>
          <div className="toolbar-group" role="group" aria-label={t('editor.view')}>
            <button
              type="button"
              className="btn"
              aria-pressed={mode === 'personas'}
              onClick={() => useUi.getState().setMode('personas')}
            >
              <Rows3 size={16} /> {t('editor.personaView')}
            </button>
            <button
              type="button"
              className="btn"
              aria-pressed={mode === 'channels'}
              onClick={() => useUi.getState().setMode('channels')}
            >
              <Columns3 size={16} /> {t('editor.channelView')}
            </button>
          </div>
          <ScenarioBar journey={whole} shownId={journey.scenarios[0]!.id} />
          <div className="toolbar-group">
            <button
              type="button"
              className="btn"
              aria-expanded={showFilters}
              onClick={() => setShowFilters((v) => !v)}
            >
              <Filter size={16} /> {t('filters.title')}
              {activeFilters > 0 && <span className="badge">{activeFilters}</span>}
            </button>
          </div>
          <div className="toolbar-group">
            <button
              type="button"
              className="btn"
              title={t('workshop.title') + ' (F5)'}
              onClick={enterPresentation}
            >
              <Presentation size={16} /> {t('workshop.enter')}
            </button>
          </div>
          <span className="spacer" />
          {extraTools}
        </header>
      )}
      {!presenting && showFilters && <FiltersPanel journey={journey} />}
      <div className="editor">
        <main className="canvas-wrap">
          <ReactFlowProvider>
            <Canvas onReady={onReady} />
          </ReactFlowProvider>
        </main>
        {!presenting && <Inspector />}
      </div>
    </div>
  );
}
