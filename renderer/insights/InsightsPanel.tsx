import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { computeInsights } from '../../src/analytics';
import { scenarioView, type Journey } from '../../src/model';
import { OwnersInsights } from '../blueprint/OwnersInsights';
import { PlanPanel } from '../plan/PlanPanel';
import { EmotionChart, personaSeries } from './EmotionChart';
import { MetricsInsights } from '../metrics/MetricsInsights';
import { shownJourneyOf } from '../state/shownJourney';
import {
  ChartLegend,
  ChannelCoverageTable,
  LowestMoments,
  NotesCount,
  PainPointsHeatMap,
  ScenariosOverall,
} from './insightsFigures';

/** The figures of the scenario on show (`journey` is the whole journey), and every scenario's curve when there are several. */
export function InsightsPanel({ journey, scenarioId }: { journey: Journey; scenarioId: string }) {
  const { t } = useTranslation();
  const insights = useMemo(() => computeInsights(journey, scenarioId), [journey, scenarioId]);
  const shown = useMemo(() => scenarioView(journey, scenarioId), [journey, scenarioId]);
  const stages = journey.stages.map((s) => s.name);
  const series = personaSeries(journey, insights.emotionByStage);
  return (
    <section aria-label={t('insights.title')} className="insights">
      <h2>{t('insights.emotionByStage')}</h2>
      <EmotionChart stages={stages} series={series} />
      <ChartLegend label={t('filters.personas')} items={series} />
      <ol className="chart-stages small muted">
        {journey.stages.map((s) => (
          <li key={s.id}>{s.name}</li>
        ))}
      </ol>
      <MetricsInsights journey={shownJourneyOf(journey, scenarioId)} />
      {insights.scenarios.length > 1 && (
        <>
          <h2>{t('scenario.overallTitle')}</h2>
          <ScenariosOverall insights={insights} stages={stages} />
        </>
      )}
      <h2>{t('insights.lowest')}</h2>
      <LowestMoments insights={insights} />
      <h2>{t('insights.painPoints')}</h2>
      <PainPointsHeatMap journey={journey} insights={insights} />
      <h2>{t('insights.coverage')}</h2>
      <ChannelCoverageTable journey={journey} insights={insights} />
      <h2>{t('insights.notes')}</h2>
      <NotesCount insights={insights} />
      <OwnersInsights journey={shown} />
      <PlanPanel journey={shown} />
    </section>
  );
}
