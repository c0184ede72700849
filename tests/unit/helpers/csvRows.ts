/** An exported CSV's rows: its byte order mark and last line break dropped, split at the CRLFs it writes. */
export const csvRows = (csv: string) =>
  csv
    .replace(/^\uFEFF/, '')
    .trim()
    .split('\r\n');
