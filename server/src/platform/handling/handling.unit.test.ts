// The handling policy as pure rules: who sees TLP:RED, what a reader may read, which handlings are audited on read or
// kept from machine translation, the stricter of two, and use restrictions kept as a set.
import { sql } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import { describe, expect, it } from 'vitest';
import { ROLES, systemActor, type Actor, type Role } from '../context.js';
import { HANDLINGS, isMachineRestricted, isSensitive, mayRead, readableHandling, seesRed, stricter, zHandling, zUseRestrictions } from './index.js';

const person = (...roles: Role[]): Actor => ({ ...systemActor, kind: 'user', id: '00000000-0000-4000-8000-000000000001', label: 'someone', roles });
const token = (...roles: Role[]): Actor => ({ ...person(...roles), kind: 'token' });
const anonymous: Actor = { ...person(), kind: 'anonymous', id: null };

// Every role, or the compiler refuses the table: a new role must be placed on one side or the other.
const SEES_RED: Record<Role, boolean> = { viewer: false, secretariat: false, officer: true, supervisor: true, admin: true, auditor: true };

describe('who sees TLP:RED', () => {
  it.each(ROLES)('a %s, in person or by token, as the table says', (role) => {
    expect([seesRed(person(role)), seesRed(token(role))]).toEqual([SEES_RED[role], SEES_RED[role]]);
  });

  it('the node itself sees everything; nobody signed in, nothing; one role that sees is enough', () => {
    expect(seesRed(systemActor)).toBe(true);
    expect(seesRed(anonymous)).toBe(false);
    expect(seesRed(person('viewer', 'officer'))).toBe(true);
  });
});

describe('mayRead', () => {
  it('lets a viewer read everything short of TLP:RED', () => {
    expect(HANDLINGS.filter((h) => mayRead(person('viewer'), h))).toEqual(['TLP:CLEAR', 'TLP:GREEN', 'TLP:AMBER', 'TLP:AMBER+STRICT']);
  });

  it('lets an officer, an auditor and the node read TLP:RED too', () => {
    for (const actor of [person('officer'), person('auditor'), systemActor]) expect(HANDLINGS.every((h) => mayRead(actor, h))).toBe(true);
  });
});

describe('readableHandling', () => {
  const render = (actor: Actor) => new PgDialect().sqlToQuery(readableHandling(actor, sql.raw('"handling"')));

  it('leaves TLP:RED rows out for those who may not see them, and nothing out for those who may', () => {
    expect(render(person('viewer')).sql).toBe(`"handling" <> 'TLP:RED'`);
    expect(render(person('officer')).sql).toBe('true');
  });
});

describe('handlings', () => {
  it('audits reads of AMBER, AMBER+STRICT and RED, not of CLEAR or GREEN', () => {
    expect(HANDLINGS.filter(isSensitive)).toEqual(['TLP:AMBER', 'TLP:AMBER+STRICT', 'TLP:RED']);
  });

  it('keeps AMBER+STRICT and RED text from machine translation', () => {
    expect(HANDLINGS.filter(isMachineRestricted)).toEqual(['TLP:AMBER+STRICT', 'TLP:RED']);
  });

  it('treats a code it does not know as neither sensitive nor restricted (the edge refuses it: zHandling)', () => {
    expect([isSensitive('TLP:WHITE'), isMachineRestricted('tlp:red')]).toEqual([false, false]);
    expect(zHandling.safeParse('TLP:WHITE').success).toBe(false);
    expect(zHandling.safeParse('TLP:AMBER+STRICT').success).toBe(true);
  });

  it('takes the stricter of two, whichever way round', () => {
    expect(stricter('TLP:GREEN', 'TLP:AMBER')).toBe('TLP:AMBER');
    expect(stricter('TLP:RED', 'TLP:AMBER+STRICT')).toBe('TLP:RED');
    expect(stricter('TLP:AMBER+STRICT', 'TLP:AMBER')).toBe('TLP:AMBER+STRICT');
    expect(stricter('TLP:CLEAR', 'TLP:CLEAR')).toBe('TLP:CLEAR');
    for (const a of HANDLINGS) for (const b of HANDLINGS) expect(stricter(a, b)).toBe(stricter(b, a));
  });
});

describe('use restrictions', () => {
  it('keeps each once, in a stable order, and none when none are given', () => {
    expect(zUseRestrictions.parse(['no-onward-dissemination', 'crime-prevention-only', 'no-onward-dissemination'])).toEqual(['crime-prevention-only', 'no-onward-dissemination']);
    expect(zUseRestrictions.parse(undefined)).toEqual([]);
  });

  it('refuses a restriction it does not know, and more entries than there are restrictions', () => {
    expect(zUseRestrictions.safeParse(['for-court']).success).toBe(false);
    expect(zUseRestrictions.safeParse(['crime-prevention-only', 'crime-prevention-only', 'crime-prevention-only', 'crime-prevention-only']).success).toBe(false);
  });
});
