/**
 * The limits of activities' forms and API bodies, each used by the reader, the body schemas
 * (through `fieldCap` where the reader counts the text) and the view's `maxLength`.
 */
export const TITLE_MAX = 200;
/** The description (multi-line). */
export const DESCRIPTION_MAX = 5000;
/** The address of a point. */
export const ADDRESS_MAX = 300;
/** A slug (a place's, an area's, an organisation's) as a form, a filter or the API names it. */
export const SLUG_MAX = 200;
/** The name of one stop of a route. */
export const STOP_NAME_MAX = 200;
export const STOPS_MAX = 30;
/** The route's stops as typed, one a line (multi-line). */
export const STOPS_TEXT_MAX = 10_000;
/** A latitude or longitude as typed (the form's point, the near-me search). */
export const COORDINATE_TEXT_MAX = 40;
/** One e-mail address: a co-host's or a guest's. */
export const EMAIL_MAX = 254;
export const COHOSTS_MAX = 10;
/** The co-hosts' e-mails as typed, separated by commas or spaces. */
export const COHOSTS_TEXT_MAX = 5000;
export const CAPACITY_MAX = 10_000;
/** The digits the capacity field takes (CAPACITY_MAX has five; one more to say it is too many). */
export const CAPACITY_DIGITS_MAX = 6;
/** The name of a guest who joins without an account. */
export const GUEST_NAME_MAX = 200;
/** The reason an activity or one occurrence is cancelled, mailed to those who joined (multi-line). */
export const CANCEL_REASON_MAX = 2000;
/** The token of a guest's confirmation or leave link. */
export const LINK_TOKEN_MAX = 200;
/** A feed's file name in its URL (an .ics). */
export const FEED_FILE_MAX = 300;
