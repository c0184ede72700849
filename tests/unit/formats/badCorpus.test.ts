import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FORMAT_VERSION, readJourneyFile, readTrayecto, writeTrayecto } from '../../../src/formats';
import { JourneyLibrary, TrayectoDatabase } from '../../../src/storage';
import { checkInvariants, LIMITS, type Journey } from '../../../src/model';
import { smallJourney } from '../helpers/smallJourney';
import { fileErrorMessage } from '../helpers/fileErrorMessage';

const options = { language: 'en' as const, now: '2026-01-01T00:00:00.000Z' };
const open = (name: string) =>
  readJourneyFile(name, new Uint8Array(readFileSync(`tests/fixtures/bad/${name}`)), options);

/** Every bad file, the error kind it must produce and a fragment of the message a person reads. */
const EXPECTED: Record<string, [kind: string, message: string]> = {
  'bad-colour.trayecto': ['invalid', 'journey.stages[0].color: must be a colour like #1f6feb'],
  'bad-emotion-word.csv': ['badRows', 'line 2: emotion "happy" is not positive, neutral, negative'],
  'bad-timestamp.trayecto': ['invalid', 'journey.createdAt: must be a date and time'],
  'binary-garbage.trayecto': ['notText', 'not UTF-8 text'],
  'broken-map-inside.png': ['invalid', 'journey.touchpoints[1].stageId: no stage with id "ghost"'],
  'dangling-annotation.trayecto': [
    'invalid',
    'journey.annotations[0].targetId: no touchpoint with id "gone"',
  ],
  'dangling-channel.trayecto': ['invalid', 'journey.touchpoints[0].channelIds[0]: no channel with id "c9"'],
  'dangling-persona.trayecto': ['invalid', 'journey.touchpoints[0].personaId: no persona with id "nobody"'],
  'dangling-stage.trayecto': ['invalid', 'journey.touchpoints[1].stageId: no stage with id "ghost"'],
  'duplicate-ids.trayecto': ['invalid', 'journey.stages[1].id: duplicate id "s1"'],
  'emotion-5.trayecto': ['invalid', 'journey.touchpoints[0].emotion: must be 3 or less'],
  'emotion-word-in-v1.trayecto': ['invalid', 'journey.touchpoints[0].emotion: must be a number'],
  'emotion-score-mismatch.csv': ['badRows', 'line 3: emotion "positive" does not match score -2'],
  'empty-stage.csv': ['badRows', 'line 3: stage is empty'],
  'empty.trayecto': ['notJson', 'The file is not valid JSON: it ends too soon (line 1, column 1).'],
  'header-only.csv': ['empty', 'no data rows'],
  'missing-columns.csv': [
    'missingColumns',
    // "title" names the touchpoint column.
    'A required column is missing: persona. Found: stage, title.',
  ],
  'missing-format-tag.json': ['notTrayecto', 'not a Trayecto map'],
  'missing-stages.trayecto': ['invalid', 'journey.stages: must be a list'],
  'mixed-delimiters.csv': ['badRows', 'line 2: expected 3 fields, found 1'],
  'no-document.png': ['pngWithoutDocument', 'This PNG has no Trayecto map inside.'],
  'no-journey.trayecto': ['invalid', 'journey: must be an object'],
  'not-an-object.json': ['notTrayecto', 'not a Trayecto map'],
  'orders-not-dense.trayecto': [
    'invalid',
    'journey.touchpoints: in scenario "today", persona "p1", stage "s1" the touchpoints are numbered 3, not 0, 1, 2…',
  ],
  'plain-text.png': ['notPng', 'not a valid PNG'],
  'score-out-of-range.csv': ['badRows', 'line 2: score "7" is not a whole number from -3 to 3'],
  'syntax-error-line-7.trayecto': ['notJson', 'not valid JSON: unexpected "," at line 7, column 33.'],
  'title-not-text.trayecto': ['invalid', 'journey.title: must be text'],
  'touchpoint-without-stage.trayecto': ['invalid', 'journey.touchpoints[1].stageId: must be text'],
  'trailing-comma.trayecto': ['notJson', 'not valid JSON: unexpected "}" at line 30, column 7.'],
  'truncated.png': ['notPng', 'not a valid PNG'],
  'truncated.trayecto': ['notJson', 'not valid JSON: it ends too soon (line 18'],
  'unclosed-quote.csv': ['badRows', 'line 2: a quoted field is never closed'],
  'unknown-extension.docx': [
    'unknownType',
    'Trayecto opens .trayecto, .json, .csv, .png, .html, .xlsx, .mmd and .md files',
  ],
  'unknown-language.trayecto': ['invalid', 'journey.language: must be one of "en", "es"'],
  'unknown-note-kind.trayecto': ['invalid', 'journey.annotations[0].kind: must be one of "pain-point"'],
  'utf16.trayecto': ['notText', 'not UTF-8 text'],
  'v0-stages-not-a-list.trayecto': ['invalid', 'journey.stages: must be a list'],
  'v0-unknown-emotion.trayecto': ['invalid', 'journey.touchpoints[1].emotion: must be a number'],
  'version-99.trayecto': [
    'versionTooNew',
    `Made by a newer Trayecto (format v99); this version reads up to v${FORMAT_VERSION}.`,
  ],
  'version-not-a-number.trayecto': ['invalid', 'version: must be a whole number'],
  'wrong-format-tag.trayecto': ['notTrayecto', 'not a Trayecto map'],
  // Errors name the fields of the file's own version.
  'v1-scenario-too-long.trayecto': ['invalid', 'journey.scenario: is longer than 300 characters'],
  'v0-dangling-channel.trayecto': ['invalid', 'journey.touchpoints[0].channels[0]: no channel with id "c9"'],
  'nul-in-title.trayecto': ['invalid', 'journey.title: a NUL character is not allowed'],
  'utf16-without-bom.csv': ['notUtf8', 'save it as "CSV UTF-8 (Comma delimited)"'],
  'cr-line-endings.csv': ['badRows', 'line 5: emotion "happy"'],
  'duplicate-columns.csv': ['duplicateColumns', 'it is unclear which to read: stage, etapa.'],
  'spanish-bad-rows.csv': ['badRows', 'line 3: Emoción "fatal" is not positive'],
  'mermaid-task-without-score.mmd': ['mermaidSyntax', 'Mermaid cannot read line 5: "Pay" is not a title'],
  'mermaid-no-journey.md': ['mermaidNoJourneyBlock', 'no ```mermaid block with a journey diagram'],
  'plain-web-page.html': ['webPageWithoutDocument', 'This web page has no Trayecto map inside'],
};
/** Files that look dangerous or odd but are sound: each opens, and what a user typed is kept as text. */
const TRICKY_BUT_VALID: Record<string, (journey: Journey) => void> = {
  'proto-pollution.trayecto': (journey) => {
    expect(Object.keys(journey)).not.toContain('__proto__');
    expect(Object.keys(journey)).not.toContain('constructor');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  },
  'html-in-titles.trayecto': (journey) => {
    expect(journey.title).toBe('<img src=x onerror="alert(1)">Gym <b>membership</b>');
    expect(journey.stages[0]!.name).toBe('<script>alert("stage")</script>');
    expect(journey.touchpoints[0]!.title).toBe('Signs up & pays <5 €');
    const again = readTrayecto(writeTrayecto(journey));
    expect(again.ok && again.value).toEqual(journey);
  },
  'formula-cells.csv': (journey) => {
    expect(journey.touchpoints[0]).toMatchObject({
      title: '=HYPERLINK("http://example.com","Sign up")',
      description: '+34 600 000 000',
    });
  },
  'windows-1252.csv': (journey) => {
    expect(journey.personas[0]!.name).toBe('Begoña');
    expect(journey.touchpoints[0]!.description).toBe('Letra pequeña — €30');
  },
  'utf16-excel.csv': (journey) => {
    expect(journey.touchpoints.map((t) => [t.title, t.emotion])).toEqual([['Firma', 2]]);
    expect(journey.personas[0]!.name).toBe('Begoña');
  },
  // 300 emoji are 300 characters for the schema and for the CSV import alike.
  'emoji-titles.csv': (journey) => {
    expect(journey.touchpoints[0]!.title).toBe('😀'.repeat(LIMITS.shortText));
    const again = readTrayecto(writeTrayecto(journey));
    expect(again.ok && again.value).toEqual(journey);
  },
  // "p" + "s/x" and "p/s" + "x" were one cell when keys were joined with "/".
  'ids-with-slash.trayecto': (journey) => {
    expect(journey.touchpoints.map((t) => [t.personaId, t.stageId, t.order])).toEqual([
      ['p', 's/x', 0],
      ['p/s', 'x', 0],
    ]);
  },
  'control-characters.trayecto': (journey) => {
    expect(journey.title).toBe('Gym \u001b[31mRED\u001b[0m\rOVERWRITE\u0007');
  },
  'channels-named-constructor.trayecto': (journey) => {
    expect(journey.channels.map((c) => c.name)).toEqual(['constructor', '__proto__']);
  },
  // A document saved without its extension is recognised by its content.
  'gym-map': (journey) => {
    const named = readTrayecto(readFileSync('tests/fixtures/good/gym-v1.trayecto'));
    expect(named).toEqual({ ok: true, value: journey });
  },
};

describe('bad input corpus', () => {
  it('covers every file in tests/fixtures/bad (at least 30)', () => {
    const files = readdirSync('tests/fixtures/bad').sort();
    expect(files).toEqual([...Object.keys(EXPECTED), ...Object.keys(TRICKY_BUT_VALID)].sort());
    expect(Object.keys(EXPECTED).length).toBeGreaterThanOrEqual(30);
  });

  it.each(Object.entries(EXPECTED))('%s is refused with its precise error', (name, [kind, message]) => {
    const result = open(name);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.kind).toBe(kind);
    expect(fileErrorMessage(result.error, 'en')).toContain(message);
    expect(fileErrorMessage(result.error, 'es')).not.toBe(fileErrorMessage(result.error, 'en'));
  });

  it.each(Object.entries(TRICKY_BUT_VALID))('%s opens, its text unchanged', (name, check) => {
    const result = open(name);
    if (!result.ok) throw new Error(fileErrorMessage(result.error, 'en'));
    expect(checkInvariants(result.value.journey)).toEqual([]);
    check(result.value.journey);
  });

  it('refuses a 10 MB title, an over-limit array and a file over 50 MB, by path and before parsing', () => {
    const long = smallJourney();
    long.title = 'x'.repeat(10 * 1024 * 1024);
    const tooLong = readTrayecto(
      writeTrayecto({ ...long, title: 'ok' }).replace('"title": "ok"', `"title": "${long.title}"`),
    );
    expect(!tooLong.ok && tooLong.error).toMatchObject({
      kind: 'invalid',
      problems: [{ path: 'journey.title' }],
    });

    const many = smallJourney();
    many.stages = Array.from({ length: LIMITS.stages + 1 }, (_, i) => ({ ...many.stages[0]!, id: `s${i}` }));
    const text = JSON.stringify({ format: 'trayecto', version: 1, journey: many });
    const tooMany = readTrayecto(text);
    expect(!tooMany.ok && tooMany.error).toMatchObject({
      kind: 'invalid',
      problems: [{ path: 'journey.stages' }],
    });

    const huge = new Uint8Array(LIMITS.fileBytes + 1);
    const tooLarge = readTrayecto(huge);
    expect(!tooLarge.ok && tooLarge.error).toEqual({
      kind: 'tooLarge',
      bytes: LIMITS.fileBytes + 1,
      limit: LIMITS.fileBytes,
    });
  });

  it('a refused import leaves the library unchanged', async () => {
    const library = new JourneyLibrary(new TrayectoDatabase(`corpus-${Math.random()}`));
    await library.create(smallJourney());
    const before = await library.db.journeys.toArray();
    for (const name of Object.keys(EXPECTED)) {
      const result = open(name);
      if (result.ok) await library.create(result.value.journey);
    }
    expect(await library.db.journeys.toArray()).toEqual(before);
  });
});
