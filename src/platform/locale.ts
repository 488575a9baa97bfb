/** The languages Byliv speaks: Danish first, English beside it. */
export type Locale = 'da' | 'en';
