import { thisWeekHomeSection } from '#src/modules/activities/finding/home-section.tsx';
import { OrganisationActivities, PlaceActivities } from '#src/modules/activities/views/elsewhere.tsx';
import type { HomeSection, PageSection } from '#src/platform/views/page-sections.tsx';

/**
 * The sections modules add to other modules' pages, composed here at the app's level (as
 * `src/job-handlers.ts` composes the job handlers), so that organisations and places (which
 * activities build on) and the home page import nothing from activities.
 */
export const organisationPageSections: readonly PageSection[] = [OrganisationActivities];
export const placePageSections: readonly PageSection[] = [PlaceActivities];
export const homeSections: readonly HomeSection[] = [thisWeekHomeSection];
