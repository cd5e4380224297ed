import type { TestProject } from 'vitest/node';
import { startServer } from './server.js';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

/** Starts the real server (embedded SQLite in a fresh directory, demo data seeded) shared by the whole run. */
export default async function setup(project: TestProject) {
  const { baseUrl, stop } = await startServer();
  project.provide('baseUrl', baseUrl);
  return stop;
}
