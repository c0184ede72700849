import { useTranslation } from 'react-i18next';
import { computeInsights, type Insights } from '../../src/analytics';
import type { Journey } from '../../src/model';
import { EmotionChart, formatAverage, personaSeries } from '../panels/EmotionChart';
import {
  ChannelCoverageTable,
  ChartLegend,
  FigureTable,
  LowestMoments,
  NotesCount,
  PainPointsHeatMap,
  ScenariosOverall,
} from '../panels/insightsFigures';

/** The figures behind the chart: one row per persona and one for all of them. */
function EmotionFigures({ journey, insights }: { journey: Journey; insights: Insights }) {
  const { t } = useTranslation();
  const rows = [
    ...insights.emotionByStage.map((p) => ({ name: p.persona, stages: p.stages })),
    { name: t('insights.allPersonas'), stages: insights.overallByStage },
  ];
  return (
    <FigureTable
      label={t('insights.figures')}
      columns={journey.stages.map((s) => s.name)}
      rows={rows.map((row) => ({
        name: row.name,
        cells: row.stages.map(({ average }) =>
          average === null
            ? { text: '–' }
            : { text: formatAverage(average), className: average < 0 ? 'below' : undefined },
        ),
      }))}
    />
  );
}

/**
 * The printed Insights page: the Insights panel's figures for the scenario on show, laid out
 * for a landscape page. `journey` is the whole journey (every scenario's curve is compared).
 */
export function InsightsPage({
  journey,
  scenarioId,
  title,
}: {
  journey: Journey;
  scenarioId: string;
  title: string;
}) {
  const { t } = useTranslation();
  const insights = computeInsights(journey, scenarioId);
  const stages = journey.stages.map((s) => s.name);
  return (
    <section className="insights-page" aria-label={t('insights.title')} lang={journey.language}>
      <header className="insights-page-header">
        <div>
          <p className="insights-page-kicker">{t('insights.title')}</p>
          <h1>{title}</h1>
          {journey.situation && <p className="muted">{journey.situation}</p>}
        </div>
        <section className="insights-page-notes">
          <h2>{t('insights.notes')}</h2>
          <NotesCount insights={insights} />
        </section>
      </header>
      <div className="insights-page-columns">
        <section>
          <h2>{t('insights.emotionByStage')}</h2>
          <EmotionChart
            size="page"
            stages={stages}
            series={personaSeries(journey, insights.emotionByStage)}
          />
          <ChartLegend label={t('filters.personas')} items={journey.personas} />
          <EmotionFigures journey={journey} insights={insights} />
        </section>
        <div>
          <section>
            <h2>{t('insights.lowest')}</h2>
            <LowestMoments insights={insights} />
          </section>
          {insights.scenarios.length > 1 && (
            <section>
              <h2>{t('scenario.overallTitle')}</h2>
              <ScenariosOverall size="pageNarrow" insights={insights} stages={stages} />
            </section>
          )}
        </div>
      </div>
      <div className="insights-page-columns halves">
        <section>
          <h2>{t('insights.painPoints')}</h2>
          <PainPointsHeatMap journey={journey} insights={insights} />
        </section>
        <section>
          <h2>{t('insights.coverage')}</h2>
          <ChannelCoverageTable journey={journey} insights={insights} />
        </section>
      </div>
    </section>
  );
}
