/**
 * A person's private calendar feed of their bookings. The link's token is HMAC(secret, nonce):
 * only its SHA-256 and the nonce are stored, so the database alone never yields a working link.
 */
export interface BookingCalendarFeedsTable {
  user_id: number;
  token_hash: string;
  nonce: string;
  created_at: number;
}
