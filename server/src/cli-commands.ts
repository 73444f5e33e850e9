// The CLI's one-shot commands. Each opens the node's database (taking the PGlite lock), does one thing, closes.
import { randomBytes } from 'node:crypto';
import type { Config } from './config.js';
import { verifyAuditChain } from './platform/audit/index.js';
import { systemActor, ROLES, type Ctx, type Role } from './platform/context.js';
import { rotateDataKey } from './platform/vault/index.js';
import type { z } from 'zod';
import { createToken, CreateTokenSchema, createUser, CreateUserSchema } from './modules/accounts/index.js';
import { directoryRepo, listAgencies } from './modules/directory/index.js';
import { openNode, seedIfEmpty, type OpenNode } from './node.js';

export type Values = Record<string, string | boolean | string[] | undefined>;

export function valid<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  throw new Error(parsed.error.issues.map((i) => `${i.path.join('.') || 'input'}: ${i.message}`).join('\n'));
}

export async function withNode<T>(config: Config, work: (node: OpenNode) => Promise<T>): Promise<T> {
  const node = await openNode(config);
  try {
    return await work(node);
  } finally {
    await node.database.close();
  }
}

export const ctxOf = (node: OpenNode, actor = systemActor): Ctx => ({ db: node.database.db, clock: node.clock, config: node.config, box: node.box, vault: node.vault, actor, requestId: 'cli' });

function roles(values: Values): Role[] {
  const given = (values.role as string[] | undefined) ?? [];
  const bad = given.filter((r) => !(ROLES as readonly string[]).includes(r));
  if (bad.length || given.length === 0) throw new Error(`--role must be one or more of ${ROLES.join(', ')}${bad.length ? ` (not ${bad.join(', ')})` : ''}`);
  return given as Role[];
}

async function agencyId(ctx: Ctx, acronym: string | undefined): Promise<string | undefined> {
  if (!acronym) return undefined;
  const match = (await listAgencies(ctx, {})).find((a) => a.acronym.toLowerCase() === acronym.toLowerCase());
  if (!match) throw new Error(`no agency with the acronym ${acronym}`);
  return match.id;
}

export const migrateCmd = (config: Config) =>
  withNode(config, async () => {
    console.log('migrations applied');
    return 0;
  });

export const seedCmd = (config: Config, demo: boolean) =>
  withNode({ ...config, seedDemo: demo }, async (node) => {
    const result = await seedIfEmpty(node);
    console.log(result.seeded === 'none' ? 'the database already has data; nothing seeded' : `seeded: ${result.seeded}`);
    return 0;
  });

export const createUserCmd = (config: Config, values: Values) =>
  withNode(config, async (node) => {
    const ctx = ctxOf(node);
    const id = await agencyId(ctx, values.agency as string | undefined);
    if (!id || !values.username || !values.name) throw new Error('user create needs --username, --name and --agency');
    const generated = !values.password;
    const password = (values.password as string | undefined) ?? randomBytes(12).toString('base64url');
    const party = await directoryRepo.getParty(ctx.db, config.party);
    // The same schema as the API, so the CLI cannot create what the API would refuse.
    const input = valid(CreateUserSchema, {
      username: values.username,
      displayName: values.name,
      agencyId: id,
      roles: roles(values),
      locale: values.locale ?? 'en',
      timeZone: values['time-zone'] ?? party?.timeZone ?? 'UTC',
      password,
    });
    const user = await createUser(ctx, input);
    console.log(`created user ${user.username} (${user.roles.join(', ')})${generated ? `\npassword (shown once): ${password}` : ''}`);
    return 0;
  });

export const createTokenCmd = (config: Config, values: Values) =>
  withNode(config, async (node) => {
    const admin = values.as ? await directoryRepo.getUserByUsername(node.database.db, values.as as string) : undefined;
    if (!admin?.roles.includes('admin')) throw new Error('token create needs --as <username of an administrator>');
    const actor = { ...systemActor, kind: 'user' as const, id: admin.id, label: admin.username, roles: admin.roles as Role[], agencyId: admin.agencyId };
    const ctx = ctxOf(node, actor);
    const [role] = roles(values);
    if (!values.name || !role) throw new Error('token create needs --name and --role');
    const expires = values.expires as string | undefined;
    const expiresAt = expires === undefined ? undefined : new Date(expires);
    if (expiresAt && Number.isNaN(expiresAt.getTime())) throw new Error(`--expires ${expires} is not a date (use e.g. 2027-01-31)`);
    const input = valid(CreateTokenSchema, { name: values.name, role, agencyId: await agencyId(ctx, values.agency as string | undefined), expiresAt: expiresAt?.toISOString() });
    const { token, secret } = await createToken(ctx, input);
    console.log(`created API token ${token.name} (${token.role})\nsecret (shown once): ${secret}`);
    return 0;
  });

export const auditVerify = (config: Config) =>
  withNode(config, async (node) => {
    const report = await verifyAuditChain(node.database.db);
    if (report.ok) {
      console.log(`audit chain intact: ${report.checked} rows, head ${report.headHash}`);
      return 0;
    }
    console.error(`audit chain BROKEN at row ${report.brokenAt}: ${report.reason} (${report.checked} rows before it verified)`);
    return 1;
  });

/** A new data key for personal data; the running node's `vault.reseal` job moves every value onto it, then drops the old key's material from its row. */
export const vaultRotateCmd = (config: Config) =>
  withNode(config, async (node) => {
    const { fromKeyId, toKeyId } = await rotateDataKey(node.database.db, node.box, node.clock.now());
    console.log(fromKeyId ? `new data key ${toKeyId}; values under ${fromKeyId} are re-sealed by the running node, then its material is dropped from the table (earlier backups still hold it, wrapped by the node key)` : `first data key ${toKeyId}; nothing to re-seal`);
    return 0;
  });
