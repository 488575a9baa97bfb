import { type Static, type TSchema, Type } from 'typebox';
import type { AppContext } from '#src/platform/context.ts';

/**
 * One module's part of a person's data download (GDPR art. 15/20). Each module that holds
 * personal data exports its section from its own `personal-data.ts`; the list is composed at the
 * app's level (`src/personal-data-sections.ts`), so accounts, which serves the download, imports
 * no other module.
 */
export interface PersonalDataSection<Shape extends TSchema = TSchema> {
  /** The section's key in the download, after the account's own keys. */
  readonly key: string;
  /** The JSON shape of the section, for the API's response schema and its documentation. */
  readonly schema: Shape;
  /** What the module holds about the person; every instant an ISO string, never a hash or token. */
  collect(ctx: AppContext, person: PersonOfRecord): Promise<Static<Shape>>;
}

/** Whose data is collected: guest records are found by the e-mail address. */
export interface PersonOfRecord {
  id: number;
  email: string;
}

// Shapes the sections share. Instants are ISO 8601 strings in UTC.
export const InstantJson = Type.String({ format: 'date-time' });
export const OptionalInstantJson = Type.Union([InstantJson, Type.Null()]);
export const FeedCreatedAtJson = Type.Union([InstantJson, Type.Null()], {
  description:
    'When the private calendar feed link was made; null if there is none. The link is never shown.',
});
