import type {
  ApiTokensTable,
  SessionsTable,
  UsersTable,
  UserTokensTable,
} from '#src/modules/accounts/tables.ts';
import type {
  ActivitiesTable,
  ActivityBookingsTable,
  ActivityCalendarFeedsTable,
  ActivityCohostsTable,
  ActivityOccurrenceChangesTable,
  ActivityParticipantsTable,
  ActivityStopsTable,
} from '#src/modules/activities/tables.ts';
import type { AreasTable } from '#src/modules/areas/tables.ts';
import type { GiveContactsTable, GiveItemsTable } from '#src/modules/giving/tables.ts';
import type {
  GrantApplicationsTable,
  GrantBudgetLinesTable,
  GrantCommentsTable,
  GrantEventsTable,
  GrantLedgerTable,
  GrantPhotosTable,
  GrantPoolCategoriesTable,
  GrantPoolReviewersTable,
  GrantPoolsTable,
  GrantSponsorshipsTable,
  GrantVotesTable,
} from '#src/modules/grants/tables.ts';
import type { ModerationDecisionsTable, ModerationReportsTable } from '#src/modules/moderation/tables.ts';
import type {
  InvitationsTable,
  MembershipsTable,
  OrganisationsTable,
} from '#src/modules/organisations/tables.ts';
import type { BookingCalendarFeedsTable } from '#src/modules/places/bookings/tables.ts';
import type {
  BookingSeriesTable,
  BookingsTable,
  DoorCodeViewsTable,
  PlaceAllowedKindsTable,
  PlaceClosedDatesTable,
  PlaceFacilitiesTable,
  PlaceManagersTable,
  PlacePhotosTable,
  PlacesTable,
  PlaceWindowsTable,
} from '#src/modules/places/tables.ts';
import type { ContentVersionTable, JobsTable, RateLimitsTable } from '#src/platform/tables.ts';

/** Every table, combined from the modules' own table types. */
export interface Database {
  users: UsersTable;
  sessions: SessionsTable;
  user_tokens: UserTokensTable;
  api_tokens: ApiTokensTable;
  organisations: OrganisationsTable;
  memberships: MembershipsTable;
  invitations: InvitationsTable;
  areas: AreasTable;
  jobs: JobsTable;
  rate_limits: RateLimitsTable;
  places: PlacesTable;
  place_facilities: PlaceFacilitiesTable;
  place_allowed_kinds: PlaceAllowedKindsTable;
  place_managers: PlaceManagersTable;
  place_windows: PlaceWindowsTable;
  place_closed_dates: PlaceClosedDatesTable;
  place_photos: PlacePhotosTable;
  booking_series: BookingSeriesTable;
  bookings: BookingsTable;
  door_code_views: DoorCodeViewsTable;
  booking_calendar_feeds: BookingCalendarFeedsTable;
  grant_pools: GrantPoolsTable;
  grant_pool_categories: GrantPoolCategoriesTable;
  grant_pool_reviewers: GrantPoolReviewersTable;
  grant_applications: GrantApplicationsTable;
  grant_budget_lines: GrantBudgetLinesTable;
  grant_photos: GrantPhotosTable;
  grant_votes: GrantVotesTable;
  grant_comments: GrantCommentsTable;
  grant_events: GrantEventsTable;
  grant_ledger: GrantLedgerTable;
  grant_sponsorships: GrantSponsorshipsTable;
  activities: ActivitiesTable;
  activity_stops: ActivityStopsTable;
  activity_cohosts: ActivityCohostsTable;
  activity_bookings: ActivityBookingsTable;
  activity_occurrence_changes: ActivityOccurrenceChangesTable;
  activity_participants: ActivityParticipantsTable;
  activity_calendar_feeds: ActivityCalendarFeedsTable;
  give_items: GiveItemsTable;
  give_contacts: GiveContactsTable;
  moderation_reports: ModerationReportsTable;
  moderation_decisions: ModerationDecisionsTable;
  content_version: ContentVersionTable;
}
