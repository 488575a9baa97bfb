import {
  describeActivityForModeration,
  setActivityHidden,
} from '#src/modules/activities/moderation-adapter.ts';
import { describeGiveItemForModeration, setGiveItemHidden } from '#src/modules/giving/moderation-adapter.ts';
import type { AppContext } from '#src/platform/context.ts';

/** What moderation knows of one piece of content, whichever module owns it. */
export interface ModeratedContent {
  title: string;
  /** Its page on this site, e.g. `/giv/12`. */
  path: string;
  hidden: boolean;
  /** The account told when it is hidden or restored; null when there is none to tell. */
  ownerUserId: number | null;
  /** The person or organisation shown as its author. */
  ownerName: string | null;
}

/** How moderation reads and hides one content type; each module supplies its own. */
export interface ModerationAdapter {
  describe(ctx: AppContext, id: number): Promise<ModeratedContent | null>;
  /** Hides or restores; runs inside the decision's transaction (`ctx.db.kysely` is the transaction). */
  setHidden(ctx: AppContext, id: number, hidden: boolean): Promise<void>;
}

/** The organiser's account, once the activities module includes it in its summary. */
function organiserIdOf(summary: object): number | null {
  return 'organiserId' in summary && typeof summary.organiserId === 'number' ? summary.organiserId : null;
}

const activityAdapter: ModerationAdapter = {
  async describe(ctx, id) {
    const summary = await describeActivityForModeration(ctx, id);
    if (summary === null) return null;
    return {
      title: summary.title,
      path: summary.url,
      hidden: summary.hidden,
      ownerUserId: organiserIdOf(summary),
      ownerName: summary.organiserName,
    };
  },
  setHidden: setActivityHidden,
};

const offerAdapter: ModerationAdapter = {
  describe: (ctx, id) => describeGiveItemForModeration(ctx, 'offer', id),
  setHidden: (ctx, id, hidden) => setGiveItemHidden(ctx, 'offer', id, hidden),
};

const wishAdapter: ModerationAdapter = {
  describe: (ctx, id) => describeGiveItemForModeration(ctx, 'wish', id),
  setHidden: (ctx, id, hidden) => setGiveItemHidden(ctx, 'wish', id, hidden),
};

/**
 * Every content type that can be reported, with its adapter. A module that adds reportable content
 * adds one line here (and `moderation.type.<type>` / `moderation.yourType.<type>` to the catalogue).
 */
export const MODERATION_ADAPTERS = {
  activity: activityAdapter,
  offer: offerAdapter,
  wish: wishAdapter,
} as const satisfies Record<string, ModerationAdapter>;

export type ContentType = keyof typeof MODERATION_ADAPTERS;
export const CONTENT_TYPES = Object.keys(MODERATION_ADAPTERS) as ContentType[];

export function isContentType(value: unknown): value is ContentType {
  return typeof value === 'string' && Object.hasOwn(MODERATION_ADAPTERS, value);
}
