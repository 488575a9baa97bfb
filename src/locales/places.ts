/** Interface text of places. Danish is the source of keys. */
export const placesDa = {} as const;

export const placesEn: Record<keyof typeof placesDa, string> = {};
