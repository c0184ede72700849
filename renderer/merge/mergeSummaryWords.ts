import i18next from 'i18next';
import type { MergeSummary } from '../../src/formats';
import type { Language } from '../../src/model';

/** "3 new notes from Ana, 1 conflict" / "3 notas nuevas de Ana, 1 conflicto". */
export function describeMergeSummary(summary: MergeSummary, language: Language): string {
  const say = (key: string, count: number, author = '') =>
    i18next.t(`mergeSummary.${key}`, { count, author, lng: language });
  const items = Object.values(summary.newItems).reduce((a, b) => a + b, 0);
  const parts = [
    ...summary.newAnnotations.map(({ author, count }) => say(author ? 'notesFrom' : 'notes', count, author)),
    ...(
      [
        ['replies', summary.newReplies],
        ['items', items],
        ['updates', summary.updatedItems],
        ['repinned', summary.repinned],
        ['conflicts', summary.conflicts],
      ] as const
    )
      .filter(([, count]) => count > 0)
      .map(([key, count]) => say(key, count)),
  ];
  return parts.length ? parts.join(', ') : i18next.t('mergeSummary.nothing', { lng: language });
}
