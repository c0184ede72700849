// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { initI18n } from '../../../renderer/i18n';
import { ChannelsEditor } from '../../../renderer/inspector/ChannelsEditor';
import { smallJourney } from '../helpers/smallJourney';

afterEach(cleanup);

describe('channels editor', () => {
  it('says how many touchpoints use each channel, a touchpoint naming it twice counted once', () => {
    initI18n('en');
    const journey = smallJourney();
    // t1: web twice and phone; t2..t5: web.
    journey.touchpoints[0]!.channelIds = ['web', 'phone', 'web'];
    render(<ChannelsEditor journey={journey} />);
    const usedBy = (name: string) => screen.getByRole('button', { name: `Delete channel ${name}` }).title;
    expect(usedBy('Web')).toBe('Used by 5 touchpoints');
    expect(usedBy('Phone')).toBe('Used by 1 touchpoint');
  });

  it('counts again when the touchpoints change', () => {
    initI18n('es');
    const journey = smallJourney();
    const { rerender } = render(<ChannelsEditor journey={journey} />);
    const usedBy = () => screen.getByRole('button', { name: /Phone/ }).title;
    expect(usedBy()).toBe('Lo usan 0 puntos de contacto');
    const touchpoints = journey.touchpoints.map((t) => ({ ...t, channelIds: ['phone'] }));
    rerender(<ChannelsEditor journey={{ ...journey, touchpoints }} />);
    expect(usedBy()).toBe('Lo usan 5 puntos de contacto');
  });
});
