import { describe, expect, it } from 'vitest';
import { csvToJourney } from '../../../src/formats';
import {
  CHANNEL_KIND_COLORS,
  personaColor,
  PERSONA_COLORS,
  scenarioColor,
  stageColor,
  STAGE_COLORS,
} from '../../../src/model';
import { createJourneyFromTemplate } from '../../../src/templates';

const NOW = '2026-01-01T00:00:00.000Z';

describe('channel colours', () => {
  it('follow the kind, whether the channel came from a template or a CSV, in either language', () => {
    const template = createJourneyFromTemplate('lifecycle', 'es', { now: NOW }).channels;
    const result = csvToJourney('stage,persona,touchpoint,channels\nA,Ana,One,Newsletter; Tienda; Fax\n', {
      language: 'en',
      now: NOW,
      title: 'Imported',
    });
    if (!result.ok) throw new Error('import refused');
    const imported = result.value.journey.channels;
    for (const channel of [...template, ...imported])
      expect(channel.color).toBe(CHANNEL_KIND_COLORS[channel.kind]);
    expect(imported.map((c) => c.kind)).toEqual(['email', 'in-person', 'other']);
    const email = (channels: typeof template) => channels.find((c) => c.kind === 'email')!.color;
    expect(email(imported)).toBe(email(template));
  });

  it('keeps kinds apart: no two kinds share a colour', () => {
    const colours = Object.values(CHANNEL_KIND_COLORS);
    expect(new Set(colours).size).toBe(colours.length);
  });
});

describe('stage and persona colours', () => {
  it('go round their palette in order', () => {
    expect([0, 1, 2, 7, 8, 9].map(stageColor)).toEqual([
      '#2563eb',
      '#0d9488',
      '#7c3aed',
      '#a16207', // the eighth and last
      '#2563eb', // round again
      '#0d9488',
    ]);
    expect([0, 1, 2, 5, 6].map(personaColor)).toEqual([
      '#2563eb',
      '#0d9488',
      '#c2410c',
      '#4d7c0f',
      '#2563eb',
    ]);
    expect([0, 6, 7].map(scenarioColor)).toEqual(['#0072b2', '#000000', '#0072b2']);
  });

  it('are the same whether the map came from a template or a CSV import', () => {
    const template = createJourneyFromTemplate('lifecycle', 'en', { now: NOW });
    const result = csvToJourney(
      'stage,persona,touchpoint\nAwareness,Ana,One\nConsideration,Ben,Two\nPurchase,Ana,Three\n',
      { language: 'en', now: NOW, title: 'Imported' },
    );
    if (!result.ok) throw new Error('import refused');
    const imported = result.value.journey;
    expect(template.stages.map((s) => s.color)).toEqual(STAGE_COLORS.slice(0, 5));
    expect(imported.stages.map((s) => s.color)).toEqual(STAGE_COLORS.slice(0, 3));
    expect(template.personas.map((p) => p.color)).toEqual([PERSONA_COLORS[0]]);
    expect(imported.personas.map((p) => p.color)).toEqual(PERSONA_COLORS.slice(0, 2));
  });
});
