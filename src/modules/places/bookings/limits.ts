/**
 * The limits of bookings' forms, each used by the reader, the body schemas (through `fieldCap`)
 * and the view's `maxLength`.
 */
export const TITLE_MAX = 200;
export const HOST_NAME_MAX = 200;
export const PHONE_MAX = 40;
export const ATTENDEES_MAX = 10_000;
/** The reason given when a booking is rejected or cancelled (multi-line). */
export const REASON_MAX = 1000;
