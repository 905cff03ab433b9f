// Visible datelines to ISO 8601 with their zone: "Kamis, 5 Februari 2026 - 15:04 WIB" → 2026-02-05T15:04:00+07:00,
// "Friday, 22 Nov 2024 4:55 PM MYT", "26.04.2024, 20:44 Uhr", "February 5, 2026 at 3:04 p.m. EST".

const MONTHS: Record<string, number> = {};
const MONTH_NAMES: string[][] = [
  ['jan', 'januari', 'january', 'januar', 'janvier', 'enero', 'janeiro', 'gennaio', 'ocak', 'jänner'],
  ['feb', 'februari', 'february', 'februar', 'février', 'febrero', 'fevereiro', 'febbraio', 'şubat', 'pebrero'],
  ['mar', 'maret', 'mac', 'march', 'märz', 'mars', 'marzo', 'março', 'maart', 'mart', 'marso'],
  ['apr', 'april', 'avril', 'abril', 'aprile', 'nisan'],
  ['may', 'mei', 'mai', 'mayo', 'maio', 'maggio', 'mayıs'],
  ['jun', 'juni', 'june', 'juin', 'junio', 'junho', 'giugno', 'haziran', 'hunyo'],
  ['jul', 'juli', 'julai', 'july', 'juillet', 'julio', 'julho', 'luglio', 'temmuz', 'hulyo'],
  ['aug', 'agu', 'agt', 'agustus', 'ogos', 'august', 'août', 'agosto', 'augustus', 'ağustos'],
  ['sep', 'sept', 'september', 'septembre', 'septiembre', 'setembro', 'settembre', 'eylül', 'setyembre'],
  ['oct', 'okt', 'oktober', 'october', 'octobre', 'octubre', 'outubro', 'ottobre', 'ekim', 'oktubre'],
  ['nov', 'november', 'novembre', 'noviembre', 'novembro', 'kasım', 'nobyembre'],
  ['dec', 'des', 'dis', 'desember', 'disember', 'december', 'dezember', 'décembre', 'diciembre', 'dezembro', 'dicembre', 'aralık', 'disyembre'],
];
MONTH_NAMES.forEach((names, i) => names.forEach((n) => (MONTHS[n] = i + 1)));

/** Zone abbreviations used in datelines → UTC offsets. */
export const ZONES: Record<string, string> = {
  wib: '+07:00', wita: '+08:00', wit: '+09:00', myt: '+08:00', sgt: '+08:00', pht: '+08:00', ict: '+07:00',
  gmt: 'Z', utc: 'Z', z: 'Z', cet: '+01:00', cest: '+02:00', mez: '+01:00', mesz: '+02:00', bst: '+01:00',
  est: '-05:00', edt: '-04:00', cst: '-06:00', cdt: '-05:00', mst: '-07:00', mdt: '-06:00', pst: '-08:00',
  pdt: '-07:00', ist: '+05:30', jst: '+09:00', kst: '+09:00', aest: '+10:00', aedt: '+11:00', trt: '+03:00',
};

const pad = (n: number) => String(n).padStart(2, '0');
const MONTH_WORD = '([a-zà-ÿğışç]{3,10})\\.?';

function validDate(y: number, m: number, d: number): boolean {
  return y >= 1990 && y <= 2100 && m >= 1 && m <= 12 && d >= 1 && d <= 31;
}

/** Parse a dateline; null when no date can be read from it. */
export function parseDateline(raw: string): string | null {
  const text = raw.toLowerCase().replace(/\s+/g, ' ').trim();
  let y = 0;
  let m = 0;
  let d = 0;
  let rest = text;
  const dmy = new RegExp(`(\\d{1,2})\\.?\\s+${MONTH_WORD},?\\s+(\\d{4})`, 'u').exec(text);
  const mdy = new RegExp(`${MONTH_WORD}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})`, 'u').exec(text);
  const num = /(\d{1,2})[./-](\d{1,2})[./-](\d{4})/.exec(text);
  const iso = /(\d{4})-(\d{2})-(\d{2})/.exec(text);
  if (dmy && MONTHS[dmy[2]!]) [d, m, y] = [Number(dmy[1]), MONTHS[dmy[2]!]!, Number(dmy[3])];
  else if (mdy && MONTHS[mdy[1]!]) [m, d, y] = [MONTHS[mdy[1]!]!, Number(mdy[2]), Number(mdy[3])];
  else if (iso) [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else if (num) [d, m, y] = [Number(num[1]), Number(num[2]), Number(num[3])];
  else return null;
  if (!validDate(y, m, d)) return null;
  const match = (dmy ?? mdy ?? iso ?? num)!;
  rest = text.slice(match.index + match[0].length);
  const date = `${y}-${pad(m)}-${pad(d)}`;
  const time = /(\d{1,2})[:.](\d{2})(?::(\d{2}))?\s*(a\.?m\.?|p\.?m\.?|ptg|pagi)?(?:\s*(?:uhr|h))?\s*([a-z]{1,4})?\b/.exec(rest);
  if (!time) return date;
  let hour = Number(time[1]);
  const min = Number(time[2]);
  if (hour > 23 || min > 59) return date;
  const ampm = time[4]?.replace(/\./g, '');
  if ((ampm === 'pm' || ampm === 'ptg') && hour < 12) hour += 12;
  if ((ampm === 'am' || ampm === 'pagi') && hour === 12) hour = 0;
  const offset = (time[5] && ZONES[time[5]]) || (/\+\d{2}:?\d{2}/.exec(rest)?.[0]?.replace(/^(\+\d{2})(\d{2})$/, '$1:$2') ?? '');
  return `${date}T${pad(hour)}:${pad(min)}:${time[3] ?? '00'}${offset}`;
}
