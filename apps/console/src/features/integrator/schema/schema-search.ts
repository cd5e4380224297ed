import type { SchemaModel } from './schema-types';

export interface SearchHit {
  type: string;
  /** The field (or enum value) that matched; null when the type itself did. */
  member: string | null;
  /** Where the words were found. */
  in: 'name' | 'description';
}

function rank(hit: SearchHit, needle: string): number {
  const name = (hit.member ?? hit.type).toLowerCase();
  const byName = hit.in === 'name' ? 0 : 4;
  if (name === needle) return byName + (hit.member ? 1 : 0);
  if (name.startsWith(needle)) return byName + 2;
  return byName + 3;
}

/**
 * Types, fields, arguments and enum values whose name or description contains
 * the words (case-insensitive); names before descriptions, exact names first.
 */
export function searchSchema(model: SchemaModel, query: string, limit = 60): SearchHit[] {
  const needle = query.trim().toLowerCase();
  if (!needle) return [];
  const hits: SearchHit[] = [];
  const matches = (text: string | null) => text !== null && text.toLowerCase().includes(needle);
  for (const type of model.types) {
    if (matches(type.name)) hits.push({ type: type.name, member: null, in: 'name' });
    else if (matches(type.description)) hits.push({ type: type.name, member: null, in: 'description' });
    for (const field of type.fields) {
      if (matches(field.name)) hits.push({ type: type.name, member: field.name, in: 'name' });
      else if (matches(field.description) || field.args.some((arg) => matches(arg.name) || matches(arg.description))) {
        hits.push({ type: type.name, member: field.name, in: 'description' });
      }
    }
    for (const value of type.enumValues) {
      if (matches(value.name)) hits.push({ type: type.name, member: value.name, in: 'name' });
      else if (matches(value.description)) hits.push({ type: type.name, member: value.name, in: 'description' });
    }
  }
  return hits
    .map((hit, index) => ({ hit, index, rank: rank(hit, needle) }))
    .sort((a, b) => a.rank - b.rank || a.index - b.index)
    .slice(0, limit)
    .map(({ hit }) => hit);
}
