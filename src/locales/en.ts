import { accountsEn } from './accounts.ts';
import { activitiesEn } from './activities.ts';
import { activitiesFeedsEn } from './activities-feeds.ts';
import { activitiesFindingEn } from './activities-finding.ts';
import { activitiesOccurrencesEn } from './activities-occurrences.ts';
import { activitiesParticipationEn } from './activities-participation.ts';
import { activitiesPublishingEn } from './activities-publishing.ts';
import { areasEn } from './areas.ts';
import { bookingsEn } from './bookings.ts';
import { commonEn } from './common.ts';
import type { MessageKey } from './da.ts';
import { datesEn } from './dates.ts';
import { givingEn } from './giving.ts';
import { grantsEn } from './grants.ts';
import { grantsApplicationsEn } from './grants-applications.ts';
import { grantsMailsEn } from './grants-mails.ts';
import { grantsMoneyEn } from './grants-money.ts';
import { grantsPoolsEn } from './grants-pools.ts';
import { grantsPublicEn } from './grants-public.ts';
import { grantsReportsEn } from './grants-reports.ts';
import { grantsReviewEn } from './grants-review.ts';
import { legalEn } from './legal.ts';
import { moderationEn } from './moderation.ts';
import { organisationsEn } from './organisations.ts';
import { overviewEn } from './overview.ts';
import { placesEn } from './places.ts';

/** The compiler checks that English has every Danish key; `as const` in each part keeps the literal text. */
export const en = {
  ...commonEn,
  ...datesEn,
  ...accountsEn,
  ...organisationsEn,
  ...areasEn,
  ...placesEn,
  ...bookingsEn,
  ...givingEn,
  ...moderationEn,
  ...activitiesEn,
  ...activitiesParticipationEn,
  ...activitiesOccurrencesEn,
  ...activitiesFeedsEn,
  ...activitiesFindingEn,
  ...activitiesPublishingEn,
  ...grantsEn,
  ...grantsPoolsEn,
  ...grantsApplicationsEn,
  ...grantsReviewEn,
  ...grantsMoneyEn,
  ...grantsReportsEn,
  ...grantsMailsEn,
  ...grantsPublicEn,
  ...overviewEn,
  ...legalEn,
} satisfies Record<MessageKey, string>;
