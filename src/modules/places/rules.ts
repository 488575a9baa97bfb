import type { OrganisationKind } from '#src/modules/organisations/types.ts';
import type { AccessMode, BookerScope, KeyHandover, PlaceKind } from '#src/modules/places/tables.ts';
import { formatClock, parseClock } from '#src/platform/local-time.ts';

/** A weekly window in local time (Europe/Copenhagen): ISO weekday 1–7, minutes from midnight. */
export interface WeeklyWindow {
  weekday: number;
  startMinute: number;
  endMinute: number;
}

/** A local date (YYYY-MM-DD) on which the place cannot be booked, and why. */
export interface ClosedDate {
  date: string;
  reason: string;
}

/**
 * A place's availability and booking rules, as the booking engine applies them. For an open
 * place the windows are its opening hours; a closed place takes no bookings.
 */
export interface PlaceRules {
  accessMode: AccessMode;
  /** Why a closed place is closed (exclusion made visible); '' otherwise. */
  closedReason: string;
  /** Sorted by weekday, then start. */
  windows: WeeklyWindow[];
  /** Sorted by date. */
  closedDates: ClosedDate[];
  minDurationMinutes: number;
  maxDurationMinutes: number;
  maxAdvanceDays: number;
  minNoticeHours: number;
  bufferMinutes: number;
  bookerScope: BookerScope;
  /** The organisation kinds whose members may book when `bookerScope` is `org_kinds`. */
  allowedKinds: OrganisationKind[];
  approvalRequired: boolean;
  responsibleHostRequired: boolean;
  cancellationDeadlineHours: number;
  keyHandover: KeyHandover;
  keyInstructions: string;
  /** Minutes before the start from which a door code is shown. */
  codeVisibleMinutesBefore: number;
}

/** A place with what the booking engine needs: identity, owner, capacity, location and rules. */
export interface PlaceWithRules {
  id: number;
  slug: string;
  name: string;
  kind: PlaceKind;
  organisationId: number;
  organisationName: string;
  organisationSlug: string;
  description: string;
  address: string;
  lat: number;
  lon: number;
  districtId: number | null;
  neighbourhoodId: number | null;
  /** `null`: no stated limit. */
  capacity: number | null;
  stepFree: boolean;
  accessibleToilet: boolean;
  hearingLoop: boolean;
  facilities: string[];
  houseRules: string;
  priceNote: string;
  rules: PlaceRules;
}

/** Why one weekday's window text could not be read. */
export type WindowProblem = 'format' | 'order' | 'overlap';

/**
 * Reads one weekday's windows as typed in the form: "17:00-22:00, 09:00–12:00" (hyphen or en
 * dash, comma or semicolon between windows). Empty text means no windows that day.
 */
export function parseDayWindows(
  weekday: number,
  text: string,
): { windows: WeeklyWindow[] } | { problem: WindowProblem } {
  const pieces = text
    .split(/[,;\n]/)
    .map((piece) => piece.trim())
    .filter((piece) => piece !== '');
  const windows: WeeklyWindow[] = [];
  for (const piece of pieces) {
    const match = /^(\d{1,2}[:.]\d{2})\s*[-–—]\s*(\d{1,2}[:.]\d{2})$/.exec(piece);
    if (match === null) return { problem: 'format' };
    const start = parseClock((match[1] ?? '').replace('.', ':'));
    const end = parseClock((match[2] ?? '').replace('.', ':'));
    if (start === null || end === null) return { problem: 'format' };
    if (start >= end) return { problem: 'order' };
    windows.push({ weekday, startMinute: start, endMinute: end });
  }
  windows.sort((a, b) => a.startMinute - b.startMinute);
  for (let index = 1; index < windows.length; index += 1) {
    const previous = windows[index - 1];
    const current = windows[index];
    if (previous !== undefined && current !== undefined && current.startMinute < previous.endMinute) {
      return { problem: 'overlap' };
    }
  }
  return { windows };
}

/** One weekday's windows as the form shows them: "09:00–12:00, 17:00–22:00". */
export function formatDayWindows(windows: readonly WeeklyWindow[], weekday: number): string {
  return windows
    .filter((window) => window.weekday === weekday)
    .map((window) => `${formatClock(window.startMinute)}–${formatClock(window.endMinute)}`)
    .join(', ');
}

/** Whether [start, end) in minutes of one local day lies inside one of that weekday's windows. */
export function withinWindows(
  windows: readonly WeeklyWindow[],
  weekday: number,
  startMinute: number,
  endMinute: number,
): boolean {
  return windows.some(
    (window) =>
      window.weekday === weekday && window.startMinute <= startMinute && endMinute <= window.endMinute,
  );
}
