import { useTranslation } from 'react-i18next';
import { NO_FILTERS, VALENCES, type Filters, type Journey } from '../../src/model';
import { useUi } from '../state/uiStore';

function toggle<T>(list: readonly T[], value: T): T[] {
  return list.includes(value) ? list.filter((v) => v !== value) : [...list, value];
}

/** Filters fade the cards that don't match, so the rest of the map keeps its shape. */
export function FiltersPanel({ journey }: { journey: Journey }) {
  const { t } = useTranslation();
  const filters = useUi((s) => s.filters);
  const set = (patch: Partial<Filters>) => useUi.getState().setFilters({ ...filters, ...patch });
  return (
    <section className="filters" aria-label={t('filters.title')}>
      <fieldset>
        <legend>{t('filters.personas')}</legend>
        {journey.personas.map((p) => (
          <label key={p.id} className="check">
            <input
              type="checkbox"
              checked={filters.personaIds.includes(p.id)}
              onChange={() => set({ personaIds: toggle(filters.personaIds, p.id) })}
            />
            {p.name}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('filters.channels')}</legend>
        {journey.channels.map((c) => (
          <label key={c.id} className="check">
            <input
              type="checkbox"
              checked={filters.channelIds.includes(c.id)}
              onChange={() => set({ channelIds: toggle(filters.channelIds, c.id) })}
            />
            {c.name}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('filters.emotion')}</legend>
        {VALENCES.map((v) => (
          <label key={v} className="check">
            <input
              type="checkbox"
              checked={filters.valences.includes(v)}
              onChange={() => set({ valences: toggle(filters.valences, v) })}
            />
            {t(`emotion.valence.${v}`)}
          </label>
        ))}
      </fieldset>
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
