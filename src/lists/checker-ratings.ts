/**
 * A fact-checker's ratings in its own captions: "Falso: la foto del puente es de 2019", "Engañoso: el gráfico recorta
 * el eje", "Vrai : le sac de mil coûte bien deux fois plus". Checkers publish verdicts on a scale (the IFCN signatories'
 * rating scales run from true through misleading and missing context to false: Chequeado, AFP Factuel, Correctiv,
 * Raskrinkavanje, Teyit, Misbar); a state's own "debunkers" (Russia's "War on Fakes", the "FAKE:" rebuttals of state
 * channels) publish one word only, fake or false, and always about the state's adversaries.
 *
 * So the reading asks for the scale, not the word: two different ratings across the captions, or one rating that is not
 * "false" (misleading, inaccurate, exaggerated, true). "Fake" ("Фейк:", "FAKE:") is never a rating here, and neither is
 * "Correction:" (تصحيح), which a newspaper writes of its own errors, nor "the truth:" ("Правда:", "Istina:"), a
 * slogan's opening as often. Dictionary senses of the ratings; the words as the named checkers print them.
 */

/** "False" in its checkers' printed forms (en, es, pt, fr, de, ru, bs/hr/sr, el, ar, tr, id). */
const FALSE_RATING =
  /^(?:false|falso|falsa|faux|fausse|falsch|неправда|ложь|netačno|netočno|neistina|lažno|ψευδές|ψευδής|زائف|خاطئ|yanlış|salah|hoaks)$/iu;

/** The rest of the scale: misleading, inaccurate, exaggerated, out of context, partly or mostly false, true. */
const SCALE_RATING =
  /^(?:misleading|inaccurate|exaggerated|missing context|out of context|partly false|mostly false|half true|true|mostly true|engañoso|engañosa|impreciso|imprecisa|exagerado|exagerada|sin contexto|fuera de contexto|verdadero|verdadera|cierto|cierta|enganoso|enganosa|impreciso|verdadeiro|verdadeira|trompeur|trompeuse|imprécis|imprécise|exagéré|sorti de son contexte|partiellement faux|vrai|irreführend|ungenau|übertrieben|teilweise falsch|richtig|полуправда|неточно|преувеличение|вырвано из контекста|obmanjujuće|obmanjujuce|djelomično netočno|delimično netačno|djelomično tačno|netačan kontekst|tačno|točno|παραπλανητικό|ανακριβές|αληθές|مضلل|مضللة|غير دقيق|مبالغ فيه|صحيح|yanıltıcı|kısmen yanlış|abartılı|doğru|menyesatkan|benar)$/iu;

/** A caption opening with a rating and its separator: "Falso:", "FALSO |", "Faux :", "مضلل:". */
const RATING_OPENING = /^\s*([\p{L}\p{M}][\p{L}\p{M} ]{0,28}?)\s*[:：|—–]/u;

/** The rating word opening a caption, lower case, when it is one of the scale's. */
export function captionRating(caption: string): string | undefined {
  const m = RATING_OPENING.exec(caption.normalize('NFKC'));
  const word = m?.[1]?.trim().toLowerCase();
  if (!word) return undefined;
  return FALSE_RATING.test(word) || SCALE_RATING.test(word) ? word : undefined;
}

/**
 * The ratings the captions carry when they show a checker's scale: two different ratings, or one besides "false";
 * otherwise undefined. Each caption counts once (a grid repeats its posts). `rated` holds every rated caption, `example`
 * one that shows the scale.
 */
export function ratingScale(
  captions: readonly string[],
): { ratings: string[]; rated: string[]; example: string } | undefined {
  const seen = new Map<string, string>();
  const rated: string[] = [];
  for (const caption of new Set(captions)) {
    const rating = captionRating(caption);
    if (!rating) continue;
    rated.push(caption);
    if (!seen.has(rating)) seen.set(rating, caption);
  }
  const ratings = [...seen.keys()];
  if (ratings.length < 2 && !ratings.some((r) => !FALSE_RATING.test(r))) return undefined;
  const example = seen.get(ratings.find((r) => !FALSE_RATING.test(r)) ?? ratings[0]!) ?? rated[0]!;
  return { ratings, rated, example };
}
