import { readFileSync } from 'node:fs';
import { crc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import {
  embedDocumentInPng,
  extractDocumentFromPng,
  FORMAT_VERSION,
  readTrayecto,
  readTrayectoPng,
  writeTrayecto,
} from '../../../src/formats';
import { fileErrorMessage } from '../helpers/fileErrorMessage';
import { createSampleJourney } from '../../../src/templates';
import { smallJourney } from '../helpers/smallJourney';

// A valid 1×1 PNG (the same bytes a browser canvas would give, without a document inside).
const TINY_PNG = new Uint8Array(
  Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
    'base64',
  ),
);

describe('the .trayecto document', () => {
  it('round-trips losslessly', () => {
    for (const journey of [smallJourney(), createSampleJourney('es', { now: '2026-01-01T00:00:00.000Z' })]) {
      const read = readTrayecto(writeTrayecto(journey));
      expect(read).toEqual({ ok: true, value: journey });
    }
  });

  it('writes the same text every time, keys in schema order, with a trailing newline', () => {
    const journey = smallJourney();
    const shuffled = Object.fromEntries(Object.entries(journey).reverse()) as typeof journey;
    const text = writeTrayecto(journey);
    expect(writeTrayecto(shuffled)).toBe(text);
    expect(text.endsWith('}\n')).toBe(true);
    const doc = JSON.parse(text);
    expect(Object.keys(doc)).toEqual(['format', 'version', 'journey']);
    expect(Object.keys(doc.journey).slice(0, 3)).toEqual(['id', 'title', 'situation']);
    expect(Object.keys(doc.journey.touchpoints[0]).slice(0, 4)).toEqual([
      'id',
      'scenarioId',
      'personaId',
      'stageId',
    ]);
    expect(text).toContain('\n  "journey": {\n    "id": "journey",');
  });

  it('migrates format v0 to the same journey as v1', () => {
    const v0 = readTrayecto(readFileSync('tests/fixtures/good/gym-v0.trayecto', 'utf8'));
    const v1 = readTrayecto(readFileSync('tests/fixtures/good/gym-v1.trayecto', 'utf8'));
    expect(v1.ok).toBe(true);
    expect(v0).toEqual(v1);
    expect(v0.ok && v0.value.touchpoints.map((t) => [t.emotion, t.channelIds])).toEqual([
      [2, ['c2']],
      [-2, ['c1']],
    ]);
  });

  it('fills optional fields with defaults', () => {
    const minimal = {
      format: 'trayecto',
      version: FORMAT_VERSION,
      journey: {
        id: 'j',
        title: 'Minimal',
        createdAt: '2026-01-01T00:00:00.000Z',
        updatedAt: '2026-01-01T00:00:00.000Z',
        scenarios: [{ id: 'now', name: 'Now', updatedAt: '2026-01-01T00:00:00.000Z' }],
        stages: [{ id: 's', name: 'S', updatedAt: '2026-01-01T00:00:00.000Z' }],
        personas: [{ id: 'p', name: 'P', updatedAt: '2026-01-01T00:00:00.000Z' }],
        channels: [],
        touchpoints: [
          {
            id: 't',
            scenarioId: 'now',
            personaId: 'p',
            stageId: 's',
            order: 0,
            title: 'T',
            updatedAt: '2026-01-01T00:00:00.000Z',
          },
        ],
        annotations: [],
      },
    };
    const read = readTrayecto(JSON.stringify(minimal));
    expect(read.ok && read.value).toMatchObject({
      language: 'en',
      situation: '',
      scenarios: [{ id: 'now', name: 'Now', description: '' }],
      touchpoints: [{ emotion: 0, channelIds: [], momentOfTruth: false }],
    });
  });

  it('says which version it reads up to, in English and Spanish', () => {
    const result = readTrayecto(JSON.stringify({ format: 'trayecto', version: 7, journey: {} }));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(fileErrorMessage(result.error, 'en')).toBe(
      `Made by a newer Trayecto (format v7); this version reads up to v${FORMAT_VERSION}.`,
    );
    expect(fileErrorMessage(result.error, 'es')).toBe(
      `Creado con un Trayecto más reciente (formato v7); esta versión lee hasta la v${FORMAT_VERSION}.`,
    );
  });
});

describe('PNG with the document inside', () => {
  it('embeds and extracts the document, and the image stays a valid PNG ending in IEND', () => {
    const journey = createSampleJourney('en', { now: '2026-01-01T00:00:00.000Z' });
    const png = embedDocumentInPng(TINY_PNG, writeTrayecto(journey));
    expect(png.length).toBeGreaterThan(TINY_PNG.length);
    expect(String.fromCharCode(...png.subarray(png.length - 8, png.length - 4))).toBe('IEND');
    expect(extractDocumentFromPng(png)).toBe(writeTrayecto(journey));
    expect(readTrayectoPng(png)).toEqual({ ok: true, value: journey });
  });

  it('writes a correct CRC for the new chunk', () => {
    const png = embedDocumentInPng(TINY_PNG, 'hello');
    // The iTXt chunk starts where IEND used to be.
    const start = TINY_PNG.length - 12;
    const view = new DataView(png.buffer);
    const length = view.getUint32(start);
    const crc = view.getUint32(start + 8 + length);
    // CRC-32 of "iTXt" + data, computed independently with node:zlib.
    expect(crc).toBe(crc32(png.subarray(start + 4, start + 8 + length)));
  });

  it('replaces a document embedded earlier instead of keeping both', () => {
    const first = embedDocumentInPng(TINY_PNG, 'old map');
    const second = embedDocumentInPng(first, 'new map');
    expect(extractDocumentFromPng(second)).toBe('new map');
    expect(second.length).toBe(embedDocumentInPng(TINY_PNG, 'new map').length);
  });

  it('refuses a PNG without a document', () => {
    expect(readTrayectoPng(TINY_PNG)).toEqual({ ok: false, error: { kind: 'pngWithoutDocument' } });
  });
});
