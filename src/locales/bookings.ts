/** Interface text of bookings. Danish is the source of keys. */
export const bookingsDa = {} as const;

export const bookingsEn: Record<keyof typeof bookingsDa, string> = {};
