import type { Migration } from 'kysely/migration';
import * as foundation from './001-foundation.ts';
import * as places from './010-places.ts';
import * as bookingCalendarFeeds from './012-booking-calendar-feeds.ts';
import * as grants from './020-grants.ts';
import * as activities from './030-activities.ts';
import * as givingModeration from './031-giving-moderation.ts';
import * as grantSponsorships from './032-grant-sponsorships.ts';
import * as jobDedupeKeys from './033-job-dedupe-keys.ts';
import * as activityAddressVisibility from './034-activity-address-visibility.ts';
import * as contentVersion from './035-content-version.ts';
import * as liveBookingsIndex from './036-live-bookings-index.ts';
import * as activityListsBounded from './037-activity-lists-bounded.ts';

/** Every migration, by name; names sort in the order they run. */
export const migrations: Record<string, Migration> = {
  '001-foundation': foundation,
  '010-places': places,
  '012-booking-calendar-feeds': bookingCalendarFeeds,
  '020-grants': grants,
  '030-activities': activities,
  '031-giving-moderation': givingModeration,
  '032-grant-sponsorships': grantSponsorships,
  '033-job-dedupe-keys': jobDedupeKeys,
  '034-activity-address-visibility': activityAddressVisibility,
  '035-content-version': contentVersion,
  '036-live-bookings-index': liveBookingsIndex,
  '037-activity-lists-bounded': activityListsBounded,
};
