import type { SupportLevel } from '../types.js';

/** LVL-4: phone extensions shown to customers and agents, by the level they serve. */
export const PHONE_EXTENSIONS: Readonly<Record<SupportLevel, readonly string[]>> = Object.freeze({
  BASIC: Object.freeze(['231', '267', '260', '386', '353', '225', '7728']),
  EXTENDED: Object.freeze(['384', '385', '301', '289']),
});
