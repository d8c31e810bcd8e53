import type { TextSpan } from '../../../diagnostics.js';
/**
 * Vietnamese text: whether a word is a well-formed Vietnamese syllable, and the two legacy 8-bit
 * encodings whose text still gets pasted into Unicode documents.
 *
 * TCVN3 (TCVN 5712:1993, "ABC", fonts .VnTime): one byte per letter; seen through a Unicode font
 * each byte shows as its Latin-1 character, so "Hà Nội" reads "Hµ Néi".
 * VNI (VNI-Windows, fonts VNI-Times): a base letter followed by a mark byte; "Hà Nội" reads "Haø Noäi".
 *
 * Detecting them: a word written in either shows characters Vietnamese does not use, or a
 * Vietnamese letter where a syllable cannot have it ("Thùc" for "Thực": a syllable ending in -c
 * only takes the sắc or nặng tone). A word counts as evidence only when it is not a Vietnamese
 * syllable as it stands and becomes one once decoded.
 */

// ---------------------------------------------------------------- syllables

const TONE_MARKS = new Set(['\u0300', '\u0301', '\u0303', '\u0309', '\u0323']); // huyền, sắc, ngã, hỏi, nặng
const SHAPE_MARKS = new Set(['\u0302', '\u0306', '\u031b']); // â ê ô, ă, ơ ư
const ACUTE = '\u0301';
const DOT_BELOW = '\u0323';

const INITIALS = ['ngh', 'ng', 'gh', 'gi', 'kh', 'nh', 'ph', 'th', 'tr', 'ch', 'qu', 'b', 'c', 'd', 'đ', 'g', 'h', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'x', ''];

/** Every rhyme (vần) of Vietnamese without its tone. */
const RHYMES = new Set(
  `a ac ach ai am an ang anh ao ap at au ay
   ăc ăm ăn ăng ăp ăt
   âc âm ân âng âp ât âu ây
   e ec em en eng eo ep et
   ê êch êm ên ênh êp êt êu
   i ia ich im in inh ip it iu iêc iêm iên iêng iêp iêt iêu
   o oc oi om on ong op ot oa oac oach oai oam oan oang oanh oao oap oat oay oăc oăm oăn oăng oăt oe oem oen oeo oet oong ooc
   ô ôc ôi ôm ôn ông ôp ôt
   ơ ơi ơm ơn ơp ơt
   u uc ui um un ung up ut ua uân uâng uât uây uê uêch uên uênh uêt uơ uôc uôi uôm uôn uông uôt uy uya uych uyên uyêt uynh uyt uyu
   ư ưc ưi ưm ưn ưng ưt ưu ưa ươc ươi ươm ươn ương ươp ươt ươu
   y yêm yên yêng yêt yêu`.split(/\s+/),
);

const FINAL = /(ch|ng|nh|c|m|n|p|t)$/;
const STOP_FINAL = /(ch|c|p|t)$/;

/** Whether a word is one well-formed Vietnamese syllable: initial, rhyme, one tone on the right vowel. */
export function isVietnameseSyllable(word: string): boolean {
  const split = splitTone(word);
  if (!split || !/^[a-zđăâêôơư]+$/u.test(split.base)) return false;
  const { base, tone, toneAt } = split;
  for (const initial of INITIALS) {
    if (!base.startsWith(initial)) continue;
    const rhyme = base.slice(initial.length);
    if (!rhymeAfter(initial, rhyme)) continue;
    const final = FINAL.exec(rhyme)?.[0] ?? '';
    // A syllable closed by c, ch, p or t takes the sắc or nặng tone, never none: "lục", not "lôc".
    if (STOP_FINAL.test(final) && tone !== ACUTE && tone !== DOT_BELOW) continue;
    if (tone === null) return true;
    if (toneAt < initial.length) continue;
    const vowels = rhyme.slice(0, rhyme.length - final.length);
    if (toneFits(vowels, final !== '', toneAt - initial.length)) return true;
  }
  return false;
}

function rhymeAfter(initial: string, rhyme: string): boolean {
  if (rhyme === '') return false;
  // "qu" takes the glide u/o itself: "qua", "quanh" (oanh), "quốc" (uôc); or not: "quít", "quắp".
  if (initial === 'qu') return RHYMES.has(rhyme) || RHYMES.has(`u${rhyme}`) || RHYMES.has(`o${rhyme}`);
  // "gi" takes the i of iê: "giếng" (iêng), "giữa" (ưa).
  if (initial === 'gi') return RHYMES.has(rhyme) || RHYMES.has(`i${rhyme}`);
  return RHYMES.has(rhyme);
}

/** Where the tone may sit: the shaped vowel (the last of ươ), else the last vowel before a final consonant, else old or new style. */
function toneFits(vowels: string, closed: boolean, at: number): boolean {
  const shaped = [...vowels].flatMap((c, i) => ('ăâêôơư'.includes(c) ? [i] : []));
  if (shaped.length > 0) return at === shaped[shaped.length - 1];
  if (closed || vowels.length === 1) return at === vowels.length - 1;
  if (vowels.length === 2) return at === 0 || (at === 1 && ['oa', 'oe', 'uy'].includes(vowels));
  return at === 1;
}

/** The word in lower case without its tone, the tone mark and the index of the letter carrying it. */
function splitTone(word: string): { base: string; tone: string | null; toneAt: number } | null {
  let base = '';
  let tone: string | null = null;
  let toneAt = -1;
  let letters = 0;
  for (const ch of word.toLowerCase().normalize('NFD')) {
    if (TONE_MARKS.has(ch)) {
      if (tone !== null || letters === 0) return null;
      tone = ch;
      toneAt = letters - 1;
    } else if (SHAPE_MARKS.has(ch)) {
      if (letters === 0) return null;
      base += ch;
    } else if (/\p{M}/u.test(ch)) {
      return null;
    } else {
      base += ch;
      letters += 1;
    }
  }
  base = base.normalize('NFC');
  return [...base].length === letters ? { base, tone, toneAt } : null;
}

// ---------------------------------------------------------------- TCVN3

/** TCVN3 (VN3) bytes 0xA1-0xFF as Unicode: the lower-case letters and Ă Â Ê Ô Ơ Ư Đ (upper case was a separate font). */
const TCVN3: Record<string, string> = fromPairs(
  '¡Ă ¢Â £Ê ¤Ô ¥Ơ ¦Ư §Đ ¨ă ©â ªê «ô ¬ơ \u00adư ®đ ' +
    'µà ¶ả ·ã ¸á ¹ạ »ằ ¼ẳ ½ẵ ¾ắ Æặ Çầ Èẩ Éẫ Êấ Ëậ Ìè Îẻ Ïẽ Ðé Ñẹ Òề Óể Ôễ Õế Öệ ' +
    '×ì Øỉ Üĩ Ýí Þị ßò áỏ âõ ãó äọ åồ æổ çỗ èố éộ êờ ëở ìỡ íớ îợ ïù ñủ òũ óú ôụ õừ öử ÷ữ øứ ùự úỳ ûỷ üỹ ýý þỵ',
);

/** Decodes TCVN3 text read as Latin-1. */
export function decodeTcvn3(text: string): string {
  let out = '';
  for (const c of text) out += TCVN3[c] ?? c;
  return out;
}

// ---------------------------------------------------------------- VNI

/** VNI mark bytes after a vowel: the tone, or the shape and tone at once ("aá" is ấ). */
const VNI_MARKS: Record<string, { shape?: 'circumflex' | 'breve'; tone?: string }> = {
  ù: { tone: '\u0301' }, ø: { tone: '\u0300' }, û: { tone: '\u0309' }, õ: { tone: '\u0303' }, ï: { tone: '\u0323' },
  â: { shape: 'circumflex' }, á: { shape: 'circumflex', tone: '\u0301' }, à: { shape: 'circumflex', tone: '\u0300' },
  å: { shape: 'circumflex', tone: '\u0309' }, ã: { shape: 'circumflex', tone: '\u0303' }, ä: { shape: 'circumflex', tone: '\u0323' },
  ê: { shape: 'breve' }, é: { shape: 'breve', tone: '\u0301' }, è: { shape: 'breve', tone: '\u0300' },
  ú: { shape: 'breve', tone: '\u0309' }, ü: { shape: 'breve', tone: '\u0303' }, ë: { shape: 'breve', tone: '\u0323' },
};

/** VNI bytes that are letters by themselves. */
const VNI_LETTERS: Record<string, string> = fromPairs('ôơ öư íí ìì æỉ óĩ òị îỵ ñđ');

/** Decodes VNI text read as Latin-1. */
export function decodeVni(text: string): string {
  const chars = [...text];
  let out = '';
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i]!;
    const lower = c.toLowerCase();
    const upper = c !== lower;
    const base = 'aeouy'.includes(lower) && /[a-z]/i.test(c) ? lower : lower === 'ô' ? 'ơ' : lower === 'ö' ? 'ư' : null;
    const mark = base === null ? undefined : VNI_MARKS[(chars[i + 1] ?? '').toLowerCase()];
    if (base !== null && mark && markFits(base, mark.shape)) {
      let letter = base + (mark.shape === 'circumflex' ? '\u0302' : mark.shape === 'breve' ? '\u0306' : '') + (mark.tone ?? '');
      letter = letter.normalize('NFC');
      out += upper ? letter.toUpperCase() : letter;
      i += 1;
    } else {
      const letter = VNI_LETTERS[lower];
      out += letter === undefined ? c : upper ? letter.toUpperCase() : letter;
    }
  }
  return out;
}

function markFits(base: string, shape: 'circumflex' | 'breve' | undefined): boolean {
  if (shape === 'circumflex') return 'aeo'.includes(base);
  if (shape === 'breve') return base === 'a';
  return true;
}

// ---------------------------------------------------------------- detection

export type LegacyEncoding = 'tcvn3' | 'vni';

export interface LegacyText {
  encoding: LegacyEncoding;
  /** The text in Unicode. */
  fix: string;
  /** A few words as written and as meant, for the message: "Hµ Néi" / "Hà Nội". */
  sample: { from: string; to: string };
  /** Where the first of those words stands in the text. */
  span: TextSpan;
}

const DECODERS: Record<LegacyEncoding, (text: string) => string> = { tcvn3: decodeTcvn3, vni: decodeVni };

// Letters of a word: Latin, the Latin-1 range the two encodings use (not °±²³´), Vietnamese letters, marks.
const WORD = /[A-Za-z\u00a1-\u00af\u00b5-\u00ff\u0100-\u024f\u0300-\u036f\u1ea0-\u1ef9]+/g;
/** Letters that only Unicode text has: a string holding any is not a whole paste from an 8-bit encoding. */
const UNICODE_ONLY = /[\u0100-\u024f\u0300-\u036f\u1e00-\u1eff]/u;
/** "µm", "µg": the micro sign before a unit, not TCVN3's "à". */
const MICRO_UNIT = /^µ(m|g|l|L|s|V|A|W|F|H|mol|Pa)$/;

/**
 * Whether a text (NFC) was pasted from TCVN3 or VNI, and what it says in Unicode. Two words that
 * decode into syllables are enough; a text with nothing but Latin-1 letters needs one.
 */
export function detectLegacyEncoding(text: string): LegacyText | null {
  const pure = !UNICODE_ONLY.test(text);
  let best: { encoding: LegacyEncoding; words: { from: string; to: string; at: number }[]; merges: number } | null = null;
  // The words are found once and read in both encodings.
  const found: Record<LegacyEncoding, { from: string; to: string; at: number }[]> = { tcvn3: [], vni: [] };
  for (const { 0: word, index: at } of text.matchAll(WORD)) {
    if (!/[A-Za-z]/.test(word) || !LATIN_1.test(word) || (word[0] === 'µ' && MICRO_UNIT.test(word))) continue;
    for (const encoding of ['tcvn3', 'vni'] as const) {
      const decoded = evidence(encoding, word);
      if (decoded !== null) found[encoding].push({ from: word, to: decoded, at });
    }
  }
  for (const encoding of ['tcvn3', 'vni'] as const) {
    const words = found[encoding];
    if (words.length < (pure ? 1 : 2)) continue;
    // On a tie, VNI's vowel-and-mark pairs that merge into one letter are the stronger sign.
    const merges = words.filter((w) => [...w.to].length < [...w.from].length).length;
    if (!best || words.length > best.words.length || (words.length === best.words.length && merges > best.merges)) best = { encoding, words, merges };
  }
  if (!best) return null;
  const { encoding, words } = best;
  const decode = DECODERS[encoding];
  const from = new Set(words.map((w) => w.from));
  const fix = pure ? decode(text) : text.replace(WORD, (word) => (from.has(word) ? decode(word) : word));
  const shown = words.slice(0, 3);
  const span = { offset: words[0]!.at, length: words[0]!.from.length };
  return { encoding, fix, sample: { from: shown.map((w) => w.from).join(' '), to: shown.map((w) => w.to).join(' ') }, span };
}

/**
 * What a word of a text says read in a legacy encoding, when that makes it a syllable it was not
 * (the evidence of that encoding); null otherwise. Answers are kept per word: prose
 * repeats its words, and a 16 MB file of them was 5 s of decoding the same few hundred words.
 */
function evidence(encoding: LegacyEncoding, word: string): string | null {
  const known = EVIDENCE[encoding];
  let found = known.get(word);
  if (found === undefined) {
    // No syllable is longer than 7 letters, and neither encoding writes a letter in more than 2 characters.
    const decoded = word.length > 14 ? word : DECODERS[encoding](word);
    found = decoded !== word && isVietnameseSyllable(decoded) && !isWrittenWord(word) ? decoded : null;
    // Bounded: a text of words never twice alike would otherwise be kept whole.
    if (known.size >= MAX_KNOWN_WORDS) known.clear();
    if (word.length <= MAX_KNOWN_LENGTH) known.set(word, found);
  }
  return found;
}

const LATIN_1 = /[\u00a1-\u00ff]/;
const EVIDENCE: Record<LegacyEncoding, Map<string, string | null>> = { tcvn3: new Map(), vni: new Map() };
const MAX_KNOWN_WORDS = 50_000;
/** Longer than any syllable, decoded or not: such a word is evidence of nothing worth keeping. */
const MAX_KNOWN_LENGTH = 16;

/** A syllable as Unicode text writes it: lower case, capitalised or all capitals ("kÕ" is TCVN3's "kế"). */
function isWrittenWord(word: string): boolean {
  const letters = [...word.normalize('NFC')];
  const rest = letters.slice(1).join('');
  const caseFits = rest === rest.toLowerCase() || word === word.toUpperCase();
  return caseFits && isVietnameseSyllable(word);
}

function fromPairs(list: string): Record<string, string> {
  const table: Record<string, string> = {};
  for (const pair of list.split(' ').filter(Boolean)) {
    const [from, to] = [...pair];
    table[from!] = to!;
  }
  return table;
}
