import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ownedBy, ownersPerStage, touchpointsWithoutOwner } from '../../src/analytics';
import { targetName } from '../../src/formats';
import type { Journey } from '../../src/model';
import { Field } from '../ui/Field';
import { OwnerOptions } from './fields';
import './blueprint.css';

/** Who carries each stage, the touchpoints nobody answers for, and the open pain points of one owner. */
export function OwnersInsights({ journey }: { journey: Journey }) {
  const { t } = useTranslation();
  const perStage = useMemo(() => ownersPerStage(journey), [journey]);
  const unowned = useMemo(() => touchpointsWithoutOwner(journey), [journey]);
  const [ownerId, setOwnerId] = useState('');
  const pains = journey.annotations.filter((a) => a.kind === 'pain-point' && a.status === 'open');
  const shown = ownerId ? pains.filter(ownedBy(journey, ownerId)) : pains;
  const stageName = new Map(journey.stages.map((s) => [s.id, s.name]));
  return (
    <section className="blueprint-section" aria-label={t('blueprint.ownersPerStage')}>
      <h2>{t('blueprint.ownersPerStage')}</h2>
      <table className="stage-channel">
        <tbody>
          {perStage.map((s) => (
            <tr key={s.stageId}>
              <th scope="row">{s.stage}</th>
              <td>{s.owners.map((o) => `${o.owner} (${o.items})`).join(', ') || t('blueprint.none')}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>{t('blueprint.unowned')}</h2>
      <ul aria-label={t('blueprint.unowned')}>
        {unowned.length === 0 && <li>{t('blueprint.none')}</li>}
        {unowned.map((tp) => (
          <li key={tp.id}>
            <span>
              {tp.title} <span className="muted">({stageName.get(tp.stageId)})</span>
            </span>
          </li>
        ))}
      </ul>
      <h2>{t('insights.painPoints')}</h2>
      <Field label={t('blueprint.filterByOwner')}>
        <select className="input" value={ownerId} onChange={(e) => setOwnerId(e.target.value)}>
          <OwnerOptions owners={journey.owners} none={t('blueprint.allOwners')} />
        </select>
      </Field>
      <ul aria-label={t('blueprint.filterByOwner')}>
        {shown.length === 0 && <li>{t('blueprint.none')}</li>}
        {shown.map((a) => (
          <li key={a.id}>
            <span>
              {a.text} <span className="muted">({targetName(journey, a.targetId)})</span>
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
