import {
  type ApplicationRow,
  findApplicationRow,
  listBudgetLines,
} from '#src/modules/grants/applications/queries.ts';
import { type Application, toApplication } from '#src/modules/grants/model.ts';
import { type Db, listReviewers } from '#src/modules/grants/queries.ts';
import { NotFoundError } from '#src/platform/errors.ts';
import { type MailMessage, queueMail } from '#src/platform/mail.ts';
import type { MailRecipient } from '#src/platform/mail-layout.ts';

/** An application as stored now, with who applied (for mail); NotFoundError when there is none. */
export async function loadApplication(
  db: Db,
  id: number,
): Promise<{ application: Application; applicant: MailRecipient | null }> {
  const row = await findApplicationRow(db, id);
  if (row === undefined) throw new NotFoundError('grants.error.applicationNotFound');
  const lines = await listBudgetLines(db, [id]);
  return {
    application: toApplication(
      row,
      lines.map((line) => ({ description: line.description, amountOre: Number(line.amount_ore) })),
    ),
    applicant: applicantOf(row),
  };
}

function applicantOf(row: ApplicationRow): MailRecipient | null {
  if (row.applicant_name === null || row.applicant_email === null || row.applicant_locale === null)
    return null;
  return { name: row.applicant_name, email: row.applicant_email, locale: row.applicant_locale };
}

/**
 * Queues one mail to each reviewer of the pool (deleted accounts are skipped), except the people
 * in `skip`: the one who made the change (they know) and the applicant (told by their own mail).
 */
export async function mailReviewers(
  db: Db,
  now: number,
  poolId: number,
  build: (to: MailRecipient) => MailMessage,
  skip: ReadonlyArray<number | null> = [],
): Promise<void> {
  for (const reviewer of await listReviewers(db, [poolId])) {
    if (reviewer.name === null || reviewer.email === null || skip.includes(reviewer.id)) continue;
    await queueMail(db, now, build({ name: reviewer.name, email: reviewer.email, locale: reviewer.locale }));
  }
}

export async function mailApplicant(
  db: Db,
  now: number,
  applicant: MailRecipient | null,
  build: (to: MailRecipient) => MailMessage,
): Promise<void> {
  if (applicant !== null) await queueMail(db, now, build(applicant));
}
