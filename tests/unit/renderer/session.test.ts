// @vitest-environment jsdom
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { initI18n } from '../../../renderer/i18n';
import { closeJourney, getLibrary, openJourney, useSession } from '../../../renderer/state/session';
import { smallJourney } from '../helpers/smallJourney';

const LAST_OPEN = 'lastOpenJourney';

beforeAll(() => initI18n('en'));
beforeEach(async () => {
  await closeJourney();
  const library = getLibrary();
  for (const { id } of await library.list()) await library.deleteForever(id);
  await library.setSetting(LAST_OPEN, null);
  useSession.setState({ notice: null });
});
afterEach(() => vi.restoreAllMocks());

describe('the map the next start reopens', () => {
  it('is remembered before the map shows, so that a reload as soon as it shows reopens it', async () => {
    const library = getLibrary();
    await library.create({ ...smallJourney(), id: 'kept' });
    const remember = vi.spyOn(library, 'setSetting');
    let rememberedWhenShown: unknown[][] | undefined;
    const stop = useSession.subscribe((state, previous) => {
      if (state.screen === 'editor' && previous.screen !== 'editor')
        rememberedWhenShown = remember.mock.calls.filter(([key]) => key === LAST_OPEN);
    });
    await openJourney('kept');
    stop();
    expect(rememberedWhenShown).toEqual([[LAST_OPEN, 'kept']]);
    expect(await library.getSetting(LAST_OPEN)).toBe('kept');
  });

  it('is forgotten again when the map fails to open, and the user reads why', async () => {
    const library = getLibrary();
    await library.create({ ...smallJourney(), id: 'unreadable' });
    vi.spyOn(library, 'getToOpen').mockRejectedValue(new Error('the disk is unreadable'));
    await openJourney('unreadable');
    expect(useSession.getState().screen).not.toBe('editor');
    expect(useSession.getState().notice).toContain('the disk is unreadable');
    await vi.waitFor(async () => expect(await library.getSetting(LAST_OPEN)).toBeNull());
  });
});
