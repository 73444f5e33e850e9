// Which errors mean "the database is away" (503 database-unavailable with Retry-After) and which do not.
import { DrizzleQueryError } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { databaseUnavailable, isDatabaseUnavailable } from './db-errors.js';
import { toAppError } from './problem.js';

const coded = (message: string, code: string) => Object.assign(new Error(message), { code });
const failedQuery = (cause: unknown) => new DrizzleQueryError('select 1 from sessions where token_hash = $1', ['0123abcd'], cause as Error);

describe('database-unavailable errors', () => {
  it.each([
    ['a killed connection (admin_shutdown)', coded('terminating connection due to administrator command', '57P01')],
    ['a crashed server (crash_shutdown)', coded('terminating connection because of crash of another server process', '57P02')],
    ['a server starting or stopping (cannot_connect_now)', coded('the database system is starting up', '57P03')],
    ['too many connections', coded('sorry, too many clients already', '53300')],
    ['a connection exception (class 08)', coded('connection failure', '08006')],
    ['connection refused', coded('connect ECONNREFUSED 127.0.0.1:5432', 'ECONNREFUSED')],
    ['connection reset', coded('read ECONNRESET', 'ECONNRESET')],
    ['a host name that does not resolve (a failover moving DNS)', coded('getaddrinfo ENOTFOUND db.internal', 'ENOTFOUND')],
    ['node-postgres losing the socket', new Error('Connection terminated unexpectedly')],
    ['node-postgres giving up connecting', new Error('Connection terminated due to connection timeout')],
    ['a client already broken', new Error('Client has encountered a connection error and is not queryable')],
    ['pg-pool waiting too long for a connection', new Error('timeout exceeded when trying to connect')],
    ['any of them wrapped by drizzle', failedQuery(coded('terminating connection due to administrator command', '57P01'))],
    ['both addresses of localhost refusing', new AggregateError([coded('connect ECONNREFUSED ::1:5432', 'ECONNREFUSED'), coded('connect ECONNREFUSED 127.0.0.1:5432', 'ECONNREFUSED')], 'connect failed')],
  ])('%s is a 503 with Retry-After', (_, err) => {
    expect(isDatabaseUnavailable(err)).toBe(true);
    const found = toAppError(err);
    expect(found).toMatchObject({ status: 503, type: 'database-unavailable', title: 'Database unavailable', headers: { 'retry-after': '5' } });
    expect(found?.message).not.toContain('0123abcd');
  });

  it.each([
    ['a query error', failedQuery(coded('syntax error at or near "form"', '42601'))],
    ['a unique violation', failedQuery(coded('duplicate key value violates unique constraint', '23505'))],
    ['a serialization failure', failedQuery(coded('could not serialize access', '40001'))],
    ['a peer refusing an HTTP connection (fetch)', Object.assign(new TypeError('fetch failed'), { cause: coded('connect ECONNREFUSED 10.0.0.2:443', 'ECONNREFUSED') })],
    ['a plain bug', new TypeError("Cannot read properties of undefined (reading 'id')")],
    ['not an error at all', 'Connection terminated'],
  ])('%s is not', (_, err) => {
    expect(isDatabaseUnavailable(err)).toBe(false);
    expect(databaseUnavailable(err)).toBeNull();
  });
});
