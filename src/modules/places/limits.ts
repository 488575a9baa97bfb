/**
 * The limits of places' forms, each used by the reader, the body schemas (through `fieldCap`) and
 * the view's `maxLength`.
 */
export const NAME_MAX = 120;
/** Description and house rules. */
export const LONG_TEXT_MAX = 4000;
/** Address, price note and the reason a place is closed. */
export const SHORT_TEXT_MAX = 500;
export const CAPACITY_MAX = 10_000;
/** One weekday's opening windows as typed ("8-12, 13-17"). */
export const WINDOWS_TEXT_MAX = 500;
export const CLOSED_DATES_MAX = 366;
/** The reason beside one closed date. */
export const CLOSED_REASON_MAX = 200;
export const KEY_INSTRUCTIONS_MAX = 1000;
