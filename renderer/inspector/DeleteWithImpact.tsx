import { useTranslation } from 'react-i18next';
import { Trash2 } from 'lucide-react';
import { deleteAxisItem, deletionImpact } from '../../src/commands';
import type { Journey } from '../../src/model';
import { useEditor } from '../state/editorStore';
import { ConfirmButton } from '../ui/ConfirmButton';

const NOUN = { stages: 'stage', personas: 'persona', scenarios: 'scenario' } as const;

/**
 * Delete a stage, persona or scenario, saying first how many touchpoints and notes go with it
 * (in every scenario: `journey` is the whole journey).
 */
export function DeleteWithImpact({
  journey,
  axis,
  id,
  name,
}: {
  journey: Journey;
  axis: keyof typeof NOUN;
  id: string;
  name: string;
}) {
  const { t } = useTranslation();
  const impact = deletionImpact(journey, axis, id);
  const what = NOUN[axis];
  return (
    <ConfirmButton
      label={t(`${what}.delete`)}
      icon={<Trash2 size={16} />}
      title={t(`${what}.deleteTitle`, { name })}
      message={t(
        axis !== 'scenarios' && journey.scenarios.length > 1 ? 'delete.impactEveryScenario' : 'delete.impact',
        {
          touchpoints: t('stage.touchpointCount', { count: impact.touchpoints }),
          notes: t('notesPanel.count', { count: impact.annotations }),
          scenarios: journey.scenarios.length,
        },
      )}
      confirm={t('delete.confirm')}
      onConfirm={() => {
        if (useEditor.getState().dispatch(deleteAxisItem(axis, id)))
          useEditor.getState().select({ kind: 'none' });
      }}
    />
  );
}
