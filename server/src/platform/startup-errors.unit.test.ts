// Start-up failures said in one line; the process tests (startup.process.test.ts) show them end to end.
import { describe, expect, it } from 'vitest';
import { databaseError, dataDirError, describeDatabase, listenError, StartupError } from './startup-errors.js';

const coded = (message: string, props: Record<string, unknown>) => Object.assign(new Error(message), props);
const URL_ = 'postgres://counterpart:s3cret@db.example.org:6432/counterpart_us';

describe('start-up errors', () => {
  it('names a PostgreSQL database without its user or password', () => {
    expect(describeDatabase(URL_)).toBe('"counterpart_us" on db.example.org:6432');
    expect(describeDatabase('postgres://localhost/x')).toBe('"x" on localhost:5432');
  });

  it.each([
    [coded('database "counterpart_us" does not exist', { code: '3D000' }), 'the database does not exist; create it (createdb) or correct DATABASE_URL'],
    [coded('password authentication failed for user "counterpart"', { code: '28P01' }), 'password authentication failed for user "counterpart"; correct the user or password in DATABASE_URL'],
    [coded('connect ECONNREFUSED 10.0.0.5:6432', { code: 'ECONNREFUSED' }), 'connection refused (ECONNREFUSED): is PostgreSQL running and listening on db.example.org:6432?'],
    [coded('getaddrinfo ENOTFOUND db.example.org', { code: 'ENOTFOUND' }), 'the host name is not known (ENOTFOUND); correct DATABASE_URL'],
    [new Error('Connection terminated due to connection timeout'), 'no answer from db.example.org:6432 in time; check the network and that PostgreSQL is up'],
    [coded('the database system is starting up', { code: '57P03' }), 'the database system is starting up (57P03); try again when it is up'],
  ])('says why PostgreSQL cannot be used: %s', (err, cause) => {
    const said = databaseError(URL_, err);
    expect(said).toBeInstanceOf(StartupError);
    expect((said as Error).message).toBe(`cannot use the PostgreSQL database "counterpart_us" on db.example.org:6432: ${cause}`);
    expect((said as Error).message).not.toContain('s3cret');
  });

  it('leaves other errors as they are: a failing migration is a bug to report with its stack', () => {
    const bug = coded('relation "x" does not exist', { code: '42P01' });
    expect(databaseError(URL_, bug)).toBe(bug);
    expect(dataDirError('/data', new TypeError('x is not a function'))).toBeInstanceOf(TypeError);
    expect(listenError('127.0.0.1', 8080, new Error('other'))).toBeInstanceOf(Error);
  });

  it('says a data folder is full, or in the way, in one line', () => {
    const full = dataDirError('/data', coded('ENOSPC: no space left on device, write', { code: 'ENOSPC', syscall: 'write', path: '/data/node-secret.key' }));
    expect((full as Error).message).toBe('cannot use the data folder /data: no space left on the device (ENOSPC write /data/node-secret.key); free some space');
    const inTheWay = dataDirError('/data', coded('ENOTDIR', { code: 'ENOTDIR', syscall: 'mkdir', path: '/data' }));
    expect((inTheWay as Error).message).toBe('cannot use the data folder /data: part of the path is not a folder (ENOTDIR mkdir /data); check the folder, or set COUNTERPART_DATA_DIR to another one');
  });

  it('says a port is taken or privileged', () => {
    expect((listenError('0.0.0.0', 80, coded('listen EACCES', { code: 'EACCES' })) as Error).message).toBe('cannot listen on 0.0.0.0:80: permission denied (EACCES); ports below 1024 need privileges, set PORT to 1024 or above');
  });
});
