import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addMetric, deleteMetric, updateMetric } from '../../src/commands';
import { GOOD_DIRECTIONS, newId, type Journey, type Metric } from '../../src/model';
import { METRIC_PRESET_IDS, metricFromPreset, type MetricPresetId } from '../../src/templates/metricPresets';
import { TextField } from '../inspector/fields';
import { useEditor } from '../state/editorStore';
import { Field } from '../ui/Field';
import { SelectField } from '../ui/Select';
import './metrics.css';
import { PanelSection } from '../ui/PanelSection';

/** A number field for an optional figure (a target, a threshold): empty is none. */
function FigureField({
  label,
  value,
  onChange,
}: {
  label: string;
  value: number | null;
  onChange: (v: number | null) => void;
}) {
  const [text, setText] = useState(value === null ? '' : String(value));
  return (
    <Field label={label}>
      <input
        inputMode="decimal"
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          const n = Number(e.target.value.replace(',', '.'));
          if (e.target.value.trim() === '') onChange(null);
          else if (Number.isFinite(n)) onChange(n);
        }}
        onBlur={() => useEditor.getState().seal()}
      />
    </Field>
  );
}

/** The figures a metric's values are judged by. */
const FIGURES = ['target', 'warning'] as const;

function MetricDefinition({ metric }: { metric: Metric }) {
  const { t } = useTranslation();
  const dispatch = (patch: Parameters<typeof updateMetric>[1]) =>
    useEditor.getState().dispatch(updateMetric(metric.id, patch));
  return (
    <fieldset className="field">
      <legend className="field-label">
        {metric.name} · {t(`measures.kinds.${metric.kind}`)}
        {metric.min !== null && metric.max !== null ? ` (${metric.min}..${metric.max})` : ''}
      </legend>
      <TextField
        label={t('measures.name')}
        value={metric.name}
        command={(name) => updateMetric(metric.id, { name })}
      />
      <div className="inline-fields">
        <SelectField
          label={t('measures.good')}
          value={metric.good}
          options={GOOD_DIRECTIONS.map((d) => [d, t(`measures.goodDirection.${d}`)] as const)}
          onChange={(good) => dispatch({ good })}
        />
        {FIGURES.map((figure) => (
          <FigureField
            key={figure}
            label={t(`measures.${figure}`)}
            value={metric[figure]}
            onChange={(value) => dispatch({ [figure]: value })}
          />
        ))}
        <button
          type="button"
          className="btn"
          aria-label={t('measures.deleteMetric', { name: metric.name })}
          onClick={() => useEditor.getState().dispatch(deleteMetric(metric.id))}
        >
          ×
        </button>
      </div>
    </fieldset>
  );
}

/** The metrics the journey measures: add one from a preset, set its direction, target and warning threshold. */
export function MetricDefinitions({ journey }: { journey: Journey }) {
  const { t } = useTranslation();
  const [preset, setPreset] = useState<MetricPresetId>('csat');
  return (
    <PanelSection title={t('measures.metrics')} className="measures-section">
      {journey.metrics.map((m) => (
        <MetricDefinition key={m.id} metric={m} />
      ))}
      <div className="inline-fields">
        <SelectField
          label={t('measures.preset')}
          value={preset}
          options={METRIC_PRESET_IDS.map((p) => [p, metricFromPreset(p, journey.language, p).name] as const)}
          onChange={setPreset}
        />
        <button
          type="button"
          className="btn"
          onClick={() =>
            useEditor.getState().dispatch(addMetric(metricFromPreset(preset, journey.language, newId())))
          }
        >
          {t('measures.addMetric')}
        </button>
      </div>
    </PanelSection>
  );
}
