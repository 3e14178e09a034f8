import { z } from 'zod';
import { creditCodeProblem, idNumberProblem, isMobileNumber } from './china-ids.js';

/** Field messages are message keys; the server and the web app word them in the user's language. */
export const idNumberSchema = z
  .string()
  .trim()
  .toUpperCase()
  .superRefine((value, ctx) => {
    const problem = idNumberProblem(value);
    if (problem) ctx.addIssue({ code: 'custom', message: `identity.id_number_${problem}` });
  });

export const creditCodeSchema = z
  .string()
  .trim()
  .toUpperCase()
  .superRefine((value, ctx) => {
    const problem = creditCodeProblem(value);
    if (problem) ctx.addIssue({ code: 'custom', message: `identity.credit_code_${problem}` });
  });

export const mobileSchema = z.string().trim().refine(isMobileNumber, { message: 'identity.mobile_invalid' });

export const newPasswordSchema = z
  .string()
  .min(10, { message: 'identity.password_too_short' })
  .max(128, { message: 'identity.password_too_long' });

/**
 * Letters of any script, with the separators names carry: 欧阳·娜娜, Mary-Jane O'Neil. The empty
 * string passes here so that an empty name is reported once, by the length rule.
 */
const NAME_PATTERN = /^(?:[\p{L}\p{M}][\p{L}\p{M} ·.'-]*)?$/u;

export const personNameSchema = z
  .string()
  .trim()
  .min(2, { message: 'identity.name_invalid' })
  .max(50, { message: 'identity.name_invalid' })
  // A refinement rather than .regex(): the OpenAPI document would carry \p{L}, which needs the u flag.
  .refine((name) => NAME_PATTERN.test(name), { message: 'identity.name_invalid' });

export const enterpriseNameSchema = z
  .string()
  .trim()
  .min(2, { message: 'identity.enterprise_name_invalid' })
  .max(100, { message: 'identity.enterprise_name_invalid' });

/** Staff usernames: lower case, starting with a letter, e.g. cd.gjj.officer. */
export const staffUsernamePattern = /^[a-z][a-z0-9._-]{2,63}$/;

export const citizenRegistrationSchema = z.strictObject({
  realName: personNameSchema,
  idNumber: idNumberSchema,
  mobile: mobileSchema,
  password: newPasswordSchema,
});
export type CitizenRegistration = z.input<typeof citizenRegistrationSchema>;

export const enterpriseRegistrationSchema = z.strictObject({
  enterpriseName: enterpriseNameSchema,
  creditCode: creditCodeSchema,
  legalRepresentative: personNameSchema,
  legalRepresentativeIdNumber: idNumberSchema,
  mobile: mobileSchema,
  password: newPasswordSchema,
});
export type EnterpriseRegistration = z.input<typeof enterpriseRegistrationSchema>;

export const loginSchema = z.strictObject({
  /** 身份证号 or mobile for citizens, credit code for enterprises, username for staff. */
  account: z.string().trim().min(1).max(64),
  password: z.string().min(1).max(128),
});
export type LoginRequest = z.input<typeof loginSchema>;

export const staffRoleSchema = z.enum([
  'window_clerk',
  'case_officer',
  'city_admin',
  'coordination_office',
  'system_admin',
]);

export const roleGrantViewSchema = z.object({
  role: staffRoleSchema,
  cityCode: z.string().nullable(),
  orgId: z.string().nullable(),
  orgName: z.string().nullable(),
});

/** The signed-in account as its owner sees it; other viewers get masked fields. */
export const accountViewSchema = z.object({
  id: z.string(),
  kind: z.enum(['citizen', 'enterprise', 'staff']),
  displayName: z.string(),
  idNumber: z.string().nullable(),
  creditCode: z.string().nullable(),
  legalRepresentative: z.string().nullable(),
  mobile: z.string().nullable(),
  username: z.string().nullable(),
  roles: z.array(roleGrantViewSchema),
});
export type AccountView = z.infer<typeof accountViewSchema>;

export const sessionViewSchema = z.object({
  account: accountViewSchema,
  /** Send back as X-CSRF-Token on every state-changing request. */
  csrfToken: z.string(),
  expiresAt: z.iso.datetime(),
});
export type SessionView = z.infer<typeof sessionViewSchema>;

export const staffCreationSchema = z.strictObject({
  username: z.string().trim().regex(staffUsernamePattern, { message: 'identity.username_invalid' }),
  displayName: personNameSchema,
  mobile: mobileSchema.optional(),
  password: newPasswordSchema,
  roles: z
    .array(
      z.strictObject({
        role: staffRoleSchema,
        cityCode: z
          .string()
          .regex(/^\d{6}$/)
          .nullable(),
        orgId: z.uuid().nullable(),
      }),
    )
    .min(1)
    .max(20),
});
export type StaffCreation = z.input<typeof staffCreationSchema>;
