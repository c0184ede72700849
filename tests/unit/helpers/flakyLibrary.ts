import type { Journey } from '../../../src/model';
import { JourneyLibrary, StorageFullError, TrayectoDatabase } from '../../../src/storage';

/** The library as one window sees it, whose writes can be made to fail as on a full disk. */
export class FlakyLibrary extends JourneyLibrary {
  failing = false;

  constructor(name: string) {
    super(new TrayectoDatabase(name));
  }

  override save(journey: Journey, expectedRevision: number) {
    if (this.failing) return Promise.reject(new StorageFullError());
    return super.save(journey, expectedRevision);
  }

  override create(journey: Journey) {
    if (this.failing) return Promise.reject(new StorageFullError());
    return super.create(journey);
  }
}
