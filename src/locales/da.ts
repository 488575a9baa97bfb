import { accountsDa } from './accounts.ts';
import { activitiesDa } from './activities.ts';
import { activitiesFeedsDa } from './activities-feeds.ts';
import { activitiesFindingDa } from './activities-finding.ts';
import { activitiesOccurrencesDa } from './activities-occurrences.ts';
import { activitiesParticipationDa } from './activities-participation.ts';
import { activitiesPublishingDa } from './activities-publishing.ts';
import { areasDa } from './areas.ts';
import { bookingsDa } from './bookings.ts';
import { commonDa } from './common.ts';
import { datesDa } from './dates.ts';
import { givingDa } from './giving.ts';
import { grantsDa } from './grants.ts';
import { grantsApplicationsDa } from './grants-applications.ts';
import { grantsMailsDa } from './grants-mails.ts';
import { grantsMoneyDa } from './grants-money.ts';
import { grantsPoolsDa } from './grants-pools.ts';
import { grantsPublicDa } from './grants-public.ts';
import { grantsReportsDa } from './grants-reports.ts';
import { grantsReviewDa } from './grants-review.ts';
import { legalDa } from './legal.ts';
import { moderationDa } from './moderation.ts';
import { organisationsDa } from './organisations.ts';
import { overviewDa } from './overview.ts';
import { placesDa } from './places.ts';

/** The source catalogue: every key the interface uses. */
export const da = {
  ...commonDa,
  ...datesDa,
  ...accountsDa,
  ...organisationsDa,
  ...areasDa,
  ...placesDa,
  ...bookingsDa,
  ...givingDa,
  ...moderationDa,
  ...activitiesDa,
  ...activitiesParticipationDa,
  ...activitiesOccurrencesDa,
  ...activitiesFeedsDa,
  ...activitiesFindingDa,
  ...activitiesPublishingDa,
  ...grantsDa,
  ...grantsPoolsDa,
  ...grantsApplicationsDa,
  ...grantsReviewDa,
  ...grantsMoneyDa,
  ...grantsReportsDa,
  ...grantsMailsDa,
  ...grantsPublicDa,
  ...overviewDa,
  ...legalDa,
};

export type MessageKey = keyof typeof da;
