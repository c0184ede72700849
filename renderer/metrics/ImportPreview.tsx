import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Modal } from '../ui/Modal';
import './metrics.css';

/** A metrics or research file that could not be read: why, and that nothing changed. */
export function ImportFailed({
  name,
  message,
  onClose,
}: {
  name: string;
  message: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Modal open onOpenChange={(open) => !open && onClose()} title={t('measures.importFailed', { name })}>
      <p>{message}</p>
      <p className="muted small">{t('import.nothingChanged')}</p>
      <div className="dialog-actions">
        <button type="button" className="btn btn-primary" onClick={onClose}>
          {t('common.close')}
        </button>
      </div>
    </Modal>
  );
}

export interface PreviewTable {
  heading: string;
  columns: string[];
  /** Which columns hold numbers (aligned to the right). */
  numeric: number[];
  rows: { line: number; cells: ReactNode[] }[];
}

/**
 * The preview of a file of rows to import (metric values, research notes): the rows that matched
 * the map, why each other row was left out, and the one button that changes the map.
 */
export function ImportPreviewModal({
  title,
  matched,
  unmatchedHeading,
  unmatched,
  importLabel,
  count,
  onImport,
  onClose,
  children,
}: {
  title: string;
  matched: PreviewTable;
  unmatchedHeading: string;
  unmatched: { line: number; why: string }[];
  importLabel: string;
  /** How many things importing adds; none disables the button. */
  count: number;
  onImport: () => void;
  onClose: () => void;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Modal open wide onOpenChange={(open) => !open && onClose()} title={title}>
      <div className="import-preview">
        <h3>{matched.heading}</h3>
        {matched.rows.length > 0 && (
          <table className="measures-table" aria-label={matched.heading}>
            <thead>
              <tr>
                {matched.columns.map((column) => (
                  <th key={column} scope="col">
                    {column}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {matched.rows.map((row) => (
                <tr key={row.line}>
                  {row.cells.map((cell, i) => (
                    <td key={i} className={matched.numeric.includes(i) ? 'number' : undefined}>
                      {cell}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {children}
        <h3>{unmatchedHeading}</h3>
        {unmatched.length > 0 && (
          <ul aria-label={unmatchedHeading}>
            {unmatched.map((row) => (
              <li key={row.line}>
                {t('measures.lineIs', { line: row.line })} {row.why}
              </li>
            ))}
          </ul>
        )}
      </div>
      <div className="dialog-actions">
        <button type="button" className="btn" onClick={onClose}>
          {t('common.cancel')}
        </button>
        <button type="button" className="btn btn-primary" disabled={count === 0} onClick={onImport}>
          {importLabel}
        </button>
      </div>
    </Modal>
  );
}
