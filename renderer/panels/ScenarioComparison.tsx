import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { computeInsights, type Insights } from '../../src/analytics';
import type { Journey } from '../../src/model';
import { Modal } from '../ui/Modal';
import { EmotionChart } from './InsightsPanel';

/** Okabe–Ito colours: told apart with colour-blindness too. */
const SCENARIO_COLORS = ['#0072b2', '#d55e00', '#009e73', '#cc79a7', '#e69f00', '#56b4e9', '#000000'];
const scenarioColor = (index: number) => SCENARIO_COLORS[index % SCENARIO_COLORS.length]!;

/** One line per scenario: all personas' average emotion per stage. */
export function ScenariosOverall({ insights, stages }: { insights: Insights; stages: string[] }) {
  const { t } = useTranslation();
  return (
    <>
      <EmotionChart
        label={t('scenario.overall')}
        stages={stages}
        series={insights.scenarios.map((s, i) => ({
          name: s.scenario,
          color: scenarioColor(i),
          points: s.overallByStage,
        }))}
      />
      <ul className="chart-legend small" aria-label={t('scenario.overall')}>
        {insights.scenarios.map((s, i) => (
          <li key={s.scenarioId}>
            <span className="swatch" style={{ background: scenarioColor(i) }} /> {s.scenario}
          </li>
        ))}
      </ul>
    </>
  );
}

/** Every scenario's curves side by side, on the same scale, one line per persona. */
export function CompareScenariosDialog({ journey, onClose }: { journey: Journey; onClose: () => void }) {
  const { t } = useTranslation();
  const insights = useMemo(() => computeInsights(journey), [journey]);
  const colors = new Map(journey.personas.map((p) => [p.id, p.color]));
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
              series={s.emotionByStage.map((p) => ({
                name: p.persona,
                color: colors.get(p.personaId)!,
                points: p.stages,
              }))}
            />
          </figure>
        ))}
      </div>
      <div className="scenario-keys small">
        <ul className="chart-legend" aria-label={t('filters.personas')}>
          {journey.personas.map((p) => (
            <li key={p.id}>
              <span className="swatch" style={{ background: p.color }} /> {p.name}
            </li>
          ))}
        </ul>
        <ol className="chart-stages muted">
          {stages.map((name, i) => (
            <li key={i}>{name}</li>
          ))}
        </ol>
      </div>
    </Modal>
  );
}
