// A lease names its holder (host, pid, a random part, kernel and pid namespace); a process tells from it, without
// waiting, only that a holder beside it is certainly gone, and takes anything else for alive.
import { hostname } from 'node:os';
import { describe, expect, it } from 'vitest';
import { isGoneHolder, newLeaseOwner } from './lease-owner.js';

const mine = newLeaseOwner();
const scope = mine.split(':').at(-1) ?? '';
const holder = (pid: number, host = hostname(), at = scope) => `${host}:${pid}:0badf00d:${at}`;
const dead = () => false;
const alive = () => true;

describe('lease owners', () => {
  it('name the host, this process and a random part, one per runtime', () => {
    expect(mine).toMatch(new RegExp(`^${hostname()}:${process.pid}:[0-9a-f]{8}:`));
    expect(newLeaseOwner()).not.toBe(mine);
  });

  it('tell a holder beside this process that no longer runs, and only that', () => {
    // Where kernel and pid namespace cannot be read (not Linux), nothing is told: every lease runs out instead.
    const canTell = scope !== '-';
    expect(isGoneHolder(holder(4242), dead)).toBe(canTell);
    expect(isGoneHolder(holder(4242), alive)).toBe(false);
    // Before this process, with its pid (a container's first process, restarted): gone; this process's own: not.
    expect(isGoneHolder(holder(process.pid), alive)).toBe(canTell);
    expect(isGoneHolder(mine, dead)).toBe(false);
  });

  it('take holders they cannot judge for alive: another host, another kernel or pid namespace, an unknown form', () => {
    expect(isGoneHolder(holder(4242, 'another-host.example'), dead)).toBe(false);
    expect(isGoneHolder(holder(4242, hostname(), 'feedfacecafe'), dead)).toBe(false);
    expect(isGoneHolder(holder(4242, hostname(), '-'), dead)).toBe(false);
    expect(isGoneHolder('a-process', dead)).toBe(false);
    expect(isGoneHolder(`${hostname()}:not-a-pid:0badf00d:${scope}`, dead)).toBe(false);
  });
});
