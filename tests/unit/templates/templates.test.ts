import { describe, expect, it } from 'vitest';
import { checkInvariants, journeySchema, LANGUAGES, type Journey } from '../../../src/model';
import {
  createJourneyFromTemplate,
  createSampleJourney,
  listTemplates,
  TEMPLATE_IDS,
} from '../../../src/templates';

const now = '2026-11-22T10:00:00.000Z';
/** The channels every template starts with, in order. */
const TEMPLATE_CHANNEL_KINDS = ['web', 'email', 'phone', 'in-person', 'social', 'app'];
function counter() {
  let n = 0;
  return () => `id${++n}`;
}

function expectValid(journey: Journey) {
  expect(journeySchema.parse(journey)).toEqual(journey);
  expect(checkInvariants(journey)).toEqual([]);
}

describe('templates', () => {
  it.each(TEMPLATE_IDS.flatMap((id) => LANGUAGES.map((lang) => [id, lang] as const)))(
    '%s in %s is a valid journey',
    (id, lang) => {
      const journey = createJourneyFromTemplate(id, lang, { now, makeId: counter() });
      expectValid(journey);
      expect(journey).toMatchObject({ templateId: id, language: lang });
      expect(journey.personas).toHaveLength(1);
      expect(journey.channels.map((c) => c.kind)).toEqual(TEMPLATE_CHANNEL_KINDS);
    },
  );

  it('names the stages exactly as the source documents do', () => {
    const names = (lang: 'en' | 'es') =>
      Object.fromEntries(listTemplates(lang).map((t) => [t.id, t.stageNames]));
    expect(names('es')).toMatchObject({
      lifecycle: ['Concienciación', 'Adquisición', 'Conversión', 'Retención', 'Defensa'],
      relationship: ['Adquisición', 'Conversión', 'Crecimiento', 'Retención', 'Reactivación'],
      'car-dealer': ['Consideración', 'Comparación', 'Compra', 'Postventa', 'Fidelización'],
    });
    expect(names('en')).toMatchObject({
      lifecycle: ['Awareness', 'Acquisition', 'Conversion', 'Retention', 'Advocacy'],
      relationship: ['Acquisition', 'Conversion', 'Growth', 'Retention', 'Reactivation'],
      'car-dealer': ['Consideration', 'Comparison', 'Purchase', 'After-sales', 'Loyalty'],
    });
  });

  it('gives every stage of the three models at least three suggested actions, in both languages', () => {
    for (const id of ['lifecycle', 'relationship', 'car-dealer'] as const) {
      const en = createJourneyFromTemplate(id, 'en', { now });
      const es = createJourneyFromTemplate(id, 'es', { now });
      en.stages.forEach((stage, i) => {
        expect(stage.suggestions.length).toBeGreaterThanOrEqual(3);
        expect(es.stages[i]!.suggestions).toHaveLength(stage.suggestions.length);
      });
    }
  });

  it('uses the id maker for every id', () => {
    const journey = createJourneyFromTemplate('lifecycle', 'en', { now, makeId: counter() });
    const ids = [journey.id, ...journey.stages, ...journey.personas, ...journey.channels].map((x) =>
      typeof x === 'string' ? x : x.id,
    );
    expect(ids.every((id) => /^id\d+$/.test(id))).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('sample journey', () => {
  it.each(LANGUAGES)('is valid in %s and tells the family-car story', (lang) => {
    const sample = createSampleJourney(lang, { now, makeId: counter() });
    expectValid(sample);
    expect(sample.personas).toHaveLength(2);
    expect(sample.touchpoints.length).toBeGreaterThanOrEqual(12);
    expect(new Set(sample.touchpoints.flatMap((t) => t.channelIds)).size).toBeGreaterThanOrEqual(4);
    expect(sample.touchpoints.some((t) => t.momentOfTruth)).toBe(true);
    const open = (kind: string) =>
      sample.annotations.filter((a) => a.kind === kind && a.status === 'open').length;
    expect(open('pain-point')).toBeGreaterThanOrEqual(3);
    expect(open('opportunity')).toBeGreaterThanOrEqual(2);
    expect(sample.annotations.some((a) => a.status === 'resolved')).toBe(true);
    expect(sample.annotations.some((a) => a.replies.length > 0)).toBe(true);
  });

  it('dips at purchase / after-sales: the lowest stage average is there', () => {
    const sample = createSampleJourney('en', { now });
    const averages = sample.stages.map((stage) => {
      const scores = sample.touchpoints.filter((t) => t.stageId === stage.id).map((t) => t.emotion);
      return { name: stage.name, average: scores.reduce((a, b) => a + b, 0) / scores.length };
    });
    const lowest = averages.reduce((a, b) => (b.average < a.average ? b : a));
    expect(['Purchase', 'After-sales']).toContain(lowest.name);
    expect(lowest.average).toBeLessThan(0);
    expect(averages[0]!.average).toBeGreaterThan(0);
    expect(averages.at(-1)!.average).toBeGreaterThan(0);
  });

  it('has the same shape in English and Spanish', () => {
    const en = createSampleJourney('en', { now, makeId: counter() });
    const es = createSampleJourney('es', { now, makeId: counter() });
    const shape = (j: Journey) =>
      j.touchpoints.map((t) => [t.personaId, t.stageId, t.order, t.emotion, t.channelIds]);
    expect(shape(es)).toEqual(shape(en));
    expect(es.annotations.map((a) => [a.kind, a.targetId])).toEqual(
      en.annotations.map((a) => [a.kind, a.targetId]),
    );
    expect(es.title).toBe('Comprar un coche familiar');
    expect(es.touchpoints[0]!.title).not.toBe(en.touchpoints[0]!.title);
  });
});
