import Papa from 'papaparse';
import type { TouchpointClip } from '../commands';
import { LIMITS, type Channel, type Journey, type Touchpoint } from '../model';
import { proposeMapping, type MappingFor, type SheetField } from './columnMapping';
import { emotionOnScale, wholeScore, type EmotionScale } from './emotionScale';
import { CHANNEL_SEPARATOR, CSV_HEADERS, type CsvColumn } from './csv';
import { guessChannelKind } from './csvImport';

const COPIED: CsvColumn[] = ['touchpoint', 'channels', 'score', 'description', 'stage', 'persona'];
const clip = (text: string, limit: number) => [...text.trim()].slice(0, limit).join('');
const splitChannels = (cell: string) =>
  cell
    .split(/[;,]/)
    .map((c) => c.trim())
    .filter(Boolean);

/**
 * What each column of pasted cells holds: with a header row naming the touchpoint column, the
 * mapping (remembered or proposed, as a file import's); without one, guessed from the values.
 */
function guessColumns(
  rows: string[][],
  mappingFor: MappingFor,
): { columns: (SheetField | null)[]; scale: EmotionScale; body: string[][] } {
  const [first = []] = rows;
  const named = mappingFor(first, rows.slice(1)) ?? proposeMapping(first, rows.slice(1));
  if (named.fields.includes('touchpoint'))
    return { columns: named.fields, scale: named.emotionScale, body: rows.slice(1) };
  const width = Math.max(...rows.map((r) => r.length));
  const values = (i: number) => rows.map((r) => (r[i] ?? '').trim()).filter(Boolean);
  const columns: (SheetField | null)[] = Array.from({ length: width }, () => null);
  const free = () => columns.findIndex((c, i) => c === null && values(i).length > 0);
  const emotion = columns.findIndex(
    (_, i) => values(i).length > 0 && values(i).every((v) => emotionOnScale(v, 'words') !== undefined),
  );
  if (emotion >= 0) columns[emotion] = 'emotion';
  const channels = columns.findIndex(
    (c, i) =>
      c === null &&
      values(i).length > 0 &&
      values(i).every((v) => splitChannels(v).every((name) => guessChannelKind(name) !== 'other')),
  );
  if (channels >= 0) columns[channels] = 'channels';
  for (const column of ['touchpoint', 'description'] as const) {
    const at = free();
    if (at >= 0) columns[at] = column;
  }
  return { columns, scale: 'words', body: rows };
}

/**
 * Touchpoints from text copied out of a spreadsheet (tab-separated rows, a header row optional) or
 * plain lines (one touchpoint each), ready to paste into a cell. Channels are matched by name on paste.
 */
export function sheetRowsToClip(
  text: string,
  now: string,
  makeId: () => string,
  mappingFor: MappingFor = () => undefined,
): TouchpointClip | undefined {
  const parsed = Papa.parse<string[]>(text.replace(/\r\n?/g, '\n').replace(/\n+$/, ''), {
    delimiter: '\t',
    quoteChar: '"',
    skipEmptyLines: 'greedy',
  }).data;
  const { columns, scale, body } = guessColumns(parsed, mappingFor);
  const channels = new Map<string, Channel>();
  const touchpoints: Touchpoint[] = [];
  for (const row of body.slice(0, LIMITS.touchpoints)) {
    const get = (column: SheetField) => (row[columns.indexOf(column)] ?? '').trim();
    const title = clip(get('touchpoint'), LIMITS.shortText);
    if (!title) continue;
    const names = splitChannels(get('channels')).map((n) => clip(n, LIMITS.shortText));
    for (const name of names)
      if (!channels.has(name.toLowerCase())) {
        const kind = guessChannelKind(name);
        channels.set(name.toLowerCase(), {
          id: makeId(),
          name,
          kind,
          color: '#0891b2',
          icon: kind,
          updatedAt: now,
        });
      }
    touchpoints.push({
      id: makeId(),
      scenarioId: '',
      personaId: '',
      stageId: '',
      order: touchpoints.length,
      title,
      description: clip(get('description'), LIMITS.longText),
      channelIds: [...new Set(names.map((n) => channels.get(n.toLowerCase())!.id))],
      emotion: wholeScore(get('score')) ?? emotionOnScale(get('emotion'), scale) ?? 0,
      doing: clip(get('doing'), LIMITS.longText),
      thinking: clip(get('thinking'), LIMITS.longText),
      feeling: clip(get('feeling'), LIMITS.longText),
      momentOfTruth: false,
      updatedAt: now,
    });
  }
  return touchpoints.length ? { touchpoints, channels: [...channels.values()] } : undefined;
}

/** A cell as spreadsheets read it from tab-separated text: quoted when it holds a tab, quote or line break. */
const tsvCell = (text: string) => (/[\t"\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);

/** Touchpoints as tab-separated rows with a header in the map's language, as Excel and Google Sheets paste them. */
export function touchpointsToTsv(journey: Journey, ids: readonly string[]): string {
  const headers = CSV_HEADERS[journey.language];
  const nameOf = (list: { id: string; name: string }[], id: string) =>
    list.find((x) => x.id === id)?.name ?? '';
  const rows = journey.touchpoints
    .filter((t) => ids.includes(t.id))
    .map((t) => {
      const cells: Record<string, string> = {
        touchpoint: t.title,
        channels: t.channelIds.map((c) => nameOf(journey.channels, c)).join(`${CHANNEL_SEPARATOR} `),
        score: String(t.emotion),
        description: t.description,
        stage: nameOf(journey.stages, t.stageId),
        persona: nameOf(journey.personas, t.personaId),
      };
      return COPIED.map((c) => tsvCell(cells[c]!));
    });
  return [COPIED.map((c) => headers[c]), ...rows].map((r) => r.join('\t')).join('\n');
}
