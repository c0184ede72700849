import type { FileFilter, OpenedFile, Platform } from './types';

/** The browser build: file inputs to open, downloads to save, the print dialog for PDF. */
export function createBrowserPlatform(doc: Document = document): Platform {
  return {
    kind: 'browser',
    openFile(filters: FileFilter[]) {
      return new Promise<OpenedFile | undefined>((resolve) => {
        const input = doc.createElement('input');
        input.type = 'file';
        input.accept = filters.flatMap((f) => f.extensions.map((e) => `.${e}`)).join(',');
        input.style.display = 'none';
        input.addEventListener('change', async () => {
          const file = input.files?.[0];
          input.remove();
          resolve(file ? { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) } : undefined);
        });
        input.addEventListener('cancel', () => {
          input.remove();
          resolve(undefined);
        });
        doc.body.append(input);
        input.click();
      });
    },
    async saveFile(bytes, suggestedName) {
      const url = URL.createObjectURL(new Blob([bytes as BlobPart]));
      const link = doc.createElement('a');
      link.href = url;
      link.download = suggestedName;
      doc.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      return { name: suggestedName };
    },
    onMenuCommand: () => () => {},
    onOpenFile: () => () => {},
    setLanguage: () => {},
    setDocumentState: () => {},
  };
}
