// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { fieldLabel, valueWords } from '../../../renderer/merge/conflictWords';
import { initI18n } from '../../../renderer/i18n';
import { describeConflict } from '../../../src/commands';
import { metricSchema, metricValueSchema, researchNoteSchema } from '../../../src/model';
import { measureConflicts } from '../helpers/measureConflicts';

const t = { en: initI18n('en').getFixedT('en'), es: initI18n('en').getFixedT('es') };
const SCHEMAS = { metric: metricSchema, metricValue: metricValueSchema, researchNote: researchNoteSchema };
const BOOK_KEEPING = new Set(['id', 'updatedAt', 'createdAt']);

describe('the conflict dialog’s words for metrics, metric values and research notes', () => {
  it('labels every field a person can change, in English and Spanish, never by its raw name', () => {
    for (const language of ['en', 'es'] as const)
      for (const [itemType, schema] of Object.entries(SCHEMAS) as [
        keyof typeof SCHEMAS,
        typeof metricSchema,
      ][])
        for (const key of Object.keys(schema.shape).filter((k) => !BOOK_KEEPING.has(k))) {
          const label = fieldLabel(t[language], itemType, key);
          expect(label, `${language} ${itemType}.${key}`).not.toBe(key);
          expect(label, `${language} ${itemType}.${key}`).not.toMatch(/measureFields|^$/);
        }
  });

  it('labels a persona’s, stage’s and touchpoint’s fields as their inspectors do', () => {
    const labels = (itemType: 'persona' | 'stage' | 'touchpoint', keys: string[]) =>
      keys.map((key) => fieldLabel(t.en, itemType, key));
    expect(labels('persona', ['name', 'role', 'quote', 'avatar', 'color'])).toEqual([
      'Persona name',
      'Role or segment',
      'Quote',
      'Avatar (emoji)',
      'Colour',
    ]);
    expect(labels('stage', ['name', 'suggestions'])).toEqual(['Stage name', 'Suggested actions']);
    expect(labels('touchpoint', ['personaId', 'stageId', 'channelIds', 'order', 'doing'])).toEqual([
      'Persona',
      'Stage',
      'Channels',
      'Place in its cell',
      'Doing',
    ]);
  });

  it('says each conflict’s values in the UI language', () => {
    const { journey, conflicts } = measureConflicts();
    const said = (language: 'en' | 'es', conflict: keyof typeof conflicts) =>
      describeConflict(journey, conflicts[conflict]).fields.map((f) => [
        fieldLabel(t[language], conflicts[conflict].itemType, f.key),
        valueWords(t[language], f.mine),
        valueWords(t[language], f.theirs),
      ]);
    expect(said('en', 'metric')).toEqual([
      ['Kind', 'score', 'percentage'],
      ['Good is', 'Higher is better', 'Lower is better'],
      ['Target', '4', '80'],
    ]);
    expect(said('es', 'metricValue')).toEqual([
      ['Valor', '3.5', '2.9'],
      ['Fuente', 'Survey tool', 'Call centre'],
      ['Recuento de la encuesta', '', '10 promotores, 5 pasivos, 3 detractores'],
    ]);
    expect(said('es', 'researchNote').slice(1, 3)).toEqual([
      ['Fuente', 'Entrevista', 'Incidencia de soporte'],
      ['Sentimiento', expect.stringMatching(/^-1 /), expect.stringMatching(/^-3 /)],
    ]);
  });
});
