import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { rankPlan } from '../../src/analytics/plan';
import type { Journey } from '../../src/model';
import { PlanList } from './PlanList';
import { PlanMatrix } from './PlanMatrix';

/** The action plan in the Insights panel: the impact × effort matrix and the ranked list. */
export function PlanPanel({ journey }: { journey: Journey }) {
  const { t } = useTranslation();
  const ranked = useMemo(() => rankPlan(journey), [journey]);
  return (
    <section aria-label={t('plan.title')} className="plan">
      <h2>{t('plan.title')}</h2>
      {ranked.length === 0 ? (
        <p className="muted">{t('plan.noOpportunities')}</p>
      ) : (
        <>
          <h3>{t('plan.matrix')}</h3>
          <PlanMatrix ranked={ranked} />
          <h3>{t('plan.ranked')}</h3>
          <PlanList journey={journey} ranked={ranked} />
        </>
      )}
    </section>
  );
}
