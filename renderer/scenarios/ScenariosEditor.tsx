import { useTranslation } from 'react-i18next';
import { updateScenario } from '../../src/commands';
import { type Journey, LIMITS } from '../../src/model';
import { useEditor } from '../state/editorStore';
import { DeleteWithImpact } from '../inspector/DeleteWithImpact';

/** Rename, describe and delete the journey's scenarios (`journey` is the whole journey). */
export function ScenariosEditor({ journey }: { journey: Journey }) {
  const { t } = useTranslation();
  const edit = (id: string, patch: { name?: string; description?: string }) =>
    useEditor.getState().dispatch(updateScenario(id, patch));
  const seal = () => useEditor.getState().seal();
  return (
    <section aria-label={t('scenario.list')}>
      <h3>{t('scenario.group')}</h3>
      <div className="scenario-list">
        {journey.scenarios.map((s) => (
          <div key={s.id} role="group" aria-label={s.name}>
            <input
              className="input"
              aria-label={t('scenario.name')}
              value={s.name}
              maxLength={LIMITS.shortText}
              onChange={(e) => edit(s.id, { name: e.target.value })}
              onBlur={seal}
            />
            <textarea
              className="input"
              aria-label={t('scenario.description')}
              placeholder={t('scenario.description')}
              rows={2}
              value={s.description}
              maxLength={LIMITS.longText}
              onChange={(e) => edit(s.id, { description: e.target.value })}
              onBlur={seal}
            />
            {journey.scenarios.length > 1 ? (
              <DeleteWithImpact journey={journey} axis="scenarios" id={s.id} name={s.name} />
            ) : (
              <p className="muted small">{t('scenario.lastOne')}</p>
            )}
          </div>
        ))}
      </div>
    </section>
  );
}
