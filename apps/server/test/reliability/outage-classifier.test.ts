import { describe, expect, it } from 'vitest';
import { ServiceUnavailable } from '../../src/common/errors.js';
import { asServiceUnavailable, isOutage } from '../../src/infra/outage/outage.js';

const withCode = (code: string, message = 'x') => Object.assign(new Error(message), { code });

describe('#16: which failures are outages a client may retry', () => {
  it.each([
    ['57P01 admin shutdown (pg_terminate_backend)', withCode('57P01')],
    ['57P02 crash shutdown', withCode('57P02')],
    ['57P03 the database system is starting up', withCode('57P03')],
    ['08006 connection failure', withCode('08006')],
    ['ECONNREFUSED', withCode('ECONNREFUSED')],
    ['ECONNRESET', withCode('ECONNRESET')],
    ['SQLite busy past busy_timeout', withCode('SQLITE_BUSY')],
    ["pg's lost socket", new Error('Connection terminated unexpectedly')],
    ["knex's pool", new Error('Knex: Timeout acquiring a connection. The pool is probably full.')],
    ['a database refusing connections', withCode('55000', 'database "d" is not currently accepting connections')],
    ["ioredis without a connection", new Error("Stream isn't writeable and enableOfflineQueue options is false")],
    ['one wrapped as cause', new Error('query failed', { cause: withCode('57P01') })],
    ['one wrapped as a GraphQL originalError', Object.assign(new Error('Context creation failed'), { originalError: withCode('ECONNREFUSED') })],
  ])('%s is an outage', (_name, error) => {
    expect(isOutage(error)).toBe(true);
    expect(asServiceUnavailable(error)).toBeInstanceOf(ServiceUnavailable);
  });

  it.each([
    ['a unique violation', withCode('23505')],
    ['a syntax error', withCode('42601')],
    ['55000 for another reason', withCode('55000', 'cannot execute in a read-only transaction')],
    ['a bug', new TypeError('cannot read properties of undefined')],
    ['not an error at all', 'oops'],
  ])('%s is not', (_name, error) => {
    expect(isOutage(error)).toBe(false);
    expect(asServiceUnavailable(error)).toBe(error);
  });

  it('a refusal carries its Retry-After in extensions', () => {
    const error = asServiceUnavailable(withCode('57P01')) as ServiceUnavailable;
    expect(error.code).toBe('SERVICE_UNAVAILABLE');
    expect(error.httpStatus).toBe(503);
    expect(error.extensions.retryAfterSeconds).toBeGreaterThan(0);
  });
});
