import type { Key, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export interface Column<T> {
  readonly key: string;
  readonly title: string;
  readonly render: (row: T) => ReactNode;
  readonly className?: string;
}

interface Props<T> {
  readonly caption: string;
  readonly columns: readonly Column<T>[];
  readonly rows: readonly T[];
  readonly rowKey: (row: T) => Key;
  readonly onRowClick?: (row: T) => void;
  readonly loading: boolean;
  readonly emptyText: string;
  readonly testId?: string;
}

/**
 * A plain table in Ant Design's look. The inbox is the screen everyone opens first; Ant
 * Design's Table brings sorting, filter menus and trees it does not use (about 100 KB gzip).
 */
export function DataTable<T>(props: Props<T>) {
  const { t } = useTranslation();
  const { columns, rows, loading } = props;

  return (
    <div className="data-table-wrap" aria-busy={loading}>
      <table
        className={
          props.onRowClick === undefined ? 'data-table' : 'data-table data-table-clickable'
        }
        data-testid={props.testId}
      >
        <caption className="visually-hidden">{props.caption}</caption>
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c.key} scope="col" className={c.className}>
                {c.title}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr
              key={props.rowKey(row)}
              data-row
              onClick={props.onRowClick && (() => props.onRowClick?.(row))}
            >
              {columns.map((c) => (
                <td key={c.key} className={c.className}>
                  {c.render(row)}
                </td>
              ))}
            </tr>
          ))}
          {rows.length === 0 && !loading && (
            <tr>
              <td colSpan={columns.length} className="data-table-empty">
                {props.emptyText}
              </td>
            </tr>
          )}
        </tbody>
      </table>
      {loading && (
        <div className="data-table-loading" role="status">
          {t('common.loading')}
        </div>
      )}
    </div>
  );
}
