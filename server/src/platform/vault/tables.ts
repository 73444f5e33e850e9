// The vault's keys: each a random 32-byte key sealed by the node key (SecretBox), so the database alone never holds a
// usable key. 'data' keys encrypt personal data and rotate ('active' → 'retiring' → 'retired', material erased once
// nothing is sealed under them); 'mac' keys give keyed hashes and stay, so groupings by hash stay stable.
import { sql } from 'drizzle-orm';
import { check, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

export const vaultKeys = pgTable(
  'vault_keys',
  {
    id: uuid('id').primaryKey(),
    purpose: text('purpose').notNull(),
    /** The key sealed by the node SecretBox; null once a retired key is erased. */
    sealed: text('sealed'),
    state: text('state').notNull().default('active'),
    createdAt: ts('created_at').notNull(),
    retiredAt: ts('retired_at'),
  },
  (t) => [
    // One active key per purpose: two processes making the first key at once end with one (ON CONFLICT DO NOTHING).
    uniqueIndex('vault_keys_one_active_idx').on(t.purpose).where(sql`${t.state} = 'active'`),
    check('vault_keys_purpose', sql`${t.purpose} in ('data','mac')`),
    check('vault_keys_state', sql`${t.state} in ('active','retiring','retired')`),
    check('vault_keys_material', sql`${t.sealed} is not null or ${t.state} = 'retired'`),
    check('vault_keys_retired_at', sql`(${t.state} = 'retired') = (${t.retiredAt} is not null)`),
  ],
);
