import { useTranslation } from 'react-i18next';
import { Trash2 } from 'lucide-react';
import { deleteAxisItem, deletionImpact } from '../../src/commands';
import type { Journey } from '../../src/model';
import { useEditor } from '../state/editorStore';
import { ConfirmButton } from '../ui/ConfirmButton';

/** Delete a stage or persona, saying first how many touchpoints and notes go with it. */
export function DeleteWithImpact({
  journey,
  axis,
  id,
  name,
}: {
  journey: Journey;
  axis: 'stages' | 'personas';
  id: string;
  name: string;
}) {
  const { t } = useTranslation();
  const impact = deletionImpact(journey, axis, id);
  const what = axis === 'stages' ? 'stage' : 'persona';
  return (
    <ConfirmButton
      label={t(`${what}.delete`)}
      icon={<Trash2 size={16} />}
      title={t(`${what}.deleteTitle`, { name })}
      message={t('delete.impact', { touchpoints: impact.touchpoints, notes: impact.annotations })}
      confirm={t('delete.confirm')}
      onConfirm={() => {
        if (useEditor.getState().dispatch(deleteAxisItem(axis, id)))
          useEditor.getState().select({ kind: 'none' });
      }}
    />
  );
}
