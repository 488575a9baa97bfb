import type { PlaceWithRules } from '#src/modules/places/rules.ts';

/**
 * Placeholder where the bookings' server-rendered week calendar goes on the place page. Renders
 * nothing until `renderPlaceCalendar(request, place)` from `places/bookings/calendar-view.tsx`
 * exists; then the place route passes its result as the page's `calendar` instead.
 */
export function WeekCalendarSlot(_props: { place: PlaceWithRules }) {
  return null;
}
