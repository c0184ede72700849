// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { initI18n } from '../../../renderer/i18n';
import { DialogActions } from '../../../renderer/ui/DialogActions';
import { CheckField, Field } from '../../../renderer/ui/Field';
import { SelectField } from '../../../renderer/ui/Select';
import { ColumnHeaders } from '../../../renderer/ui/ColumnHeaders';

beforeAll(() => initI18n('en'));
afterEach(cleanup);

describe('a dialog footer', () => {
  it('offers Cancel, the other choices, then the action, and runs each', async () => {
    const ran: string[] = [];
    render(
      <DialogActions label="Replace" onAction={() => ran.push('replace')} onCancel={() => ran.push('cancel')}>
        <button type="button" onClick={() => ran.push('keep')}>
          Keep both
        </button>
      </DialogActions>,
    );
    expect(screen.getAllByRole('button').map((b) => b.textContent)).toEqual([
      'Cancel',
      'Keep both',
      'Replace',
    ]);
    const user = userEvent.setup();
    for (const name of ['Cancel', 'Keep both', 'Replace'])
      await user.click(screen.getByRole('button', { name }));
    expect(ran).toEqual(['cancel', 'keep', 'replace']);
  });

  it('says what it is doing while busy and cannot be pressed again', async () => {
    const run = vi.fn();
    render(<DialogActions label="Export" busy="Working…" onAction={run} />);
    const button = screen.getByRole('button', { name: 'Working…' });
    expect(button).toBeDisabled();
    await userEvent.setup().click(button);
    expect(run).not.toHaveBeenCalled();
    expect(screen.queryByRole('button', { name: 'Cancel' })).toBeNull();
  });

  it('submits its form when it has no action of its own, and not while disabled', async () => {
    const submitted = vi.fn((e: { preventDefault(): void }) => e.preventDefault());
    const { rerender } = render(
      <form onSubmit={submitted}>
        <DialogActions label="Create" disabled onCancel={() => {}} />
      </form>,
    );
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Create' }));
    expect(submitted).not.toHaveBeenCalled();
    rerender(
      <form onSubmit={submitted}>
        <DialogActions label="Create" onCancel={() => {}} />
      </form>,
    );
    await user.click(screen.getByRole('button', { name: 'Create' }));
    expect(submitted).toHaveBeenCalledOnce();
  });
});

describe('labelled controls', () => {
  it('names a field, a checkbox and a select by their labels, and reports changes typed', async () => {
    const changes: unknown[] = [];
    render(
      <>
        <Field label="Author">
          <input defaultValue="" />
        </Field>
        <CheckField label="Outlines" checked={false} onChange={(on) => changes.push(on)} />
        <SelectField
          label="Page size"
          value="A3"
          options={[
            ['A3', 'A3 (297 × 420 mm)'],
            ['A4', 'A4 (210 × 297 mm)'],
          ]}
          onChange={(paper) => changes.push(paper)}
        />
      </>,
    );
    const user = userEvent.setup();
    await user.type(screen.getByRole('textbox', { name: 'Author' }), 'Ana');
    expect(screen.getByRole('textbox', { name: 'Author' })).toHaveValue('Ana');
    await user.click(screen.getByRole('checkbox', { name: 'Outlines' }));
    const select = screen.getByRole('combobox', { name: 'Page size' });
    expect([...select.querySelectorAll('option')].map((o) => o.textContent)).toEqual([
      'A3 (297 × 420 mm)',
      'A4 (210 × 297 mm)',
    ]);
    await user.selectOptions(select, 'A4');
    expect(changes).toEqual([true, 'A4']);
  });

  it('heads each column of a table, after an empty corner when rows have headers', () => {
    render(
      <table>
        <ColumnHeaders columns={['Web', 'Phone']} corner />
      </table>,
    );
    expect(screen.getAllByRole('columnheader').map((th) => th.textContent)).toEqual(['Web', 'Phone']);
    expect(screen.getByRole('row').firstElementChild?.tagName).toBe('TD');
  });
});
