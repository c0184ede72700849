import type { ReactNode } from 'react';

/** A table's head: one column header for each entry, in order, after an empty corner when the rows have headers. */
export function ColumnHeaders({
  columns,
  corner = false,
}: {
  columns: readonly ReactNode[];
  corner?: boolean;
}) {
  return (
    <thead>
      <tr>
        {corner && <td />}
        {columns.map((column, i) => (
          <th key={i} scope="col">
            {column}
          </th>
        ))}
      </tr>
    </thead>
  );
}
