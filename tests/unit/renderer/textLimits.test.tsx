// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { updateTouchpoint } from '../../../src/commands';
import { LIMITS } from '../../../src/model';
import { initI18n } from '../../../renderer/i18n';
import { AnnotationsList } from '../../../renderer/inspector/AnnotationsList';
import { TextField } from '../../../renderer/inspector/fields';
import { useEditor } from '../../../renderer/state/editorStore';
import { smallJourney } from '../helpers/smallJourney';

beforeEach(() => {
  initI18n('en');
  useEditor.getState().load(smallJourney());
});
afterEach(cleanup);

const maxLength = (name: string) => (screen.getByRole('textbox', { name }) as HTMLInputElement).maxLength;

describe('text fields stop where the schema does', () => {
  it('one line at the short-text limit (a title, a name), several at the long-text one', () => {
    const command = (title: string) => updateTouchpoint('t1', { title });
    render(
      <>
        <TextField label="Title" value="" command={command} />
        <TextField label="Description" value="" command={command} multiline />
      </>,
    );
    expect(LIMITS).toMatchObject({ shortText: 300, longText: 20_000 });
    expect(maxLength('Title')).toBe(300);
    expect(maxLength('Description')).toBe(20_000);
  });

  it("a note's text at the long-text limit", () => {
    render(<AnnotationsList targetType="touchpoint" targetId="t1" />);
    expect(maxLength('Note text')).toBe(20_000);
  });
});
