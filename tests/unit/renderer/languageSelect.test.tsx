// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import type { Language } from '../../../src/model';
import { initI18n } from '../../../renderer/i18n';
import { LanguageSelect } from '../../../renderer/ui/LanguageSelect';

afterEach(cleanup);

describe('language choice', () => {
  it('names each language in the interface language and reports the one chosen', async () => {
    initI18n('es');
    const chosen: Language[] = [];
    render(<LanguageSelect aria-label="Idioma" value="en" onChange={(l) => chosen.push(l)} />);
    const select = screen.getByRole('combobox', { name: 'Idioma' });
    expect([...select.querySelectorAll('option')].map((o) => [o.value, o.textContent])).toEqual([
      ['en', 'Inglés'],
      ['es', 'Español'],
    ]);
    await userEvent.setup().selectOptions(select, 'es');
    expect(chosen).toEqual(['es']);
  });
});
