/** The facilities a place can offer (filterable; labels in the catalogue). */
export const FACILITIES = [
  'kitchen',
  'tables_chairs',
  'projector',
  'sound_system',
  'wifi',
  'toilet',
  'baby_changing',
  'sports_equipment',
  'outdoor_space',
  'storage',
  'bicycle_parking',
  'power_outlet',
] as const;
export type Facility = (typeof FACILITIES)[number];

export function isFacility(value: string): value is Facility {
  return (FACILITIES as readonly string[]).includes(value);
}
