import { activitiesPersonalData } from '#src/modules/activities/personal-data.ts';
import { giveBoardPersonalData } from '#src/modules/giving/personal-data.ts';
import { grantsPersonalData } from '#src/modules/grants/personal-data.ts';
import { bookingsPersonalData } from '#src/modules/places/bookings/personal-data.ts';
import type { PersonalDataSection } from '#src/platform/personal-data.ts';

/**
 * Every module's section of a person's data download, composed here at the app's level (as
 * `src/job-handlers.ts` composes the job handlers): accounts serves the download and knows only
 * this contract. The order is the order of the keys in the download; a new section goes last.
 */
export const personalDataSections: readonly PersonalDataSection[] = [
  bookingsPersonalData,
  activitiesPersonalData,
  giveBoardPersonalData,
  grantsPersonalData,
];
