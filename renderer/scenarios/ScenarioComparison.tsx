import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { computeInsights } from '../../src/analytics';
import type { Journey } from '../../src/model';
import { Modal } from '../ui/Modal';
import { EmotionChart, personaSeries } from '../insights/EmotionChart';
import { ChartLegend } from '../insights/insightsFigures';

/** Every scenario's curves side by side, on the same scale, one line per persona. */
export function CompareScenariosDialog({ journey, onClose }: { journey: Journey; onClose: () => void }) {
  const { t } = useTranslation();
  const insights = useMemo(() => computeInsights(journey), [journey]);
  const stages = journey.stages.map((s) => s.name);
  return (
    <Modal open onOpenChange={(open) => !open && onClose()} title={t('scenario.compareTitle')} wide>
      <p className="muted">{t('scenario.compareIntro')}</p>
      <div className="scenario-grid">
        {insights.scenarios.map((s) => (
          <figure key={s.scenarioId} className="scenario-figure">
            <figcaption>{s.scenario}</figcaption>
            <EmotionChart
              label={t('scenario.chart', { name: s.scenario })}
              stages={stages}
              series={personaSeries(journey, s.emotionByStage)}
            />
          </figure>
        ))}
      </div>
      <div className="scenario-keys small">
        <ChartLegend label={t('filters.personas')} items={journey.personas} />
        <ol className="chart-stages muted">
          {stages.map((name, i) => (
            <li key={i}>{name}</li>
          ))}
        </ol>
      </div>
    </Modal>
  );
}
