import { useTranslation } from 'react-i18next';
import { useEditor } from '../state/editorStore';
import { JourneyInspector } from './JourneyInspector';
import { PersonaInspector } from './PersonaInspector';
import { StageInspector } from './StageInspector';
import { TouchpointInspector } from './TouchpointInspector';

/** The side panel: what is selected, or the journey itself when nothing is. */
export function Inspector() {
  const { t } = useTranslation();
  const journey = useEditor((s) => s.journey);
  const selection = useEditor((s) => s.selection);
  if (!journey) return null;
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
    body = stage && <StageInspector key={stage.id} journey={journey} stage={stage} />;
  } else if (selection.kind === 'persona') {
    const persona = journey.personas.find((p) => p.id === selection.id);
    body = persona && <PersonaInspector key={persona.id} journey={journey} persona={persona} />;
  }
  return (
    <aside className="side-panel" aria-label={t('inspector.label')}>
      {body ?? <JourneyInspector journey={journey} />}
    </aside>
  );
}
