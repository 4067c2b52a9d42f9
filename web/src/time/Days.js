// Calendar days as integers (days since 1970-01-01, UTC), so that time arithmetic in the page is
// integer arithmetic and never depends on the reader's time zone.

const MS_PER_DAY = 86400000;

/** The day number of an ISO 8601 date or date-time ("2015-03-01", "2015-03-01T12:00Z"); NaN if unreadable. */
export function toDay(iso) {
  if (typeof iso !== 'string' || iso.length < 10) return NaN;
  const t = Date.parse(iso.slice(0, 10) + 'T00:00:00Z');
  return Number.isNaN(t) ? NaN : Math.floor(t / MS_PER_DAY);
}

/** The ISO 8601 date ("2015-03-01") of a day number. */
export function toIso(day) {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** Month key (year * 12 + month index) of a day number: the page's cache buckets. */
export function monthOf(day) {
  const d = new Date(day * MS_PER_DAY);
  return d.getUTCFullYear() * 12 + d.getUTCMonth();
}

/** First day number of a month key. */
export function monthStart(month) {
  return Math.floor(Date.UTC(Math.floor(month / 12), month % 12, 1) / MS_PER_DAY);
}

/** Last day number of a month key. */
export function monthEnd(month) {
  return monthStart(month + 1) - 1;
}

/** How long a date of the given precision lasts, in days, from its first day. */
export function precisionSpan(day, precision) {
  switch (precision) {
    case 'week': return 7;
    case 'month': return monthEnd(monthOf(day)) - day + 1;
    case 'year': {
      const y = new Date(day * MS_PER_DAY).getUTCFullYear();
      return Math.floor(Date.UTC(y + 1, 0, 1) / MS_PER_DAY) - day;
    }
    default: return 1;
  }
}

/** A long, readable date in English ("1 March 2015"), or the month only for month precision. */
export function formatDay(day, precision = 'day') {
  const d = new Date(day * MS_PER_DAY);
  const opts = { timeZone: 'UTC', year: 'numeric', month: 'long' };
  if (precision === 'year') return String(d.getUTCFullYear());
  if (precision !== 'month') opts.day = 'numeric';
  const text = d.toLocaleDateString('en-GB', opts);
  return precision === 'week' ? 'week of ' + text : text;
}
