/**
 * The limits of grants' forms and API, each used by the reader, the body schemas (text through
 * `fieldCap`, so the form and the JSON API get the reader's field error alike) and the view's
 * `maxLength`.
 */

/** A pool's title. */
export const POOL_TITLE_MAX = 150;
/** A pool's description and its criteria. */
export const POOL_TEXT_MAX = 5000;
/** Reviewers of one pool (the API's list). */
export const POOL_REVIEWERS_MAX = 100;
/** The promised days from submission to decision. */
export const TARGET_DAYS_MAX = 365;

export const APPLICATION_TITLE_MAX = 150;
/** The idea of an application. */
export const IDEA_MAX = 3000;
/** Where, in words, and the description of one budget line. */
export const SHORT_TEXT_MAX = 500;
/** Sponsor pledges as free text. */
export const SPONSOR_NOTE_MAX = 1000;
/** Give-board offers linked to one application. */
export const SPONSOR_OFFERS_MAX = 20;
/** Budget lines of one application (the form shows this many). */
export const BUDGET_LINES = 8;
/** Photos of one application for each purpose (the application, the report). */
export const PHOTOS_PER_PURPOSE = 6;

/** A reviewers' internal comment. */
export const COMMENT_MAX = 3000;
/** The reason of a decision, or the question when more information is needed. */
export const DECISION_REASON_MAX = 3000;
/** The reference of a payment. */
export const PAYMENT_REFERENCE_MAX = 200;
/** The applicant's report after the payment. */
export const REPORT_TEXT_MAX = 3000;

/** The largest amount accepted: 100 million kroner, in øre. */
export const MAX_AMOUNT_ORE = 10_000_000_000;
