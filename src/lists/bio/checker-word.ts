/**
 * checker-word — the account calls itself a fact-checker in its own name or handle, by a word of the trade in any of
 * its languages: "Дана · фактчекер", "Provera u 60 sekundi", "نادية | تدقيق المعلومات", "راستی‌آزمایی خبر". Why:
 * innocent checkers linking the outlet they check kept appearing in new phrasings (two to four in every batch of seven
 * blind sets, the five-hundred-and-ninetieth to six-hundred-and-eighth), and each phrase list of the bio missed the next
 * one; the name is where a checker says what it is, and the trade's words are few.
 * Only the name and the handle: the bio's own "we check", "I verify", "fact-checking" are a newsroom's vouching, a
 * press office's, a course's or a denial's as often (the refusals of RULES_VERSION 81, 103, 120, 128, 140, 148 and
 * their tests stand). A bare word of the name that a garage, a clinic or a shop also uses ("Provera Auto", "Chequeo
 * médico", "verif_shop") counts only beside a checking word of the bio. Never beside a state's framing of enemies or
 * "the West" (STATE_FRAMING), a unit, desk or agency (OWN_UNIT), a newsroom's care before publishing, a proofreader's
 * or an auditor's Arabic words, a question, a course, a denial.
 */
import { COURSE, NEGATED, NOT_CHECKING, OWN_UNIT, STATE_FRAMING } from './fact-check';
import { MAX_BIO_CHARS } from './types';

// Dictionary senses, checked one by one (en, es, pt, fr, it, de, ru, uk, bg, sr/hr/bs, kk, pl, cs/sk, ro, hu, el, tr,
// ar, fa, zh, ko, ja, vi, id).
const TRADE = [
  'fact[- ]?check\\p{L}*',
  'faktencheck\\p{L}*',
  'faktcheck\\p{L}*',
  'debunk(?:er|ers|ing)?',
  'chequeamos',
  'cheque(?:ador|adora|adores|adoras)',
  'verifica(?:mos|dor|dora|dores|doras|ción|ção)',
  'verifico',
  'verifichiamo',
  'v[ée]rif(?:ions|icateur|icatrice|ication)',
  "v[ée]rif['’]",
  'verificăm',
  'faktenprüf\\p{L}*',
  'фактчек\\p{L}*',
  'провер(?:яю|яем|ка фактов)',
  'проверявам(?:е)?',
  'перевір(?:яю|яємо|ка фактів)',
  'тексер(?:емін|еміз|у)',
  'proveravam(?:o)?',
  'provjeravam(?:o)?',
  'prove?ra činjenica',
  'provjera činjenica',
  'sprawdzam(?:y)?',
  'weryfikuj(?:ę|emy)',
  'ověřujeme',
  'overujeme',
  'tényellenőr\\p{L}*',
  'επαλήθευση',
  'doğrulamacı\\p{L}*',
  '(?:haber|bilgi|iddia) doğrulama\\p{L}*',
  'doğruluyor(?:uz|um)',
  'teyit ediyor(?:uz|um)',
  'teyitçi\\p{L}*',
  'تدقيق',
  'مدقق(?:ة)?',
  '[أا]تحقق من',
  'نتحقق من',
  'راستی[\\u200c ]?(?:آزمایی|سنجی)',
  '팩트체크',
  'ファクトチェック',
  'kiểm chứng',
  'cek fakta',
].join('|');
const WORD = new RegExp(`(?<![\\p{L}\\p{N}])(?:${TRADE})(?![\\p{L}\\p{N}])`, 'iu');
// (the Chinese words stand without spaces; 核查 and 查核 alone are also an office's inspection, "关于开展核查工作的通知":
// only beside rumours, news, reports; a review of RULES_VERSION 155)
const CJK_WORD =
  /事实核查|事實查核|(?:谣言|謠言|信息|資訊|新闻|新聞|报道|報道|消息)(?:核查|查核)|(?:核查|查核)(?:谣言|謠言|信息|資訊|新闻|新聞|报道|報道|消息)/u;
// The trade's bare words, which a garage, a clinic or a shop also uses (a review of RULES_VERSION 155).
const BARE =
  /(?<![\p{L}\p{N}])(?:v[ée]rif|verifica|verificado|verificada|provera|provjera|chequeo|chequea|check|tekser|tadqeeq|tahaqq\p{L}*)(?![\p{L}\p{N}])/iu;

// A newsroom's care before publishing: "Verificamos cada dato antes de publicar" (a review of RULES_VERSION 155).
const NEWSROOM_CARE =
  /antes de (?:publicar|su difusión)|before (?:we )?publish|avant de publier|перед публикацией|قبل النشر/iu;
// (… and the proofreader's and the auditor's own titles, beside fact-check.ts's NOT_CHECKING)
const PROOFREADER = /مدقق(?:ة)?\s+(?:لغوي|حسابات)/u;
// A question or a denial ("Independent fact-checking? lol", "Doğrulamacı değilim"); a course is fact-check.ts's COURSE.
const NOT_A_CHECKER = /[?？؟]|(?<!\p{L})(?:değilim|не фактчекер|not a fact)(?!\p{L})/iu;
// A job beside it: the outlet's checker as often ("سارة | تدقيق الأخبار" over "أعمل في برس تي في"; RULES_VERSION 150).
const WORKS =
  /(?<!\p{L})(?:أعمل|اعمل|نعمل|أشتغل|اشتغل|أكتب ل\p{L}*|موظف\p{L}*|i work|work(?:ing)? (?:at|for|with)|i write for|trabajo (?:en|para|con)|soy parte de|je travaille|travaille (?:à|pour|au|avec)|работаю|сотрудни\p{L}*|в штате|пишу для|працюю|жұмыс істеймін|radim (?:u|na|za)|zaposlen\p{L}*|deo tima|dio tima|çalışıyorum|görev yapıyorum)(?!\p{L})/iu;
// A team's own words: a desk's as often ("Haber doğrulama ekibi", "Проверка фактов от команды РИА"; a second review of
// RULES_VERSION 155).
const TEAM =
  /(?<!\p{L})(?:ekip\p{L}*|ekib\p{L}*|команд\p{L}*|equipo|équipe|tim|tima|timu|redakcij\p{L}*|редакци\p{L}*|فريق\p{L}*|our team|nuestro equipo|notre équipe)(?!\p{L})/iu;
// The plural verbs corroborate no bare name: a firm's "Verificamos los datos de tu empresa", a desk's "Nous vérifions
// la presse du pays" (RULES_VERSION 114's refusals).
const PLURAL = /(?:amos|ons|ăm|ем|ємо|еміз|amo|my|eme|uz)$|^نتحقق/iu;

const nameText = (nickname: string, handle: string) => `${nickname}\n${handle.replace(/[._]/g, ' ')}`.normalize('NFKC');

function tradeWord(text: string): string | undefined {
  const m = WORD.exec(text) ?? CJK_WORD.exec(text);
  if (!m) return undefined;
  return NEGATED.test(text.slice(Math.max(0, m.index - 12), m.index)) ? undefined : m[0];
}

/** The checking word the account's own name or handle calls itself by (a bare one beside the bio's), or undefined. */
export function checkerWord(nickname: string, handle: string, bio: string): string | undefined {
  const name = nameText(nickname, handle);
  const all = `${name}\n${bio.slice(0, MAX_BIO_CHARS).normalize('NFKC')}`;
  if (
    [STATE_FRAMING, OWN_UNIT, NOT_CHECKING, PROOFREADER, NEWSROOM_CARE, NOT_A_CHECKER, COURSE, WORKS, TEAM].some((re) =>
      re.test(all),
    )
  )
    return undefined;
  const own = tradeWord(name);
  if (own) return own;
  const beside = tradeWord(bio.normalize('NFKC'));
  return beside && !PLURAL.test(beside) ? BARE.exec(name)?.[0] : undefined;
}
