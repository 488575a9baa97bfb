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

/**
 * How moderation reads and hides one content type. Each module with reportable content exports
 * its adapter from its own `moderation-adapter.ts`; the adapters are composed at the app's level
 * (`src/moderation-adapters.ts`), so moderation imports none of those modules.
 */
export interface ModerationAdapter {
  describe(ctx: AppContext, id: number): Promise<ModeratedContent | null>;
  /** Hides or restores; runs inside the decision's transaction (`ctx.db.kysely` is the transaction). */
  setHidden(ctx: AppContext, id: number, hidden: boolean): Promise<void>;
}
