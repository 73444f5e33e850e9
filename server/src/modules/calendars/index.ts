// Calendars: each party's working days (US federal holidays as observed; PRC holidays and 调休 working weekends
// from the State Council's yearly notices) and the reply clocks built on them. Invariants: a year without an
// official schedule is "calendar unknown" and only statutory holidays are skipped in it; deadlines are counted in
// the receiver's time zone and end at local midnight.
export { loadCalendars, type Calendar } from './calendar-data.js';
export { dayInfo, deadlineFor, periodDeadline, localTime, type Deadline, type Period, type ReplyPeriod } from './working-days.js';
export { calendarFor, timeZoneOf, timeZonesOf } from './party-calendars.js';
