import { activityModerationAdapter } from '#src/modules/activities/moderation-adapter.ts';
import { offerModerationAdapter, wishModerationAdapter } from '#src/modules/giving/moderation-adapter.ts';
import type { ModerationAdapters } from '#src/modules/moderation/registry.ts';

/**
 * How moderation reads and hides each content type, composed here at the app's level (as
 * `src/job-handlers.ts` composes the job handlers): moderation knows only the adapter contract.
 */
export const moderationAdapters: ModerationAdapters = {
  activity: activityModerationAdapter,
  offer: offerModerationAdapter,
  wish: wishModerationAdapter,
};
