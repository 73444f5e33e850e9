// The four-eyes rule every module shares: a supervisor, in person, who neither drafted nor edited the work.
import { describe, expect, it } from 'vitest';
import { ROLES, systemActor, type Actor, type Role } from './context.js';
import { maySecondSign } from './four-eyes.js';

const ME = '00000000-0000-4000-8000-000000000001';
const OTHER = '00000000-0000-4000-8000-000000000002';
const person = (id: string, ...roles: Role[]): Actor => ({ ...systemActor, kind: 'user', id, label: 'someone', roles });

describe('the second person', () => {
  it('is a supervisor who neither drafted nor edited the work', () => {
    expect(maySecondSign(person(ME, 'supervisor'), [OTHER, null])).toBe(true);
    expect(maySecondSign(person(ME, 'supervisor'), [ME, null])).toBe(false);
    expect(maySecondSign(person(ME, 'supervisor'), [OTHER, ME])).toBe(false);
  });

  it.each(ROLES.filter((r) => r !== 'supervisor'))('is never a %s without the supervisor role', (role) => {
    expect(maySecondSign(person(ME, role), [OTHER])).toBe(false);
  });

  it('is a person: not an API token, not the node itself, not someone unknown', () => {
    expect(maySecondSign({ ...person(ME, 'supervisor'), kind: 'token' }, [OTHER])).toBe(false);
    expect(maySecondSign(systemActor, [OTHER])).toBe(false);
    expect(maySecondSign({ ...person(ME, 'supervisor'), id: null }, [OTHER])).toBe(false);
  });
});
