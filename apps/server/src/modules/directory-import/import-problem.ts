import { registerEnumType } from 'type-graphql';

/** Why a row of an import cannot be applied; with any of them nothing is written. */
export enum ImportProblemCode {
  MALFORMED_CSV = 'MALFORMED_CSV',
  TOO_MANY_ROWS = 'TOO_MANY_ROWS',
  MISSING_COLUMN = 'MISSING_COLUMN',
  UNKNOWN_COLUMN = 'UNKNOWN_COLUMN',
  REQUIRED = 'REQUIRED',
  INVALID_VALUE = 'INVALID_VALUE',
  UNKNOWN_PRODUCT = 'UNKNOWN_PRODUCT',
  NOT_A_CUSTOMER = 'NOT_A_CUSTOMER',
  IDENTIFIER_TAKEN = 'IDENTIFIER_TAKEN',
  CONFLICTING_ROWS = 'CONFLICTING_ROWS',
}
registerEnumType(ImportProblemCode, { name: 'ImportProblemCode', description: 'Why a row of a directory import cannot be applied' });

/** One problem of one row: the line of the file, the column (null for the whole row or file) and what is wrong. */
export interface ImportProblem {
  readonly line: number;
  readonly column: string | null;
  readonly code: ImportProblemCode;
  readonly message: string;
}
