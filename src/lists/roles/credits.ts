/**
 * Production and partnership credits: the bio says the account's content is made by or with an outlet ("produced with
 * China Daily", "与 CGTN 合作拍摄", "проект RT", "TRT yapımı"). Part of the media-job vocabulary: see index.ts.
 *
 * Why: influencers whose videos a state outlet commissions or co-produces carry no label and no job title; the
 * credit is the tie they show (ASPI, "Borrowing mouths to speak on Xinjiang", Dec 2021; ASPI, "Frontier
 * influencers", 2022). Read like a title (src/lists/bio/employment.ts): the credit and the outlet bound in one
 * clause, and every context rule (negation, criticism, research, parody, past) applies.
 *
 * Left out on purpose: "media partner", "broadcast partner", "official partner" and "sponsor" — an event or a club
 * names the broadcaster that covers it that way, which says nothing of who makes the account's content; "as seen
 * on", "featured on", "interviewed by" (a guest, not a credit); "made with", "created with" (tools and footage:
 * "made with CapCut", "made with CGTN footage").
 */

/** Credits before the outlet: 'produced with', 'in partnership with', 'content partner of', 'проект', 'بالتعاون مع'. */
export const CREDITS_BEFORE: readonly string[] = [
  // English
  'produced with',
  'produced by',
  'co-produced with',
  'co-produced by',
  'coproduced with',
  'coproduced by',
  'in co-production with',
  'in coproduction with',
  'filmed with',
  'in partnership with',
  'in collaboration with',
  'in cooperation with',
  'content partner of',
  'content partner for',
  'content creator for',
  'a project of',
  'a production of',
  'commissioned by',
  // Spanish
  'producido por',
  'producida por',
  'producidos por',
  'producidas por',
  'producido con',
  'producidos con',
  'coproducido con',
  'coproducción con',
  'en colaboración con',
  'en alianza con',
  'en asociación con',
  'un proyecto de',
  'una producción de',
  'socio de contenido de',
  // French
  'produit par',
  'produite par',
  'produits par',
  'produites par',
  'produit avec',
  'produite avec',
  'produits avec',
  'coproduit avec',
  'coproduit par',
  'en partenariat avec',
  'en collaboration avec',
  'un projet de',
  'une production de',
  'partenaire de contenu de',
  // Portuguese
  'produzido por',
  'produzida por',
  'produzidos por',
  'produzido com',
  'em parceria com',
  'em colaboração com',
  'um projeto da',
  'um projeto do',
  // German
  'produziert von',
  'produziert mit',
  'in zusammenarbeit mit',
  'in kooperation mit',
  'ein projekt von',
  'eine produktion von',
  // Russian: "проект RT" (a project of RT, genitive), "при поддержке" (with the support of), "совместно с"
  'проект',
  'спецпроект',
  'при поддержке',
  'совместно с',
  'в партнёрстве с',
  'в партнерстве с',
  'в сотрудничестве с',
  'производство',
  // Arabic
  'بالتعاون مع',
  'بالشراكة مع',
  'من إنتاج',
  'إنتاج',
  // Persian
  'با همکاری',
  'تولید',
  // Vietnamese
  'hợp tác với',
  'sản xuất bởi',
  'phối hợp với',
];

/**
 * Credits after the outlet: Chinese closes "与 CGTN 合作拍摄" and "央视…出品" with the verb; Korean, Japanese and
 * Turkish put it last ("KBS 제작", "NHK制作", "TRT yapımı").
 */
export const CREDITS_AFTER: readonly string[] = [
  // Chinese: produced by, co-produced, filmed / made in cooperation with, signed with
  '出品',
  '联合出品',
  '聯合出品',
  '合作出品',
  '合作拍摄',
  '合作拍攝',
  '合作制作',
  '联合制作',
  '聯合製作',
  '监制',
  '監製',
  '签约',
  '簽約',
  // Japanese: production, cooperation
  '制作',
  '製作',
  '協力',
  // Korean: production, co-production
  '제작',
  '공동제작',
  // Turkish: production of, in cooperation with
  'yapımı',
  'iş birliğiyle',
  'işbirliğiyle',
];
