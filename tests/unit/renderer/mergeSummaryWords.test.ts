// @vitest-environment jsdom
import { beforeAll, describe, expect, it } from 'vitest';
import { describeMergeSummary } from '../../../renderer/merge/mergeSummaryWords';
import { initI18n } from '../../../renderer/i18n';
import { emptySummary } from '../../../src/formats';

beforeAll(() => initI18n('en'));

describe('a merge told in the UI language', () => {
  it('counts notes by author, then the rest, with each language’s plurals', () => {
    const summary = {
      ...emptySummary(),
      newAnnotations: [
        { author: 'Ana', count: 2 },
        { author: '', count: 1 },
      ],
      updatedItems: 1,
      repinned: 1,
      conflicts: 3,
    };
    expect(describeMergeSummary(summary, 'en')).toBe(
      '2 new notes from Ana, 1 new note, 1 update, 1 note pinned to the journey, 3 conflicts',
    );
    expect(describeMergeSummary(summary, 'es')).toBe(
      '2 notas nuevas de Ana, 1 nota nueva, 1 actualizado, 1 nota fijada al trayecto, 3 conflictos',
    );
  });

  it('says when nothing was new', () => {
    expect(describeMergeSummary(emptySummary(), 'es')).toBe('Nada nuevo');
  });
});
