/** Organizations, their contacts and contracts as the directory shows them (ID-1, ID-2, LVL-1). */
import { DirectoryResolver } from './directory.resolver.js';

export const ORGANIZATION_RESOLVERS = [DirectoryResolver] as const;
