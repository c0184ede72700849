import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addBlueprintEntry } from '../../src/commands';
import { newId, type Journey, type Touchpoint } from '../../src/model';
import { useEditor } from '../state/editorStore';
import { SelectField } from '../ui/Select';
import { ShareField, shareOf } from './fields';
import { FlowListItem } from './FlowListItem';
import { PanelSection } from '../ui/PanelSection';

/** In a touchpoint's inspector: the loops that start at it, and a loop back to its own or an earlier stage. */
export function TouchpointLoops({ journey, touchpoint }: { journey: Journey; touchpoint: Touchpoint }) {
  const { t } = useTranslation();
  const editor = useEditor.getState;
  const own = journey.stages.findIndex((s) => s.id === touchpoint.stageId);
  const earlier = journey.stages.slice(0, own + 1).map((s) => [s.id, s.name] as const);
  const [to, setTo] = useState(earlier[0]?.[0] ?? '');
  const [share, setShare] = useState('');
  const stageName = new Map(journey.stages.map((s) => [s.id, s.name]));
  const loops = journey.loops.filter((l) => l.fromType === 'touchpoint' && l.fromId === touchpoint.id);
  return (
    <PanelSection title={t('blueprint.loopsFromHere')} className="blueprint-section">
      <ul>
        {loops.map((loop) => {
          const name = t('blueprint.loopName', { from: touchpoint.title, to: stageName.get(loop.toStageId) });
          return <FlowListItem key={loop.id} list="loops" entry={loop} name={name} />;
        })}
      </ul>
      <SelectField label={t('blueprint.loopTo')} value={to} options={earlier} onChange={setTo} />
      <ShareField value={share} onChange={setShare} />
      <button
        type="button"
        className="btn"
        onClick={() => {
          const added = editor().dispatch(
            addBlueprintEntry('loops', {
              id: newId(),
              fromType: 'touchpoint',
              fromId: touchpoint.id,
              toStageId: to,
              label: '',
              ...shareOf(share),
            }),
          );
          if (added) setShare('');
        }}
      >
        {t('blueprint.startLoop')}
      </button>
    </PanelSection>
  );
}
