import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.js';

/** What docker-compose.yml fell back to before #15. */
const COMPOSE_PLACEHOLDER_SECRET = 'change-me-to-a-long-random-secret-of-32-chars';

const production = (secret?: string) => () =>
  loadConfig({ NODE_ENV: 'production', DATABASE_URL: 'postgres://desk@127.0.0.1:5432/desk', ...(secret === undefined ? {} : { JWT_SECRET: secret }) });

/** #15 finding 6: a guessable signing key would make anyone an admin; production refuses to start with one. */
describe('JWT_SECRET in production', () => {
  it.each([
    ['unset', undefined],
    ["the old docker-compose fallback", COMPOSE_PLACEHOLDER_SECRET],
    ['the development value', loadConfig({ NODE_ENV: 'development' }).jwtSecret],
    ['a placeholder of any spelling', 'please-CHANGEME-before-going-live-0123456789'],
    ['one character repeated', 'a'.repeat(64)],
    ['two characters alternating', 'ab'.repeat(32)],
    ['too short', randomBytes(12).toString('base64')],
  ])('%s is refused at start', (_label, secret) => {
    expect(production(secret)).toThrow(ConfigError);
    expect(production(secret)).toThrow(/JWT_SECRET/);
  });

  it('a random secret starts', () => {
    expect(production(randomBytes(48).toString('base64'))().jwtSecret).toHaveLength(64);
    expect(production(randomBytes(32).toString('hex'))().production).toBe(true);
  });

  it('outside production the development value still serves a fresh checkout', () => {
    expect(loadConfig({ NODE_ENV: 'development' }).jwtSecret.length).toBeGreaterThanOrEqual(32);
  });

  it('docker-compose.yml gives JWT_SECRET no usable default: compose refuses to start without it', () => {
    const compose = readFileSync(new URL('../../../../docker-compose.yml', import.meta.url), 'utf8');
    const line = compose.split('\n').find((l) => /^\s*JWT_SECRET:/.test(l));
    expect(line).toMatch(/\$\{JWT_SECRET:\?/);
    expect(compose).not.toContain(COMPOSE_PLACEHOLDER_SECRET);
  });
});
