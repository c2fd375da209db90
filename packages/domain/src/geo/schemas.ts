import { z } from "zod";

export const ADMIN_LEVELS = ["country", "province", "district"] as const;
export const AdminLevel = z.enum(ADMIN_LEVELS);
export type AdminLevel = z.infer<typeof AdminLevel>;

export const COUNTRY_IDS = ["PK", "AF"] as const;
export const CountryId = z.enum(COUNTRY_IDS);
export type CountryId = z.infer<typeof CountryId>;

/**
 * A country, province or district. Ids are those of the boundary files: ISO 3166-1 for countries
 * (PK, AF), ISO 3166-2 for provinces (PK-KP, AF-NAN, and PK-TA for FATA before 2018), and slugs for
 * Pakistan's districts (pk-kp-north-waziristan).
 */
export const AdminUnit = z.object({
  id: z.string(),
  name: z.string(),
  level: AdminLevel,
  parent: z.string().nullable(),
  kind: z.string(),
  aliases: z.array(z.string()),
  formerFata: z.boolean(),
});
export type AdminUnit = z.infer<typeof AdminUnit>;
