import type ru from './ru';

/** Bulk onboarding (#12) in English (LVL-5). */
const en: typeof ru = {
  directoryImport: {
    nav: 'Import from CSV',
    title: 'Import organizations, contracts and contacts',
    intro: 'A CSV file (UTF-8 or Windows-1251, separated by ";" or ","): one row is an organization with a contract, a contact or both. Check it first: the check writes nothing.',
    sample: 'The format and a sample: README, "Bulk onboarding", and docs/import-sample.csv.',
    file: 'CSV file',
    check: 'Check',
    apply: 'Import',
    checking: 'Checking…',
    encoding: 'Encoding',
    encodings: { UTF_8: 'UTF-8', UTF_8_BOM: 'UTF-8 with BOM', WINDOWS_1251: 'Windows-1251' },
    delimiter: 'Separator',
    rows: 'Rows',
    kind: 'What',
    created: 'New',
    updated: 'Changed',
    unchanged: 'Unchanged',
    organizations: 'Organizations',
    contracts: 'Contracts',
    contacts: 'Contacts',
    problems: 'Problems in the file: {count}. Nothing is written while there are any.',
    problemsShown: 'The first {shown} are shown.',
    line: 'Line',
    column: 'Column',
    code: 'Code',
    message: 'What is wrong',
    dryRunOk: 'No problems. Check the summary and import.',
    phases: { READING: 'Reading the file', CHECKING: 'Checking against the directory', WRITING: 'Writing', DONE: 'Done' },
    applied: 'Imported: {file}.',
    nothingToDo: 'Everything is already as the file says: nothing changed.',
    notApplied: 'Nothing written: the file has problems.',
  },
};

export default en;
