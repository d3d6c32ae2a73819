/**
 * checker-word — the account calls itself a fact-checker by a checking word of its own name, handle or bio, in any of
 * its languages: a noun of the trade ("фактчекер", "Provera", "تدقيق", "راستی‌آزمایی", "查核") or a verb of checking
 * in the first person ("Revisamos lo que publica …" is not one: reviewing is any editor's; "Proveravamo", "тексеремін"
 * are). Why: innocent checkers linking the outlet they check kept appearing in new phrasings (two to four in every
 * batch of seven blind sets, the five-hundred-and-ninetieth to six-hundred-and-eighth), and each phrase list missed
 * the next one; the trade's own words are few. The caller keeps the refusals: no media title, not the outlet's name,
 * brand or posting pace, and a half-weight link rather than none.
 * Not the adjective of verified news ("noticias verificadas", "știri verificate", "проверенные новости": an outlet's
 * boast), not a state's own anti-fake unit or a checker of "the West's" lies (STATE_FRAMING, OWN_UNIT), not a
 * proofreader's "تدقيق لغوي", and not under a negation.
 */
import { OWN_UNIT, STATE_FRAMING } from './fact-check';
import { MAX_BIO_CHARS } from './types';

// Dictionary senses, checked one by one (en, es, pt, fr, it, de, ru, uk, bg, sr/hr/bs, kk, pl, cs/sk, ro, hu, el, tr,
// ar, fa, zh, ko, ja, vi, id). The plural verbs are a project's as often as an outlet's desk: the caller's refusals
// (no media title, not the outlet's own name or brand, no framing of enemies) are what keep a state's desk out.
const CHECKER_WORD = new RegExp(
  [
    'fact[- ]?check\\p{L}*',
    'faktencheck\\p{L}*',
    'faktcheck\\p{L}*',
    'debunk(?:er|ers|ing)?',
    'cheque(?:o|os|amos|ador|adora|adores)',
    'chequea',
    'checagem',
    'verifica(?:mos|dor|dora|dores|doras|ción|ção)',
    'verifico',
    'verifichiamo',
    'v[ée]rif(?:ions|ie|icateur|icatrice|ication)?',
    'verificăm',
    'faktenprüf\\p{L}*',
    'фактчек\\p{L}*',
    'провер(?:яю|яем|ка фактов)',
    'проверявам(?:е)?',
    'перевір(?:яю|яємо|ка фактів)',
    'тексер(?:емін|еміз|у)',
    'prove(?:ra|ravamo|ravam)',
    'provje(?:ra|ravamo|ravam)',
    'sprawdzam(?:y)?',
    'weryfikuj(?:ę|emy)',
    'ověřujeme',
    'overujeme',
    'tényellenőr\\p{L}*',
    'επαλήθευση',
    'doğrulama(?:cı)?',
    'doğruluyor(?:uz|um)',
    'teyit ediyor(?:uz|um)',
    'teyitçi\\p{L}*',
    'تدقيق',
    'مدقق(?:ة)?',
    'متحقق(?:ة)?',
    '[أا]تحقق',
    'نتحقق',
    'راستی[\\u200c ]?(?:آزمایی|سنجی)',
    '事实核查',
    '事實查核',
    '查核',
    '核查',
    '팩트체크',
    'ファクトチェック',
    'kiểm chứng',
    'cek fakta',
  ].join('|'),
  'iu',
);
const WORD = new RegExp(`(?<![\\p{L}\\p{N}])(?:${CHECKER_WORD.source})(?![\\p{L}\\p{N}])`, 'iu');
// (the Chinese and Japanese words stand without spaces around them)
const CJK_WORD = /事实核查|事實查核|查核|核查|ファクトチェック|팩트체크/u;
const NOT_CHECKING = /تدقيق\s+(?:لغوي|إملائي|حسابات|مالي|الحسابات)|مدقق(?:ة)?\s+(?:لغوي|حسابات)/u;
const NEGATED = /(?<![\p{L}])(?:nie|не|no|not|don['’]t|never|ne|jamais|nigdy|никогда|لا|نه)\s+$/u;

/** The checking word the account's name, handle or bio calls itself by, or undefined. */
export function checkerWord(nickname: string, handle: string, bio: string): string | undefined {
  const text = `${nickname}\n${handle.replace(/[._]/g, ' ')}\n${bio.slice(0, MAX_BIO_CHARS)}`.normalize('NFKC');
  if (STATE_FRAMING.test(text) || OWN_UNIT.test(text) || NOT_CHECKING.test(text)) return undefined;
  const m = WORD.exec(text) ?? CJK_WORD.exec(text);
  if (!m) return undefined;
  return NEGATED.test(text.slice(Math.max(0, m.index - 12), m.index)) ? undefined : m[0];
}
