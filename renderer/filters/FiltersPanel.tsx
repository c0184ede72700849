import { useTranslation } from 'react-i18next';
import { NO_FILTERS, VALENCES, type Filters, type Journey } from '../../src/model';
import { useUi } from '../state/uiStore';

function toggle<T>(list: readonly T[], value: T): T[] {
  return list.includes(value) ? list.filter((v) => v !== value) : [...list, value];
}

/** One filter: a box for each value it can keep; none ticked keeps everything. */
function FilterChecks<V extends string>({
  legend,
  options,
  chosen,
  onChange,
}: {
  legend: string;
  options: { value: V; label: string }[];
  chosen: readonly V[];
  onChange: (chosen: V[]) => void;
}) {
  return (
    <fieldset>
      <legend>{legend}</legend>
      {options.map((o) => (
        <label key={o.value} className="check">
          <input
            type="checkbox"
            checked={chosen.includes(o.value)}
            onChange={() => onChange(toggle(chosen, o.value))}
          />
          {o.label}
        </label>
      ))}
    </fieldset>
  );
}

/** Filters fade the cards that don't match, so the rest of the map keeps its shape. */
export function FiltersPanel({ journey }: { journey: Journey }) {
  const { t } = useTranslation();
  const filters = useUi((s) => s.filters);
  const set = (patch: Partial<Filters>) => useUi.getState().setFilters({ ...filters, ...patch });
  return (
    <section className="filters" aria-label={t('filters.title')}>
      <FilterChecks
        legend={t('filters.personas')}
        options={journey.personas.map((p) => ({ value: p.id, label: p.name }))}
        chosen={filters.personaIds}
        onChange={(personaIds) => set({ personaIds })}
      />
      <FilterChecks
        legend={t('filters.channels')}
        options={journey.channels.map((c) => ({ value: c.id, label: c.name }))}
        chosen={filters.channelIds}
        onChange={(channelIds) => set({ channelIds })}
      />
      <FilterChecks
        legend={t('filters.emotion')}
        options={VALENCES.map((v) => ({ value: v, label: t(`emotion.valence.${v}`) }))}
        chosen={filters.valences}
        onChange={(valences) => set({ valences })}
      />
      <fieldset>
        <legend>{t('filters.notes')}</legend>
        <label className="check">
          <input
            type="checkbox"
            checked={filters.openPainPointsOnly}
            onChange={(e) => set({ openPainPointsOnly: e.target.checked })}
          />
          {t('filters.openPainPoints')}
        </label>
      </fieldset>
      <button type="button" className="btn" onClick={() => useUi.getState().setFilters(NO_FILTERS)}>
        {t('filters.clear')}
      </button>
    </section>
  );
}
