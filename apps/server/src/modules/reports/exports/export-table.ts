/** One sheet of an export: what CSV and XLSX both write, so the two files always say the same. */
export interface ExportTable {
  /** The sheet's name (XLSX) and the file's stem. */
  readonly title: string;
  readonly columns: readonly ExportColumn[];
  readonly rows: readonly (readonly ExportCell[])[];
}

export interface ExportColumn {
  readonly header: string;
  /** RATE: a share 0..1, shown as a percentage; TEXT and COUNT as they are. */
  readonly kind: 'TEXT' | 'COUNT' | 'RATE';
}

export type ExportCell = string | number | null;
