import { useTranslation } from 'react-i18next';
import type { ActionId } from '../../src/actions';
import { perform } from '../actions/registry';
import { useEditor } from '../state/editorStore';
import { useShownJourney } from '../state/shownJourney';
import { useUi, type SidePanel } from '../state/uiStore';
import { InsightsPanel } from '../insights/InsightsPanel';
import { NotesPanel } from '../notes/NotesPanel';
import { ResearchPanel } from '../research/ResearchPanel';
import { JourneyInspector } from './JourneyInspector';
import { PersonaInspector } from './PersonaInspector';
import { StageInspector } from './StageInspector';
import { TouchpointInspector } from './TouchpointInspector';
import { BlueprintItemInspector } from '../blueprint/BlueprintItemInspector';

/**
 * The side panel: what is selected, or the journey itself when nothing is. Touchpoints, notes
 * and insights are the scenario's on show; deletions count what goes in every scenario.
 */
export function Inspector() {
  const { t } = useTranslation();
  const whole = useEditor((s) => s.journey)!;
  const journey = useShownJourney();
  const selection = useEditor((s) => s.selection);
  const panel = useUi((s) => s.panel);
  let body;
  if (selection.kind === 'touchpoints' && selection.ids.length === 1) {
    const touchpoint = journey.touchpoints.find((x) => x.id === selection.ids[0]);
    body = touchpoint && (
      <TouchpointInspector key={touchpoint.id} journey={journey} touchpoint={touchpoint} />
    );
  } else if (selection.kind === 'touchpoints') {
    body = <p>{t('inspector.multiple', { count: selection.ids.length })}</p>;
  } else if (selection.kind === 'stage') {
    const stage = journey.stages.find((s) => s.id === selection.id);
    body = stage && <StageInspector key={stage.id} journey={whole} stage={stage} />;
  } else if (selection.kind === 'persona') {
    const persona = journey.personas.find((p) => p.id === selection.id);
    body = persona && <PersonaInspector key={persona.id} journey={whole} persona={persona} />;
  } else if (selection.kind === 'blueprintItem') {
    const item = whole.blueprintItems.find((b) => b.id === selection.id);
    body = item && <BlueprintItemInspector key={item.id} journey={journey} item={item} />;
  }
  const tabs: [SidePanel, string, ActionId][] = [
    ['inspector', t('inspector.label'), 'inspectorPanel'],
    ['notes', t('notesPanel.title'), 'notesPanel'],
    ['insights', t('insights.title'), 'insightsPanel'],
    ['research', t('research.title'), 'researchPanel'],
  ];
  return (
    <aside className="side-panel" aria-label={t('inspector.label')}>
      <div role="tablist" className="tabs" aria-label={t('inspector.panel')}>
        {tabs.map(([id, label, action]) => (
          <button
            key={id}
            type="button"
            role="tab"
            aria-selected={panel === id}
            onClick={() => perform(action)}
          >
            {label}
          </button>
        ))}
      </div>
      <div role="tabpanel" aria-label={tabs.find(([id]) => id === panel)![1]}>
        {panel === 'notes' ? (
          <NotesPanel journey={journey} />
        ) : panel === 'research' ? (
          <ResearchPanel journey={journey} />
        ) : panel === 'insights' ? (
          <InsightsPanel journey={whole} scenarioId={journey.scenarios[0]!.id} />
        ) : (
          (body ?? <JourneyInspector journey={whole} />)
        )}
      </div>
    </aside>
  );
}
