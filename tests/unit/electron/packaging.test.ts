import { existsSync, readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';

interface BuilderConfig {
  directories: { output: string };
  icon: string;
  files: string[];
  fileAssociations: { icon: string }[];
  linux: { target: string[]; icon: string; mimeTypes: string[] };
  win: { target: string[]; icon: string };
  mac: { target: string[]; icon: string };
}
const config = load(readFileSync('electron-builder.yml', 'utf8')) as BuilderConfig;
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));

/** Width and height from a PNG's IHDR chunk, which always comes first. */
function pngSize(path: string): [number, number] {
  const bytes = readFileSync(path);
  expect(bytes.subarray(1, 4).toString('latin1'), path).toBe('PNG');
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

describe('electron-builder configuration', () => {
  it('names the app and ships only the built output, in an asar', () => {
    expect(config as unknown).toMatchObject({
      appId: 'app.trayecto.desktop',
      productName: 'Trayecto',
      asar: true,
    });
    expect(config.files).toEqual(['out/**', 'package.json']);
    expect(config.directories.output).toBe('release');
    expect(pkg.main).toBe('out/main/index.js');
  });

  it('associates .trayecto files with their icon and MIME type', () => {
    expect(config.fileAssociations).toEqual([
      expect.objectContaining({
        ext: 'trayecto',
        name: 'Trayecto journey map',
        description: 'Customer journey map',
        mimeType: 'application/x-trayecto+json',
        role: 'Editor',
        icon: 'assets/document-256.png',
      }),
    ]);
    expect(config.linux.mimeTypes).toEqual(['application/x-trayecto+json']);
  });

  it('targets AppImage and deb, nsis, dmg', () => {
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.win.target).toEqual(['nsis']);
    expect(config.mac.target).toEqual(['dmg']);
  });

  it('points at icons that exist', () => {
    const icons = [
      config.icon,
      config.linux.icon,
      config.win.icon,
      config.mac.icon,
      config.fileAssociations[0]!.icon,
    ];
    for (const icon of icons) expect(existsSync(icon), icon).toBe(true);
    expect(pngSize('assets/icon-512.png')).toEqual([512, 512]);
    expect(pngSize('assets/icon-256.png')).toEqual([256, 256]);
    expect(pngSize('assets/document-256.png')).toEqual([256, 256]);
  });

  it('keeps renderer-only packages out of the installed app', () => {
    expect(Object.keys(pkg.dependencies)).toEqual(['zod']);
    for (const name of ['react', '@xyflow/react', 'dexie', 'i18next', 'pdfkit', 'fontkit'])
      expect(pkg.devDependencies[name]).toBeDefined();
  });
});
