// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import type { ColumnMapping } from '../../../src/formats';
import { initI18n } from '../../../renderer/i18n';
import { rememberedMapping, rememberMapping } from '../../../renderer/interchange/mappingMemory';
import { useSettings, type Settings } from '../../../renderer/state/settingsStore';

let persisted: Settings[] = [];
beforeEach(() => {
  initI18n('en');
  persisted = [];
  useSettings.getState().hydrate({ language: 'en' }, (settings) => persisted.push(settings));
});

const header = ['Fase', 'Cliente', 'Momento', 'Satisfacción (1-10)', 'Notas'];
const chosen: ColumnMapping = {
  fields: ['stage', 'persona', 'touchpoint', 'emotion', 'description'],
  emotionScale: '1-10',
};

describe('remembered column mappings', () => {
  it('are saved with the settings and found again for the same headers, however spelt or ordered', () => {
    expect(rememberedMapping(header, [])).toBeUndefined();
    rememberMapping(header, chosen);
    expect(persisted.at(-1)?.columnMappings).toEqual(useSettings.getState().columnMappings);
    expect(rememberedMapping(header, [])).toEqual(chosen);
    // The same set of headers in another order and case: each column keeps its field.
    expect(rememberedMapping(['NOTAS', 'fase', 'cliente', 'momento', 'satisfaccion (1-10)'], [])).toEqual({
      fields: ['description', 'stage', 'persona', 'touchpoint', 'emotion'],
      emotionScale: '1-10',
    });
    expect(rememberedMapping(['Fase', 'Cliente'], [])).toBeUndefined();
  });

  it('survive a restart (hydrated from what was persisted), and a damaged saved mapping is ignored', () => {
    rememberMapping(header, chosen);
    const saved = persisted.at(-1)!;
    useSettings.getState().hydrate(JSON.parse(JSON.stringify(saved)) as Settings, () => {});
    expect(rememberedMapping(header, [])).toEqual(chosen);
    const [key] = Object.keys(saved.columnMappings);
    useSettings
      .getState()
      .hydrate({ columnMappings: { [key!]: { columns: { Fase: 'fase' } } } } as never, () => {});
    expect(rememberedMapping(header, [])).toBeUndefined();
  });

  it('keep the last 30 sets of headers, the oldest forgotten first', () => {
    for (let i = 0; i < 32; i += 1)
      rememberMapping([...header, `Extra ${i}`], { ...chosen, fields: [...chosen.fields, null] });
    expect(Object.keys(useSettings.getState().columnMappings)).toHaveLength(30);
    expect(rememberedMapping([...header, 'Extra 0'], [])).toBeUndefined();
    expect(rememberedMapping([...header, 'Extra 31'], [])?.emotionScale).toBe('1-10');
  });
});
