import { homeWeek } from '#src/modules/activities/finding/service.ts';
import { ThisWeek } from '#src/modules/activities/finding/views/week-section.tsx';
import type { HomeSection } from '#src/platform/views/page-sections.tsx';

/** How many of this week's activities the home page shows. */
const WEEK_SHOWN = 5;

/** "Det sker i denne uge" on the home page: this week's first few activities and how many more. */
export const thisWeekHomeSection: HomeSection = {
  async load(ctx) {
    const { items, more, moreCapped } = await homeWeek(ctx, WEEK_SHOWN);
    return ({ t }) => <ThisWeek t={t} items={items} more={more} moreCapped={moreCapped} />;
  },
};
