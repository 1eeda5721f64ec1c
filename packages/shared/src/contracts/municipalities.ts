import { z } from 'zod';
import { licenceTypes } from '../domain/roles.ts';
import { ZDisplayName, ZEmail, ZId, ZIsoDateTime } from './common.ts';
import { ZLicenceNumber } from './staff.ts';

/** 全国地方公共団体コード: five digits plus a check digit. */
export const ZLocalGovernmentCode = z.string().regex(/^\d{6}$/, 'six digits');

export const ZMunicipality = z.object({
  id: ZId,
  code: z.string(),
  name: z.string(),
  prefecture: z.string(),
  consortiumName: z.string().nullable(),
  createdAt: ZIsoDateTime,
});
export type TMunicipality = z.infer<typeof ZMunicipality>;

export const ZMunicipalitySummary = ZMunicipality.extend({
  organizations: z.number().int().nonnegative(),
  enrolledPeople: z.number().int().nonnegative(),
});
export const ZMunicipalityList = z.object({ items: z.array(ZMunicipalitySummary) });

const ZJapaneseName = z.string().trim().min(1).max(40);

export const ZCreateMunicipalityRequest = z.object({
  code: ZLocalGovernmentCode,
  name: ZJapaneseName,
  prefecture: ZJapaneseName,
  consortiumName: z.string().trim().min(1).max(80).nullable().optional(),
  firstCityStaff: z.object({ email: ZEmail, displayName: ZDisplayName }),
  /** The network admin checks the first supervisor's licence before creating the account. */
  firstSupervisor: z.object({
    email: ZEmail,
    displayName: ZDisplayName,
    licenceType: z.enum(licenceTypes),
    licenceNumber: ZLicenceNumber,
  }),
});

/** A number a municipality publishes for its residents, with when it answers. */
export const ZPublicContact = z.object({
  label: z.string().trim().min(1).max(60),
  phone: z
    .string()
    .trim()
    .regex(/^\d[\d-]{1,14}\d$/, 'digits and hyphens'),
  hours: z.string().trim().min(1).max(60).nullable(),
});
export type TPublicContact = z.infer<typeof ZPublicContact>;

/** What anyone may read about a municipality: its name and the numbers it publishes. */
export const ZPublicMunicipality = z.object({
  code: z.string(),
  name: z.string(),
  prefecture: z.string(),
  consortiumName: z.string().nullable(),
  contacts: z.array(ZPublicContact),
});
export type TPublicMunicipality = z.infer<typeof ZPublicMunicipality>;

export const ZPublicMunicipalityList = z.object({
  items: z.array(ZPublicMunicipality.pick({ code: true, name: true, prefecture: true })),
});
export type TPublicMunicipalityList = z.infer<typeof ZPublicMunicipalityList>;

/** City staff replace their municipality's published numbers as a whole list. */
export const ZUpdatePublicContactsRequest = z.object({
  contacts: z.array(ZPublicContact).max(10),
});
