import type { RouteLocationRaw } from 'vue-router';

/** A type (and one of its fields) in the reference: an address of its own, so Back and shared links work. */
export function typeLink(type: string, field?: string | null): RouteLocationRaw {
  return { name: 'developers', query: { tab: 'schema', type, ...(field ? { field } : {}) } };
}
