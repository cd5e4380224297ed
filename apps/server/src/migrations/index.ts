import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261124000000_initial } from './Migration20261124000000_initial.js';

/** Listed explicitly so the compiled server needs no file discovery at run time. */
export const MIGRATIONS: MigrationObject[] = [
  { name: 'Migration20261124000000_initial', class: Migration20261124000000_initial },
];
