import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addMetric, deleteMetric, updateMetric } from '../../src/commands';
import { GOOD_DIRECTIONS, newId, type Journey, type Metric } from '../../src/model';
import { METRIC_PRESET_IDS, metricFromPreset, type MetricPresetId } from '../../src/templates/metricPresets';
import { TextField } from '../inspector/fields';
import { useEditor } from '../state/editorStore';
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
  const id = useId();
  const [text, setText] = useState(value === null ? '' : String(value));
  return (
    <div className="field">
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      <input
        id={id}
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
    </div>
  );
}

function MetricDefinition({ metric }: { metric: Metric }) {
  const { t } = useTranslation();
  const goodId = useId();
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
        <div className="field">
          <label htmlFor={goodId} className="field-label">
            {t('measures.good')}
          </label>
          <select
            id={goodId}
            value={metric.good}
            onChange={(e) => dispatch({ good: e.target.value as Metric['good'] })}
          >
            {GOOD_DIRECTIONS.map((d) => (
              <option key={d} value={d}>
                {t(`measures.goodDirection.${d}`)}
              </option>
            ))}
          </select>
        </div>
        <FigureField
          label={t('measures.target')}
          value={metric.target}
          onChange={(target) => dispatch({ target })}
        />
        <FigureField
          label={t('measures.warning')}
          value={metric.warning}
          onChange={(warning) => dispatch({ warning })}
        />
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
  const presetId = useId();
  const [preset, setPreset] = useState<MetricPresetId>('csat');
  return (
    <PanelSection title={t('measures.metrics')} className="measures-section">
      {journey.metrics.map((m) => (
        <MetricDefinition key={m.id} metric={m} />
      ))}
      <div className="inline-fields">
        <div className="field">
          <label htmlFor={presetId} className="field-label">
            {t('measures.preset')}
          </label>
          <select id={presetId} value={preset} onChange={(e) => setPreset(e.target.value as MetricPresetId)}>
            {METRIC_PRESET_IDS.map((p) => (
              <option key={p} value={p}>
                {metricFromPreset(p, journey.language, p).name}
              </option>
            ))}
          </select>
        </div>
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
