// Wall-clock arithmetic in IANA time zones with nothing but `Intl`, which runs the same in Node
// and the browser. No clock is read: every instant comes in as an argument.

export interface LocalDateTime {
  year: number;
  /** 1..12 */
  month: number;
  day: number;
  hour: number;
  minute: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** True when `Intl` knows the zone. */
export function isTimeZone(timeZone: string): boolean {
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** The wall-clock reading in `timeZone` at the instant `ms`. */
export function toLocal(ms: number, timeZone: string): LocalDateTime {
  const parts: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(new Date(ms))) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return {
    year: parts.year ?? 1970,
    month: parts.month ?? 1,
    day: parts.day ?? 1,
    hour: parts.hour ?? 0,
    minute: parts.minute ?? 0,
  };
}

/**
 * The instant at which clocks in `timeZone` read `local`. A time skipped by a daylight-saving jump
 * resolves to the same offset as just before it (02:30 on a spring-forward night becomes 03:30).
 */
export function fromLocal(local: LocalDateTime, timeZone: string): number {
  const asUtc = Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute);
  let guess = asUtc - offsetAt(asUtc, timeZone);
  // A second pass settles the guess when the offset differs on either side of a transition.
  guess = asUtc - offsetAt(guess, timeZone);
  return guess;
}

/** How far `timeZone` is ahead of UTC at the instant `ms`, in milliseconds. */
export function offsetAt(ms: number, timeZone: string): number {
  const l = toLocal(ms, timeZone);
  const wall = Date.UTC(l.year, l.month - 1, l.day, l.hour, l.minute);
  return wall - Math.floor(ms / 60_000) * 60_000;
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** `YYYY-MM-DD` → parts, or undefined when it is not a real calendar date. */
export function parseCalendarDate(text: string): { year: number; month: number; day: number } | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < 1 || month < 1 || month > 12 || day < 1) return undefined;
  const days = [31, isLeapYear(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
  return day <= days ? { year, month, day } : undefined;
}

/** A yearly date in `year`; 29 February falls on 28 February in years without one. */
export function yearlyDate(
  year: number,
  month: number,
  day: number,
): { year: number; month: number; day: number } {
  return month === 2 && day === 29 && !isLeapYear(year) ? { year, month, day: 28 } : { year, month, day };
}

/** `2026-03-05 10:00` for people reading a preview. */
export function formatLocal(l: LocalDateTime): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `${l.year}-${two(l.month)}-${two(l.day)} ${two(l.hour)}:${two(l.minute)}`;
}
