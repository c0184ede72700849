import { useTranslation } from 'react-i18next';
import type { RankedOpportunity } from '../../src/analytics/plan';
import { setPlan } from '../../src/commands';
import { PLAN_STATUSES, type Journey } from '../../src/model';
import { planToCsv, targetName } from '../../src/formats';
import { fileNameFor } from '../platform/fileNames';
import { getPlatform } from '../platform';
import { useEditor } from '../state/editorStore';
import { useSession } from '../state/session';
import { Select } from '../ui/Select';
import { OwnerOptions } from '../blueprint/fields';
import './plan.css';

const notify = (notice: string) => useSession.setState({ notice });
const dispatch = (id: string, patch: Parameters<typeof setPlan>[1]) =>
  useEditor.getState().dispatch(setPlan(id, patch));

/** The ranked plan: each opportunity with its scores, quadrant and the pain it relieves; owner, due date and status to set. */
export function PlanList({ journey, ranked }: { journey: Journey; ranked: RankedOpportunity[] }) {
  const { t, i18n } = useTranslation();
  const exportCsv = async () => {
    const language = i18n.language === 'es' ? 'es' : 'en';
    try {
      const bytes = new TextEncoder().encode(planToCsv(journey, language));
      const name = fileNameFor(t('plan.fileName', { title: journey.title }), 'csv');
      const saved = await getPlatform().saveFile(bytes, name, [{ name: 'CSV', extensions: ['csv'] }]);
      if (saved) notify(t('export.done', { name: saved.name }));
    } catch (error) {
      notify(t('export.failed', { message: error instanceof Error ? error.message : String(error) }));
    }
  };
  return (
    <div className="plan-list">
      <ol>
        {ranked.map((r, i) => {
          const text = r.opportunity.text;
          return (
            <li key={r.opportunity.id} aria-label={text}>
              <span className="plan-rank">{i + 1}</span>
              <div>
                <strong>{text}</strong>
                <span className="small muted">
                  {[
                    targetName(journey, r.opportunity.targetId),
                    r.quadrant && t(`plan.quadrant.${r.quadrant}`),
                    r.plan.impact !== undefined && `${t('plan.impact')} ${r.plan.impact}`,
                    r.plan.effort !== undefined && `${t('plan.effort')} ${r.plan.effort}`,
                    r.pain.count > 0 && t('plan.pain', { count: r.pain.count }),
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </span>
                <div className="plan-fields">
                  <Select
                    className="input"
                    aria-label={`${t('plan.statusLabel')}: ${text}`}
                    value={r.plan.status}
                    options={PLAN_STATUSES.map((s) => [s, t(`plan.status.${s}`)] as const)}
                    onChange={(status) => dispatch(r.opportunity.id, { status })}
                  />
                  <select
                    className="input"
                    aria-label={`${t('plan.owner')}: ${text}`}
                    value={r.plan.ownerId ?? ''}
                    onChange={(e) => dispatch(r.opportunity.id, { ownerId: e.target.value || null })}
                  >
                    <OwnerOptions owners={journey.owners} none={t('blueprint.noOwner')} />
                  </select>
                  <input
                    className="input"
                    type="date"
                    aria-label={`${t('plan.due')}: ${text}`}
                    value={r.plan.due ?? ''}
                    onChange={(e) => dispatch(r.opportunity.id, { due: e.target.value || null })}
                  />
                </div>
              </div>
            </li>
          );
        })}
      </ol>
      <button type="button" className="btn" onClick={() => void exportCsv()}>
        {t('plan.exportCsv')}
      </button>
    </div>
  );
}
