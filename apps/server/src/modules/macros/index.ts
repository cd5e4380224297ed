/** Macros (#19): a reply template, a status change and an assignment applied together, each by its own rules. */
import { MacrosResolver } from './macros.resolver.js';

export const MACRO_RESOLVERS = [MacrosResolver] as const;
