import { Fragment, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  EMOTION_SCALES,
  emotionOnScale,
  fieldsTwice,
  missingFields,
  proposeMapping,
  proposeScaleFor,
  readSpreadsheet,
  SHEET_FIELDS,
  type ColumnMapping,
  type SheetField,
  type SheetTable,
} from '../../src/formats';
import type { OpenedFile } from '../platform/types';
import { ColumnHeaders } from '../ui/ColumnHeaders';
import { DialogActions } from '../ui/DialogActions';
import { Modal } from '../ui/Modal';
import { Select, SelectField, type Option } from '../ui/Select';
import { rememberedMapping, rememberMapping } from './mappingMemory';
import './columnMapping.css';

/** Rows shown under the columns, to recognise them by. */
const PREVIEW_ROWS = 5;

const cellsOf = (table: SheetTable) => table.rows.map((r) => r.cells);

/** The mapping a table starts with: the one chosen last time for its headers, else one proposed. */
function startingMapping(table: SheetTable): { mapping: ColumnMapping; remembered: boolean } {
  const remembered = rememberedMapping(table.header, cellsOf(table));
  const mapping = remembered ?? proposeMapping(table.header, cellsOf(table));
  return { mapping: { ...mapping, sheet: table.sheet }, remembered: Boolean(remembered) };
}

/** An emotion as the map shows scores: +2, 0, −1. */
const signed = (score: number) => (score > 0 ? `+${score}` : score < 0 ? `−${-score}` : '0');

/**
 * Which column of a spreadsheet (CSV or worksheet) is which field of the map, and the scale its
 * emotions are on: proposed from the headers (or remembered for them), each column changeable.
 */
export function ColumnMappingDialog({
  file,
  table: firstTable,
  onImport,
  onCancel,
}: {
  file: OpenedFile;
  table: SheetTable;
  onImport: (mapping: ColumnMapping) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [table, setTable] = useState(firstTable);
  const [start] = useState(() => startingMapping(firstTable));
  const [mapping, setMapping] = useState(start.mapping);
  const [remembered, setRemembered] = useState(start.remembered);
  const fieldName = (field: SheetField) => t(`mapping.fields.${field}`);
  const fieldOptions: Option<SheetField | ''>[] = [
    ['', t('mapping.leaveOut')],
    ...SHEET_FIELDS.map((field) => [field, fieldName(field)] as const),
  ];

  const chooseSheet = async (sheet: string) => {
    const read = await readSpreadsheet(file.name, file.bytes, sheet);
    if (!read.ok || read.value.kind !== 'table') return;
    const next = startingMapping(read.value.table);
    setTable(read.value.table);
    setMapping(next.mapping);
    setRemembered(next.remembered);
  };
  const chooseField = (column: number, field: SheetField | null) => {
    const fields = mapping.fields.map((f, i) => (i === column ? field : f));
    // A different emotion column gets the scale its values suggest.
    const emotionMoved = fields.indexOf('emotion') !== mapping.fields.indexOf('emotion');
    setMapping({
      ...mapping,
      fields,
      emotionScale: emotionMoved
        ? proposeScaleFor(table.header, cellsOf(table), fields)
        : mapping.emotionScale,
    });
  };
  const missing = missingFields(mapping);
  const twice = fieldsTwice(mapping);
  const emotionAt = mapping.fields.indexOf('emotion');
  const examples = [...new Set(table.rows.map((r) => r.cells[emotionAt]?.trim() ?? '').filter(Boolean))]
    .slice(0, 4)
    .map((value) => {
      const score = emotionOnScale(value, mapping.emotionScale);
      return `${value} → ${score === undefined ? t('mapping.offScale') : signed(score)}`;
    });
  const importTable = () => {
    rememberMapping(table.header, mapping);
    onImport(mapping);
  };

  return (
    <Modal
      open
      onOpenChange={(open) => !open && onCancel()}
      title={t('mapping.title', { name: file.name })}
      wide
    >
      {table.sheets && table.sheets.length > 1 && (
        <SelectField
          label={t('mapping.sheet')}
          fieldClassName="column-mapping-sheet"
          value={table.sheet ?? ''}
          options={table.sheets.map((sheet) => [sheet, sheet] as const)}
          onChange={(sheet) => void chooseSheet(sheet)}
        />
      )}
      <p className="muted small">{t(remembered ? 'mapping.remembered' : 'mapping.proposed')}</p>
      <div className="column-mapping-scroll" role="region" aria-label={t('mapping.columns')} tabIndex={0}>
        <table className="column-mapping">
          <ColumnHeaders
            columns={table.header.map((header, i) => (
              <Fragment key={i}>
                <label htmlFor={`${id}-${i}`}>{header || t('mapping.untitled', { number: i + 1 })}</label>
                <Select
                  id={`${id}-${i}`}
                  value={mapping.fields[i] ?? ''}
                  options={fieldOptions}
                  onChange={(field) => chooseField(i, field || null)}
                />
              </Fragment>
            ))}
          />
          <tbody>
            {table.rows.slice(0, PREVIEW_ROWS).map((row) => (
              <tr key={row.line}>
                {table.header.map((_, i) => (
                  <td key={i}>{row.cells[i]}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="muted small">{t('mapping.rows', { count: table.rows.length })}</p>
      {emotionAt >= 0 && (
        <div className="column-mapping-scale">
          <SelectField
            label={t('mapping.scale', { column: table.header[emotionAt] })}
            value={mapping.emotionScale}
            options={EMOTION_SCALES.map((scale) => [scale, t(`mapping.scales.${scale}`)] as const)}
            onChange={(emotionScale) => setMapping({ ...mapping, emotionScale })}
          />
          {examples.length > 0 && (
            <p className="muted small">{t('mapping.examples', { examples: examples.join(', ') })}</p>
          )}
        </div>
      )}
      <div aria-live="polite" className="column-mapping-problems">
        {missing.length > 0 && <p>{t('mapping.missing', { fields: missing.map(fieldName).join(', ') })}</p>}
        {twice.map((field) => (
          <p key={field}>
            {t('mapping.twice', {
              field: fieldName(field),
              columns: table.header.filter((_, i) => mapping.fields[i] === field).join(', '),
            })}
          </p>
        ))}
      </div>
      <DialogActions
        label={t('mapping.import')}
        disabled={missing.length > 0 || twice.length > 0}
        onAction={importTable}
        onCancel={onCancel}
      />
    </Modal>
  );
}
