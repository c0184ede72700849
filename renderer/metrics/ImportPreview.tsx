import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ColumnHeaders } from '../ui/ColumnHeaders';
import { DialogActions } from '../ui/DialogActions';
import { Modal } from '../ui/Modal';
import { ReadFailedDialog } from '../ui/ReadFailedDialog';
import './metrics.css';

/** A metrics or research file that could not be read: why, and that nothing changed. */
export function ImportFailed({ name, ...rest }: { name: string; message: string; onClose: () => void }) {
  const { t } = useTranslation();
  return <ReadFailedDialog title={t('measures.importFailed', { name })} {...rest} />;
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
            <ColumnHeaders columns={matched.columns} />
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
      <DialogActions label={importLabel} disabled={count === 0} onAction={onImport} onCancel={onClose} />
    </Modal>
  );
}
