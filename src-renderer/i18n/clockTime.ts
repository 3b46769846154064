/**
 * A time of day as the person's language writes it ("3:05 PM", "13:05"), with the hour it shows
 * as `count`: Spanish says "a la 1:05" but "a las 3:05", so the sentences around a time are
 * plural forms chosen by that hour.
 */
export function clockTime(at: number | Date, language: string): { time: string; count: number } {
  const format = new Intl.DateTimeFormat(language, { hour: 'numeric', minute: '2-digit' });
  const hour = format.formatToParts(at).find((part) => part.type === 'hour')?.value ?? '';
  return { time: format.format(at), count: Number(hour.replace(/\D/g, '')) || 0 };
}
