/**
 * TikTok's own state-media label, read only from the label itself — never from a bio or a nickname, where a
 * researcher, a critic or a broadcaster denying state control may write the same words.
 *
 * The forms TikTok's code carries it in (docs/tiktok-format.md, "TikTok's own state-media label"; no real labelled
 * capture exists yet):
 * - `user.stateControlledMedia` / `author.stateControlledMedia` (web; boolean, text or object);
 * - `account_labels: [{label_type, content, learn_more_url}]` with `label_type` 1 (the app's user model, also the
 *   users of the web's comment and search answers);
 * - per video, `misc_info` (a JSON string) with `scm_tag_info: {content, learn_more_url}`;
 * - `scm`-named fields (`scm_label` in a LIVE protocol copy);
 * - on the page: the label element under the name, and its learn-more link to LEARN_MORE_PATH.
 */
import { isObject, type Json } from './json';

/** The default learn-more page of the label (TikTok's code). A link to it beside the name is the label. */
export const LEARN_MORE_PATH = '/tns-inapp/pages/state-affiliated-media';

/**
 * The label's words in TikTok's interface languages. Sources: en — TikTok's label texts ("China state-controlled
 * media", TikTok newsroom, 2023); zh-Hant — 政府媒體, TikTok's web translation `scm_label_and_appeal_modal_title`
 * "什麼是政府媒體？" (a public repository's copy of TikTok's translations). The others are the project's own
 * translations of the same two phrases, not yet seen on a TikTok page: they only count on the label element (never
 * in a bio), so a wrong guess can miss a label but cannot invent one.
 */
export const LABEL_TERMS: readonly RegExp[] = [
  /\bstate[- ](?:controlled|affiliated) media\b/i, // en
  /\bmedios? (?:de comunicación )?(?:controlados?|afiliados?) (?:por el|al) estado\b/i, // es
  /\bmédias? (?:contrôlés?|affiliés?) (?:par l['’]|à l['’])état\b/i, // fr
  /\bstaatlich (?:kontrollierte?s?|verbundene?s?) medi(?:en|um)\b/i, // de
  /\b(?:mídia|meios? de comunicação) (?:controlad[ao]s?|afiliad[ao]s?) (?:pelo|ao) estado\b/i, // pt
  /(?:государственн\S* (?:сми|медиа)|сми,? (?:контролируем\S*|подконтрольн\S*) государств\S*)/i, // ru
  /(?:وسائل إعلام (?:تسيطر عليها|خاضعة لسيطرة|تابعة ل)\s?ال?دولة|إعلام حكومي)/, // ar
  /(?:政府媒[体體]|国家控制的?媒体|國家控制的?媒體|官方媒[体體])/, // zh
  /(?:국영 (?:매체|미디어)|정부 통제 (?:매체|미디어)|국가 통제 (?:언론|매체|미디어))/, // ko
  /(?:国営メディア|政府(?:が)?管理(?:する|の)?メディア|国家管理メディア)/, // ja
  /(?:رسانه(?:‌های| های|)? (?:تحت کنترل|وابسته به) (?:دولت|حکومت))/, // fa
  /\bdevlet (?:kontrolündeki|kontrollü|bağlantılı|güdümlü) (?:medya|yayın)/i, // tr
];

/**
 * A word every one of LABEL_TERMS contains (each alternative of each), one per language: most header texts (counts,
 * "Followers", a nickname) fail this one quick test, and the twelve terms are compiled and run only for the rest
 * (issue 15: the terms were ~8 ms of a profile load, compiled on first use in every page).
 */
const LABEL_WORD = /medi|médi|mídi|meio|сми|медиа|إعلام|媒|매체|미디어|언론|メディア|رسانه|devlet/i;

/** The cheap first test of isLabelText, on any text (whitespace as it is): false means it cannot be the label. */
export function mayBeLabelText(text: string): boolean {
  return LABEL_WORD.test(text);
}

export function isLabelText(text: string | undefined): boolean {
  if (!text || text.length > 200 || !LABEL_WORD.test(text)) return false;
  return LABEL_TERMS.some((re) => re.test(text));
}

function str(v: unknown, max = 300): string | undefined {
  return typeof v === 'string' && v.trim() ? v.trim().slice(0, max) : undefined;
}

/** A truthy label value as found; `false`, `0`, `''`, `null` and `{}` are "not labelled". */
function present(v: unknown): boolean {
  if (v === undefined || v === null || v === false || v === 0 || v === '') return false;
  if (Array.isArray(v)) return v.length > 0;
  return !(isObject(v) && Object.keys(v).length === 0);
}

export interface LabelReading {
  /** The raw value as found (kept as evidence). */
  value: unknown;
  /** The label's text, when the form carries one. */
  text?: string;
}

function textOf(v: unknown): string | undefined {
  if (typeof v === 'string') return str(v);
  if (!isObject(v)) return undefined;
  return str(v.content) ?? str(v.text) ?? str(v.label) ?? str(v.title);
}

/** `account_labels` (app and web API users): the entry with `label_type` 1 is state-controlled media. */
function fromAccountLabels(v: unknown): LabelReading | undefined {
  if (!Array.isArray(v)) return undefined;
  for (const l of v.slice(0, 20)) {
    if (!isObject(l)) continue;
    const type = l.label_type ?? l.labelType;
    if (type === 1 || type === '1') return { value: l, text: textOf(l) };
  }
  return undefined;
}

/** The label on a user or author object, in any of TikTok's forms. */
export function labelFromUser(raw: Json): LabelReading | undefined {
  if (present(raw.stateControlledMedia)) {
    const v = raw.stateControlledMedia;
    return { value: v, text: str(raw.stateControlledMediaText) ?? textOf(v) };
  }
  const labels = fromAccountLabels(raw.account_labels ?? raw.accountLabels);
  if (labels) return labels;
  for (const [k, v] of Object.entries(raw)) {
    if (/^scm[_A-Z]/.test(k) && present(v)) return { value: v, text: textOf(v) };
  }
  return undefined;
}

/** A video's `misc_info` (a JSON string, or already parsed) carrying `scm_tag_info`. */
export function labelFromMiscInfo(misc: unknown): LabelReading | undefined {
  let v = misc;
  if (typeof v === 'string') {
    if (v.length > 20_000 || !v.includes('scm')) return undefined;
    try {
      v = JSON.parse(v);
    } catch {
      return undefined;
    }
  }
  if (!isObject(v) || !present(v.scm_tag_info)) return undefined;
  return { value: v.scm_tag_info, text: textOf(v.scm_tag_info) };
}
