// Written by scripts/locales.ts (`badgeWords`) from extension/i18n at every build; do not edit.
// The words of a closed badge per locale: extension/content/badge/text.ts reads them instead of getMessage.
export const WORDS: Record<string, Record<string, string>> = {
  "en": {
    "badge_label": "Provenance Lens: $1. Show why.",
    "verdict_clear": "Nothing notable",
    "verdict_short_clear": "Nothing notable",
    "verdict_short_state_media": "State media",
    "verdict_short_suspected": "Possible state link",
    "verdict_short_unknown": "Not enough data",
    "verdict_short_unusual": "Unusual reach",
    "verdict_state_media": "State media",
    "verdict_suspected": "Possible state link",
    "verdict_unchecked": "Not checked",
    "verdict_unknown": "Not enough data",
    "verdict_unusual": "Unusual reach"
  },
  "es": {
    "badge_label": "Provenance Lens: $1. Ver por qué.",
    "verdict_clear": "Nada destacable",
    "verdict_short_clear": "Nada destacable",
    "verdict_short_state_media": "Medio estatal",
    "verdict_short_suspected": "Posible vínculo estatal",
    "verdict_short_unknown": "Datos insuficientes",
    "verdict_short_unusual": "Alcance inusual",
    "verdict_state_media": "Medio estatal",
    "verdict_suspected": "Posible vínculo estatal",
    "verdict_unchecked": "Sin comprobar",
    "verdict_unknown": "Datos insuficientes",
    "verdict_unusual": "Alcance inusual"
  },
  "ko": {
    "badge_label": "Provenance Lens: $1. 이유 보기.",
    "verdict_clear": "특이점 없음",
    "verdict_short_clear": "특이점 없음",
    "verdict_short_state_media": "국영 언론",
    "verdict_short_suspected": "국가 연관 가능성",
    "verdict_short_unknown": "데이터 부족",
    "verdict_short_unusual": "비정상적 도달 범위",
    "verdict_state_media": "국영 언론",
    "verdict_suspected": "국가 연관 가능성",
    "verdict_unchecked": "확인 안 됨",
    "verdict_unknown": "데이터 부족",
    "verdict_unusual": "비정상적 도달 범위"
  },
  "zh_CN": {
    "badge_label": "Provenance Lens：$1。查看原因。",
    "verdict_clear": "无异常",
    "verdict_short_clear": "无异常",
    "verdict_short_state_media": "官方媒体",
    "verdict_short_suspected": "可能与国家有关",
    "verdict_short_unknown": "数据不足",
    "verdict_short_unusual": "传播异常",
    "verdict_state_media": "官方媒体",
    "verdict_suspected": "可能与国家有关",
    "verdict_unchecked": "未检查",
    "verdict_unknown": "数据不足",
    "verdict_unusual": "传播异常"
  }
};
