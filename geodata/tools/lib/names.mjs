// Cleaning of alternate names: keep names a news text could use, drop codes and noise.

const LATIN_ONLY = /^[\p{Script=Latin}\p{M}\p{N}\p{Zs}'’‘ʼʻ`´.,\-–()&\/]+$/u;
const ARABIC_ONLY = /^[\p{Script=Arabic}\p{M}\p{Zs}\-]+$/u;
const HAS_LETTER = /\p{L}/u;
const CODE_LIKE = /^[A-Z0-9]{2,5}$/;
const URL_LIKE = /https?:|www\.|\.(com|org|net|gov)\b/i;

/** Folds a name to plain ASCII letters (drops diacritics and modifier marks). */
export function asciiFold(name) {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[ʻʼ‘’`´]/g, "'")
    .replace(/[–]/g, '-')
    .replace(/ß/g, 'ss').replace(/Æ/g, 'AE').replace(/æ/g, 'ae')
    .replace(/Ø/g, 'O').replace(/ø/g, 'o').replace(/Ł/g, 'L').replace(/ł/g, 'l')
    .replace(/Đ/g, 'D').replace(/đ/g, 'd').replace(/ı/g, 'i').replace(/Œ/g, 'OE').replace(/œ/g, 'oe');
}

/**
 * Decides whether an alternate name is worth keeping.
 * keepArabic: also accept names written only in Arabic script.
 */
export function isUsableName(name, { keepArabic = false, keepCodes = false } = {}) {
  if (!name || !HAS_LETTER.test(name)) return false;
  if (name.includes('|') || name.includes('\t')) return false;
  if (URL_LIKE.test(name)) return false;
  if (/\d/.test(name)) return false;
  if (!keepCodes && CODE_LIKE.test(name)) return false;
  // GeoNames romanises names from other scripts in lower case ("lun dun", "mwsl"): noise for
  // matching English text, while real Latin-script names carry at least one capital letter.
  if (!/\p{Lu}/u.test(name) && !ARABIC_ONLY.test(name)) return false;
  if (name.length > 80) return false;
  if (LATIN_ONLY.test(name)) return true;
  return keepArabic && ARABIC_ONLY.test(name);
}

/**
 * Builds the `names` cell: cleaned, de-duplicated (case-insensitive) alternate names,
 * leaving out the preferred name itself. Adds the ASCII form of every Latin name.
 */
export function joinNames(preferred, candidates, options = {}) {
  const seen = new Set([preferred.toLowerCase()]);
  const out = [];
  const add = (n) => {
    const name = n.replace(/\s+/g, ' ').trim();
    if (!isUsableName(name, options)) return;
    const key = name.toLowerCase();
    if (seen.has(key)) return;
    seen.add(key);
    out.push(name);
  };
  add(asciiFold(preferred));
  for (const c of candidates) {
    if (!c) continue;
    add(c);
    add(asciiFold(c));
  }
  return out.join('|');
}

/** Key for loose name comparison: case, diacritics, apostrophes, hyphens and a leading Arabic article ignored. */
export function matchKey(name) {
  return asciiFold(name).toLowerCase()
    .replace(/['`]/g, '')
    .replace(/^(al|el|ad|ar|as|ash|at|az|an|adh|ath)[- ]+/, '')
    .replace(/[-\s]+/g, ' ')
    .trim();
}
