/** Service time as people read it: whole hours and minutes ("65 h 04 min"), never days — a service day is not 24 hours. */
export function serviceDurationParts(seconds: number): { hours: number; minutes: string } {
  const minutes = Math.round(Math.max(0, seconds) / 60);
  return { hours: Math.floor(minutes / 60), minutes: String(minutes % 60).padStart(2, '0') };
}
