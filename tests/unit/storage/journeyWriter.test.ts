import { describe, expect, it, vi } from 'vitest';
import {
  createPatchedSaver,
  InvalidJourneyError,
  JourneyLibrary,
  JourneyNotFoundError,
  patchRequest,
  RevisionConflictError,
  StorageFullError,
  TrayectoDatabase,
} from '../../../src/storage';
import { measuredJourney, metricValue, presetMetric } from '../helpers/measuredJourney';
import { patchWriter } from '../helpers/patchWriter';
import { retitled, smallJourney } from '../helpers/smallJourney';

const library = () => new JourneyLibrary(new TrayectoDatabase(`writer-${Math.random()}`));
describe('saving through a worker (patches)', () => {
  it('applies each patch to its copy and writes the whole journey, revision after revision', async () => {
    const lib = library();
    const { journey: base } = await lib.create(smallJourney());
    const writer = patchWriter(lib);
    const first = retitled(base, 'First');
    expect((await writer.save(first, base, 1)).revision).toBe(2);
    const second = { ...retitled(first, 'Second'), description: 'More' };
    expect((await writer.save(second, first, 2)).revision).toBe(3);
    expect((await lib.get(base.id))?.journey).toEqual(second);
  });

  it('reports a conflict when the library moved on, or holds another journey at the same revision', async () => {
    const lib = library();
    const { journey: base } = await lib.create(smallJourney());
    const { save } = createPatchedSaver(lib);
    await lib.save({ ...base, description: 'Elsewhere' }, 1);
    await expect(save(patchRequest(retitled(base, 'Mine'), base, 1))).rejects.toBeInstanceOf(
      RevisionConflictError,
    );
    // Deleted and made again elsewhere: revision 1 again, but not the journey this window edited.
    await lib.deleteForever(base.id);
    await lib.create({ ...base, updatedAt: '2026-06-01T00:00:00.000Z' });
    await expect(save(patchRequest(retitled(base, 'Mine'), base, 1))).rejects.toBeInstanceOf(
      RevisionConflictError,
    );
    await lib.deleteForever(base.id);
    await expect(save(patchRequest(retitled(base, 'Mine'), base, 1))).rejects.toBeInstanceOf(
      JourneyNotFoundError,
    );
  });

  it('checks a journey whole as it opens, keeps it for the first patch, and never saves a broken one', async () => {
    const lib = library();
    const csat = presetMetric('csat');
    const value = metricValue({ metricId: csat.id, targetId: 't1', value: 4 });
    const { journey: base } = await lib.create(measuredJourney([csat], [value]));
    const writer = patchWriter(lib);
    await writer.check(base.id);
    // The copy checked is the one the first patch applies to: the library is not read again.
    const read = vi.spyOn(lib, 'get');
    expect((await writer.save(retitled(base, 'Checked'), base, 1)).revision).toBe(2);
    expect(read).not.toHaveBeenCalled();
    read.mockRestore();

    const { journey: saved } = (await lib.get(base.id))!;
    await lib.db.journeys.update(base.id, { journey: { ...saved, metricValues: [value, value] } });
    const broken = { ...saved, metricValues: [value, value] };
    await expect(patchWriter(lib).check(base.id)).rejects.toBeInstanceOf(InvalidJourneyError);
    await expect(patchWriter(lib).save(retitled(broken, 'Lost?'), broken, 2)).rejects.toBeInstanceOf(
      InvalidJourneyError,
    );
    expect((await lib.db.journeys.get(base.id))?.revision).toBe(2);
  });

  it('refuses a patch that makes an invalid journey, and brings every error back as itself', async () => {
    const lib = library();
    const { journey: base } = await lib.create(smallJourney());
    const writer = patchWriter(lib);
    const broken = { ...base, touchpoints: base.touchpoints.map((t) => ({ ...t, emotion: 12 })) };
    await expect(writer.save(broken, base, 1)).rejects.toBeInstanceOf(InvalidJourneyError);
    const full = Object.assign(lib, { save: () => Promise.reject(new StorageFullError()) });
    await expect(patchWriter(full).save(retitled(base, 'x'), base, 1)).rejects.toBeInstanceOf(
      StorageFullError,
    );
    expect((await lib.get(base.id))?.revision).toBe(1);
  });
});
