import type { SchemaModel } from './schema-types';

export interface LoadedSchema {
  sdl: string;
  model: SchemaModel;
}

let loading: Promise<LoadedSchema> | null = null;

/**
 * The published SDL (the contract CI keeps current) and graphql-js's
 * buildSchema arrive only when someone opens the reference: neither is in the
 * first load. Parsed once per page load.
 */
export function loadSchema(): Promise<LoadedSchema> {
  loading ??= Promise.all([import('@desk/schema/schema.graphql?raw'), import('./schema-model')])
    .then(([sdl, { modelFromSdl }]) => ({ sdl: sdl.default, model: modelFromSdl(sdl.default) }))
    .catch((error: unknown) => {
      loading = null;
      throw error;
    });
  return loading;
}
