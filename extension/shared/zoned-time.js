/**
 * Dates and times shown in the user's zone (the companion's `timezone` setting, else the
 * browser's), plus the reverse: a wall-clock time in that zone turned into a UTC instant.
 */

const HOUR = 3600e3;
const DAY = 24 * HOUR;

/** The browser's own IANA zone, the fallback when the companion has none set. */
export function browserZone() {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC";
}

/** True when the browser knows this IANA zone name. */
export function isKnownZone(zone) {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: zone });
    return Boolean(zone);
  } catch {
    return false;
  }
}

// Building an Intl formatter costs far more than using one: keep one per zone and style,
// which matters when five hundred rows are formatted at once.
const formatters = new Map();
function formatter(zone, style) {
  const key = `${zone}|${style}`;
  if (!formatters.has(key)) formatters.set(key, new Intl.DateTimeFormat(undefined, { timeZone: zone, ...STYLES[style] }));
  return formatters.get(key);
}
const STYLES = {
  exact: { weekday: "short", day: "numeric", month: "short", hour: "2-digit", minute: "2-digit" },
  exactYear: { weekday: "short", day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit" },
  time: { hour: "2-digit", minute: "2-digit" },
  day: { weekday: "short", day: "numeric", month: "short" },
  zoneName: { timeZoneName: "short" },
  parts: {
    year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit",
    second: "2-digit", weekday: "short", hourCycle: "h23",
  },
};
const partsFormatters = new Map();

/** Wall-clock fields of an instant in a zone: {year, month, day, hour, minute, second, weekday 0-6}. */
export function zonedParts(date, zone) {
  if (!partsFormatters.has(zone)) {
    partsFormatters.set(zone, new Intl.DateTimeFormat("en-US", { timeZone: zone, ...STYLES.parts }));
  }
  const fields = {};
  for (const part of partsFormatters.get(zone).formatToParts(date)) fields[part.type] = part.value;
  return {
    year: Number(fields.year), month: Number(fields.month), day: Number(fields.day),
    hour: Number(fields.hour) % 24, minute: Number(fields.minute), second: Number(fields.second),
    weekday: WEEKDAYS.indexOf(fields.weekday),
  };
}
const WEEKDAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];

function pad(number) {
  return String(number).padStart(2, "0");
}

/** The UTC instant at which the wall clock in `zone` shows the given fields. */
export function zonedTimeToUtc({ year, month, day, hour = 0, minute = 0 }, zone) {
  const wallAsUtc = Date.UTC(year, month - 1, day, hour, minute);
  // The zone's offset can differ on either side of a DST change: correct twice.
  let instant = wallAsUtc - offsetAt(wallAsUtc, zone);
  instant = wallAsUtc - offsetAt(instant, zone);
  return new Date(instant);
}

function offsetAt(instant, zone) {
  const p = zonedParts(new Date(instant), zone);
  return Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second) - Math.floor(instant / 1000) * 1000;
}

/** Add whole calendar days to a {year, month, day} date. */
export function addDays({ year, month, day }, days) {
  const shifted = new Date(Date.UTC(year, month - 1, day) + days * DAY);
  return { year: shifted.getUTCFullYear(), month: shifted.getUTCMonth() + 1, day: shifted.getUTCDate() };
}

/** "Tue, 24 Nov, 17:00" in the zone (the year only when it is not this year's). */
export function formatExact(date, zone, now = new Date()) {
  const sameYear = zonedParts(date, zone).year === zonedParts(now, zone).year;
  return formatter(zone, sameYear ? "exact" : "exactYear").format(date);
}

/** "Fri, 11 Dec" for a calendar day written "2026-12-11" (a day has no zone: read as written). */
export function formatDay(isoDay) {
  return formatter("UTC", "day").format(new Date(`${isoDay}T00:00:00Z`));
}

/** "17:00" (or "05:00 PM", as the browser's locale writes it) in the zone. */
export function formatTime(date, zone) {
  return formatter(zone, "time").format(date);
}

/** "Europe/Paris (CET)": a zone named for the user, with its short name when that differs. */
export function describeZone(zone, date = new Date()) {
  const short = zoneAbbreviation(zone, date);
  return short && short !== zone ? `${zone} (${short})` : zone;
}

/** The zone's short name at an instant, such as "CET" or "GMT+1". */
export function zoneAbbreviation(zone, date = new Date()) {
  const part = formatter(zone, "zoneName").formatToParts(date).find((p) => p.type === "timeZoneName");
  return part ? part.value : zone;
}

const relativeFormat = new Intl.RelativeTimeFormat(undefined, { numeric: "always" });
const RELATIVE_STEPS = [
  [45 * 60e3, 60e3, "minute"],
  [22 * HOUR, HOUR, "hour"],
  [26 * DAY, DAY, "day"],
  [320 * DAY, 30 * DAY, "month"],
  [Infinity, 365 * DAY, "year"],
];

/** "in 3 hours", "2 days ago", "now": how far an instant is from `now`. */
export function formatRelative(date, now = new Date()) {
  const diff = date.getTime() - now.getTime();
  if (Math.abs(diff) < 45e3) return "now";
  for (const [limit, size, unit] of RELATIVE_STEPS) {
    if (Math.abs(diff) < limit) return relativeFormat.format(Math.round(diff / size), unit);
  }
  return "";
}

/** "2026-11-24" for an <input type=date> from wall-clock fields. */
export function isoDate({ year, month, day }) {
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** Parse an <input type=date> value into {year, month, day}, or null when empty or malformed. */
export function parseIsoDate(value) {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value || "");
  return match ? { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) } : null;
}

/** "2026-11-24T17:00" for an <input type=datetime-local> showing an instant in a zone. */
export function toLocalInput(isoInstant, zone) {
  if (!isoInstant) return "";
  const p = zonedParts(new Date(isoInstant), zone);
  return `${isoDate(p)}T${pad(p.hour)}:${pad(p.minute)}`;
}

/** The UTC instant for an <input type=datetime-local> value read in a zone, or null. */
export function fromLocalInput(value, zone) {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(value || "");
  if (!match) return null;
  const [year, month, day, hour, minute] = match.slice(1).map(Number);
  return zonedTimeToUtc({ year, month, day, hour, minute }, zone);
}
