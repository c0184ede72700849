// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { computeInsights } from '../../../src/analytics';
import { initI18n } from '../../../renderer/i18n';
import { InsightsPanel } from '../../../renderer/insights/InsightsPanel';
import { smallJourney } from '../helpers/smallJourney';

afterEach(cleanup);

describe('Spanish plurals', () => {
  it('count one note as one: "1 abierta, 1 resuelta", not "1 resueltas"', () => {
    initI18n('es');
    const journey = smallJourney();
    journey.annotations[1]!.status = 'resolved';
    expect(computeInsights(journey).notes).toMatchObject({ open: 1, resolved: 1 });
    render(<InsightsPanel journey={journey} scenarioId="today" />);
    expect(screen.getByText('1 abierta, 1 resuelta')).toBeInTheDocument();
  });

  it('say each count of the library and the delete warnings in the number it has', () => {
    const t = initI18n('es').t;
    expect(t('library.stageCount', { count: 1 })).toBe('1 etapa');
    expect(t('library.personaCount', { count: 1 })).toBe('1 persona');
    expect(t('library.emptyTrashConfirm', { count: 1 })).toBe(
      '¿Eliminar 1 trayecto para siempre? No se puede deshacer.',
    );
    expect(t('library.emptyTrashConfirm', { count: 3 })).toMatch(/^¿Eliminar 3 trayectos/);
    expect(
      t('delete.impact', {
        touchpoints: t('stage.touchpointCount', { count: 1 }),
        notes: t('notesPanel.count', { count: 1 }),
      }),
    ).toBe('También se eliminarán 1 punto de contacto y 1 nota. Puedes deshacerlo.');
  });
});
