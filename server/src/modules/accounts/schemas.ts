// Wire shapes for sign-in, the signed-in user's own account, user administration and API tokens.
import { z } from 'zod';
import { ROLES } from '../../platform/context.js';
import { zId, zLocale, zName, zPage, zQueryBool, zTimeZone } from '../../platform/validation.js';
import { zChineseRendering } from '../../platform/names.js';

const zRole = z.enum(ROLES);
const zPassword = z.string().min(1, 'must not be empty').max(256, 'must be at most 256 characters');
const zNewPassword = z.string().min(12, 'must be at least 12 characters').max(256, 'must be at most 256 characters');
const zUsername = z
  .string()
  .trim()
  .min(3, 'must be at least 3 characters')
  .max(64, 'must be at most 64 characters')
  .regex(/^[a-zA-Z0-9._-]+$/, 'letters, digits, dot, dash and underscore only');
const zEmail = z.email('must be an email address').max(254);

export const Login = z.strictObject({
  username: z.string().trim().min(1, 'must not be empty').max(64),
  password: zPassword,
  totpCode: z.string().trim().regex(/^\d{6}$/, 'must be the 6 digits your authenticator app shows').optional(),
  recoveryCode: z.string().trim().min(8).max(32).optional(),
});
export type Login = z.infer<typeof Login>;

export const Me = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  displayNameZh: z.string().nullable(),
  email: z.string().nullable(),
  roles: z.array(zRole),
  locale: zLocale,
  timeZone: z.string(),
  totpEnabled: z.boolean(),
  mfaRequired: z.boolean(),
  agency: z.object({ id: z.string(), acronym: z.string(), nameEn: z.string(), nameZh: z.string(), partyCode: z.string() }),
});
export type Me = z.infer<typeof Me>;

export const SessionInfo = z.object({ user: Me, csrfToken: z.string() });

export const UpdateMe = z.strictObject({ displayName: zName(120), displayNameZh: zChineseRendering(120).nullable(), locale: zLocale, timeZone: zTimeZone }).partial();
export const ChangePassword = z.strictObject({ currentPassword: zPassword, newPassword: zNewPassword });
export const TotpEnrolment = z.object({ secret: z.string(), otpauthUri: z.string(), qrDataUrl: z.string() });
// `password` is needed only to replace an authenticator that is already enabled.
export const TotpConfirmation = z.strictObject({ code: z.string().trim().regex(/^\d{6}$/, 'must be 6 digits'), password: zPassword.optional() });
export const RecoveryCodes = z.object({ recoveryCodes: z.array(z.string()) });
export const DisableTotp = z.strictObject({ password: zPassword });

export const User = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  displayNameZh: z.string().nullable(),
  email: z.string().nullable(),
  agencyId: z.string(),
  roles: z.array(zRole),
  locale: zLocale,
  timeZone: z.string(),
  isActive: z.boolean(),
  totpEnabled: z.boolean(),
  lockedUntil: z.date().nullable(),
  lastLoginAt: z.date().nullable(),
  createdAt: z.date(),
});
export type User = z.infer<typeof User>;

export const CreateUser = z.strictObject({
  username: zUsername,
  displayName: zName(120),
  // A Chinese rendering of a name not written in Chinese, entered by a person (issue #14); Chinese readers see it first.
  displayNameZh: zChineseRendering(120).optional(),
  email: zEmail.optional(),
  agencyId: zId,
  roles: z.array(zRole).min(1, 'give at least one role').max(ROLES.length),
  locale: zLocale.default('en'),
  timeZone: zTimeZone,
  password: zNewPassword,
});
export type CreateUser = z.infer<typeof CreateUser>;

export const UpdateUser = z
  .strictObject({
    displayName: zName(120),
    displayNameZh: zChineseRendering(120).nullable(),
    email: zEmail.nullable(),
    agencyId: zId,
    roles: z.array(zRole).min(1, 'give at least one role').max(ROLES.length),
    locale: zLocale,
    timeZone: zTimeZone,
    isActive: z.boolean(),
  })
  .partial();
export type UpdateUser = z.infer<typeof UpdateUser>;

export const ResetPassword = z.strictObject({ password: zNewPassword });

export const UserQuery = z.strictObject({
  q: z.string().trim().max(100).optional(),
  agencyId: zId.optional(),
  role: zRole.optional(),
  includeInactive: zQueryBool.optional(),
  ...zPage,
});

export const Token = z.object({
  id: z.string(),
  name: z.string(),
  prefix: z.string(),
  role: zRole,
  agencyId: z.string(),
  createdBy: z.string(),
  createdAt: z.date(),
  expiresAt: z.date().nullable(),
  lastUsedAt: z.date().nullable(),
  revokedAt: z.date().nullable(),
});
export type Token = z.infer<typeof Token>;

export const CreateToken = z.strictObject({
  name: zName(100),
  role: zRole,
  agencyId: zId.optional(),
  expiresAt: z.iso.datetime({ offset: true, message: 'must be an ISO 8601 date-time' }).optional(),
});
export type CreateToken = z.infer<typeof CreateToken>;
