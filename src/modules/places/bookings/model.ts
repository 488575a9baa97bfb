import type { BookingDetailsRow } from '#src/modules/places/bookings/queries.ts';
import type { BookingStatus, KeyHandover } from '#src/modules/places/tables.ts';
import { HOUR } from '#src/platform/time.ts';

/** A booking as pages and the API show it; the booker's name only to the place's managers. */
export interface BookingView {
  id: number;
  placeSlug: string;
  placeName: string;
  placeAddress: string;
  title: string;
  attendees: number;
  startsAt: number;
  endsAt: number;
  status: BookingStatus;
  /** The reason given with a rejection (or a manager's cancellation). */
  decisionReason: string | null;
  organisationName: string | null;
  /** `null` unless the viewer manages the place. */
  bookerName: string | null;
  responsibleHostName: string;
  responsibleHostPhone: string;
  seriesId: number | null;
  keyHandover: KeyHandover;
  createdAt: number;
  decidedAt: number | null;
  /** The last moment the booker may cancel. */
  cancelDeadline: number;
  canCancel: boolean;
}

export interface Viewer {
  userId: number;
  isManager: boolean;
}

export const LIVE: readonly BookingStatus[] = ['requested', 'approved'];

/** Bookers cancel until the place's deadline before the start; managers until the end. */
export function mayCancel(row: BookingDetailsRow, viewer: Viewer, now: number): boolean {
  if (!LIVE.includes(row.status) || now >= row.ends_at) return false;
  if (viewer.isManager) return true;
  return row.booker_id === viewer.userId && now <= cancelDeadline(row);
}

export function cancelDeadline(row: BookingDetailsRow): number {
  return row.starts_at - row.cancellation_deadline_hours * HOUR;
}

export function toBookingView(row: BookingDetailsRow, viewer: Viewer, now: number): BookingView {
  return {
    id: row.id,
    placeSlug: row.place_slug,
    placeName: row.place_name,
    placeAddress: row.place_address,
    title: row.title,
    attendees: row.attendees,
    startsAt: row.starts_at,
    endsAt: row.ends_at,
    status: row.status,
    decisionReason: row.decision_reason,
    organisationName: row.organisation_name,
    bookerName: viewer.isManager ? row.booker_name : null,
    responsibleHostName: row.responsible_host_name,
    responsibleHostPhone: row.responsible_host_phone,
    seriesId: row.series_id,
    keyHandover: row.key_handover,
    createdAt: row.created_at,
    decidedAt: row.decided_at,
    cancelDeadline: cancelDeadline(row),
    canCancel: mayCancel(row, viewer, now),
  };
}
