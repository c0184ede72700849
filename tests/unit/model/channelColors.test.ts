import { describe, expect, it } from 'vitest';
import { csvToJourney } from '../../../src/formats';
import { CHANNEL_KIND_COLORS } from '../../../src/model';
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
