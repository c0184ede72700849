import { describe, expect, it } from 'vitest';
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
    const save = createPatchedSaver(lib);
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
