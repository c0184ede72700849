// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { initI18n } from '../../../renderer/i18n';
import { AnnotationsList } from '../../../renderer/inspector/AnnotationsList';
import { useEditor } from '../../../renderer/state/editorStore';
import { useSettings } from '../../../renderer/state/settingsStore';
import { smallJourney } from '../helpers/smallJourney';

beforeEach(() => {
  initI18n('en');
  useEditor.getState().load(smallJourney());
  useSettings.setState({ author: 'Marta' });
});
afterEach(cleanup);

describe('notes in the inspector', () => {
  it('adds a pain point with the author from settings, resolves it and undoes the resolve', async () => {
    const user = userEvent.setup();
    render(<AnnotationsList targetType="touchpoint" targetId="t1" />);
    expect(screen.queryAllByRole('listitem')).toHaveLength(0);
    const add = screen.getByRole('button', { name: 'Add note' });
    expect(add).toBeDisabled();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Priority' }), 'high');
    await user.type(screen.getByRole('textbox', { name: 'Note text' }), 'Queue at the desk');
    await user.click(add);
    expect(screen.getByRole('listitem')).toHaveTextContent('Queue at the desk');
    const note = useEditor.getState().journey!.annotations.at(-1)!;
    expect(note).toMatchObject({
      kind: 'pain-point',
      priority: 'high',
      author: 'Marta',
      targetId: 't1',
      status: 'open',
    });

    await user.click(screen.getByRole('button', { name: 'Resolve note' }));
    expect(useEditor.getState().journey!.annotations.at(-1)!.status).toBe('resolved');
    expect(screen.getByRole('button', { name: 'Reopen note' })).toBeInTheDocument();
    useEditor.getState().undo();
    expect(await screen.findByRole('button', { name: 'Resolve note' })).toBeInTheDocument();
  });

  it('shows only the notes of its own target', () => {
    render(<AnnotationsList targetType="touchpoint" targetId="t3" />);
    expect(screen.getAllByRole('listitem')).toHaveLength(1);
    expect(screen.getByRole('listitem')).toHaveTextContent('Too much paperwork');
  });
});
