import { z } from 'zod';
import { roles } from '../../shared/auth/roles.ts';

export const loginInput = z.object({
  username: z.string().trim().toLowerCase().min(1).max(40),
  password: z.string().min(1).max(200),
});

export const userInput = z.object({
  username: z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^[a-z0-9._-]{3,40}$/, 'a-z, 0-9, . _ -, 3 to 40'),
  displayName: z.string().trim().min(2).max(120),
  password: z.string().min(10).max(200),
  role: z.enum(roles),
  siteId: z.uuid().nullable().default(null),
  agencyId: z.uuid().nullable().default(null),
  boothId: z.uuid().nullable().default(null),
});

export const userOut = z.object({
  id: z.uuid(),
  username: z.string(),
  displayName: z.string(),
  role: z.enum(roles),
  siteId: z.uuid().nullable(),
  agencyId: z.uuid().nullable(),
  boothId: z.uuid().nullable(),
  active: z.boolean(),
});

export const sessionOut = z.object({ user: userOut, csrfToken: z.string() });

export type UserInput = z.infer<typeof userInput>;

/** The password policy of every password a person sets (creation, change, reset). */
export const newPassword = z.string().min(10).max(200);

export const passwordChangeInput = z.object({
  currentPassword: z.string().min(1).max(200),
  newPassword,
});

export const passwordResetInput = z.object({ newPassword });

export const userParams = z.object({ id: z.uuid() });

/** A file's tracking code or a booking's code, as staff type it (dashes and case do not matter). */
export const codeLockInput = z.object({
  kind: z.enum(['request', 'booking']),
  code: z
    .string()
    .trim()
    .regex(/^[0-9A-Za-z -]{4,20}$/, 'a file or booking code'),
});
