import type { Db } from '#src/modules/grants/queries.ts';

/** The give-board offers an application links as sponsor pledges, in the order they were linked. */
export async function listSponsorOfferIds(db: Db, applicationId: number): Promise<number[]> {
  const rows = await db
    .selectFrom('grant_sponsorships')
    .select('offer_id')
    .where('application_id', '=', applicationId)
    .orderBy('offer_id')
    .execute();
  return rows.map((row) => row.offer_id);
}

/** Links exactly these offers: others are unlinked, kept ones keep their pledged amount. */
export async function replaceSponsorships(db: Db, applicationId: number, offerIds: number[]): Promise<void> {
  let removal = db.deleteFrom('grant_sponsorships').where('application_id', '=', applicationId);
  if (offerIds.length > 0) removal = removal.where('offer_id', 'not in', offerIds);
  await removal.execute();
  const kept = new Set(await listSponsorOfferIds(db, applicationId));
  const added = offerIds.filter((id) => !kept.has(id));
  if (added.length === 0) return;
  await db
    .insertInto('grant_sponsorships')
    .values(added.map((offerId) => ({ application_id: applicationId, offer_id: offerId, amount_ore: null })))
    .execute();
}
