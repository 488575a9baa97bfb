// The two data sizes every scenario is measured at (issue 12: pages stay flat as the districts grow).

export interface DataSize {
  /** `1×` is today's bench data, `10×` ten times as much. */
  label: string;
  places: number;
  /** Weeks ahead with two bookings a day at every bench place. */
  weeks: number;
  activities: number;
  /** One activity in this many is a weekly series. */
  seriesEvery: number;
}

export const SIZES: readonly DataSize[] = [
  { label: '1×', places: 500, weeks: 8, activities: 10_000, seriesEvery: 100 },
  { label: '10×', places: 5_000, weeks: 8, activities: 100_000, seriesEvery: 100 },
];

export function bookingCount(size: DataSize): number {
  return size.places * size.weeks * 7 * 2;
}

export function describeSize(size: DataSize): string {
  const series = size.activities / size.seriesEvery;
  return `${size.places.toLocaleString('en')} places, ${bookingCount(size).toLocaleString('en')} bookings, ${size.activities.toLocaleString('en')} activities incl. ${series.toLocaleString('en')} weekly series`;
}
