// A day-valued date ("1988-11-18", or "2001-03" / "2001" when a source gives no more) in a sentence of either
// language, written as the web app writes dates: "18 Nov 1988", "Mar 2001", "2001"; "1988年11月18日", "2001年3月",
// "2001年". Never an ISO date inside a Chinese sentence beside a year alone.
export type DayText = { en: string; zh: string };

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export function dayText(value: string): DayText {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!match) return { en: value, zh: value };
  const [, y, m, d] = match;
  const month = m ? MONTHS[Number(m) - 1] : undefined;
  if (m && !month) return { en: value, zh: value };
  if (!m) return { en: `${y}`, zh: `${y}年` };
  if (!d) return { en: `${month} ${y}`, zh: `${y}年${Number(m)}月` };
  return { en: `${Number(d)} ${month} ${y}`, zh: `${y}年${Number(m)}月${Number(d)}日` };
}
