import { _electron as electron, expect, test } from '@playwright/test';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { electronBinary, SKIP_MESSAGE } from './electronBinary.mjs';

const executablePath = electronBinary();
test.skip(!executablePath, SKIP_MESSAGE);

/*
 * Assumes the renderer shows the open journey's title as the level-1 heading, has an
 * "Add stage" button, names a new stage "New stage", confirms a save in an alert, and asks
 * "already in your library" (Replace) when a known journey's file is opened again.
 */
test('opens a .trayecto file from the command line, edits it, saves it and reopens it', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'trayecto-desktop-'));
  const file = join(dir, 'gym.trayecto');
  copyFileSync('tests/fixtures/good/gym-v1.trayecto', file);
  const launch = () =>
    electron.launch({
      executablePath,
      args: ['out/main/index.js', `--user-data-dir=${join(dir, 'profile')}`, file],
    });

  try {
    let app = await launch();
    let window = await app.firstWindow();
    await expect(window.getByRole('heading', { level: 1, name: 'Gym membership' })).toBeVisible();
    await window.getByRole('button', { name: 'Add stage' }).click();
    await expect(window.getByRole('button', { name: 'Stage name: New stage' })).toBeVisible();
    // File → Save, as the menu sends it: the journey came from a file, so no dialog opens.
    await app.evaluate(({ BrowserWindow }) =>
      BrowserWindow.getAllWindows()[0]!.webContents.send('menu:command', 'save'),
    );
    await expect(window.getByRole('alert')).toContainText('Saved gym.trayecto');
    expect(JSON.parse(readFileSync(file, 'utf8')).journey.stages).toHaveLength(3);
    await app.close();

    app = await launch();
    window = await app.firstWindow();
    await window
      .getByRole('dialog', { name: '"Gym membership" is already in your library' })
      .getByRole('button', { name: 'Replace' })
      .click();
    await expect(window.getByRole('button', { name: 'Stage name: New stage' })).toBeVisible();
    await app.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
