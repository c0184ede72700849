/** A file name from a journey title: readable, safe on every OS. */
export function fileNameFor(title: string, extension: string): string {
  const base =
    title
      .normalize('NFKC')
      .replace(/[\\/:*?"<>|]+/g, ' ')
      .replace(/\p{Cc}+/gu, ' ')
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, 80) || 'journey';
  return `${base}.${extension}`;
}

import type { FileFilter } from './types';

export const FILTERS: Record<
  'trayecto' | 'json' | 'png' | 'svg' | 'csv' | 'pdf' | 'xlsx' | 'html' | 'mermaid' | 'openable',
  FileFilter
> = {
  trayecto: { name: 'Trayecto map', extensions: ['trayecto'] },
  json: { name: 'JSON', extensions: ['json'] },
  png: { name: 'PNG image', extensions: ['png'] },
  svg: { name: 'SVG image', extensions: ['svg'] },
  csv: { name: 'CSV table', extensions: ['csv'] },
  pdf: { name: 'PDF', extensions: ['pdf'] },
  xlsx: { name: 'Excel workbook', extensions: ['xlsx'] },
  html: { name: 'Web page', extensions: ['html'] },
  mermaid: { name: 'Mermaid journey', extensions: ['mmd', 'md'] },
  openable: {
    name: 'Trayecto maps, PNG, web page and Excel exports, CSV tables, Mermaid journeys',
    extensions: ['trayecto', 'json', 'png', 'html', 'xlsx', 'csv', 'mmd', 'md'],
  },
};
