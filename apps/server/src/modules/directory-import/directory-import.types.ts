import { Field, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { CsvEncoding } from './csv-decoding.js';
import { ImportProblemCode } from './import-problem.js';

/** Enough to fix a file by; a file of 10 000 broken rows would otherwise be a report of megabytes. */
export const MAX_REPORTED_PROBLEMS = 1000;

@InputType({ description: 'A CSV file of organizations, contracts and contacts to onboard (#12; README, "Bulk onboarding")' })
export class DirectoryImportInput {
  @Field({ description: 'The name of the file, for the report and the audit log' })
  fileName!: string;

  @Field({ description: "The file's bytes in base64, gzipped or not: UTF-8 (with or without BOM) or Windows-1251, `;` or `,` between cells" })
  content!: string;

  @Field({ description: 'true: only check and count, write nothing' })
  dryRun!: boolean;

  @Field(() => String, { nullable: true, description: 'An id the caller chooses (letters, digits, - and _) to follow the run with directoryImportProgress' })
  importId?: string | null;
}

@ObjectType({ description: 'How many records of one kind an import creates, changes or finds as the file says' })
export class ImportCounts {
  @Field(() => Int)
  created!: number;

  @Field(() => Int)
  updated!: number;

  @Field(() => Int)
  unchanged!: number;
}

@ObjectType({ description: 'Why one row (or the header, line 1) of an import cannot be applied' })
export class ImportRowProblem {
  @Field(() => Int, { description: 'The line of the file the row starts on; the header is line 1' })
  line!: number;

  @Field(() => String, { nullable: true, description: 'The column, as named in the header; null for the whole row or file' })
  column!: string | null;

  @Field(() => ImportProblemCode)
  code!: ImportProblemCode;

  @Field()
  message!: string;
}

@ObjectType({ description: 'What an import did, or (dry run, or problems found) would do' })
export class DirectoryImportReport {
  @Field()
  fileName!: string;

  @Field()
  dryRun!: boolean;

  @Field({ description: 'true when the changes were written; an import with any problem writes nothing' })
  applied!: boolean;

  @Field(() => CsvEncoding)
  encoding!: CsvEncoding;

  @Field(() => String, { nullable: true, description: '";" or ","; null when the file could not be read' })
  delimiter!: string | null;

  @Field(() => Int, { description: 'Rows after the header' })
  rowsRead!: number;

  @Field(() => ImportCounts)
  organizations!: ImportCounts;

  @Field(() => ImportCounts)
  contracts!: ImportCounts;

  @Field(() => ImportCounts)
  contacts!: ImportCounts;

  @Field(() => [ImportRowProblem], { description: `The first ${MAX_REPORTED_PROBLEMS} problems, by line` })
  problems!: ImportRowProblem[];

  @Field(() => Int, { description: 'All problems found' })
  problemCount!: number;
}

export enum DirectoryImportPhase { READING = 'READING', CHECKING = 'CHECKING', WRITING = 'WRITING', DONE = 'DONE' }
registerEnumType(DirectoryImportPhase, { name: 'DirectoryImportPhase', description: 'Where a directory import is: reading the file, checking it against the directory, writing, done' });

@ObjectType({ description: "A step of an admin's directory import (#12)" })
export class DirectoryImportProgress {
  @Field()
  importId!: string;

  @Field(() => DirectoryImportPhase)
  phase!: DirectoryImportPhase;

  @Field(() => Int, { description: 'Records written so far (WRITING), else rows' })
  done!: number;

  @Field(() => Int)
  total!: number;
}
