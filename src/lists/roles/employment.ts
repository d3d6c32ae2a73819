/**
 * Employment without a title: phrases before the outlet ("works at", "работаю в") and words after it
 * ("TRT'de çalışıyorum", "在新华社工作"). Part of the media-job vocabulary: see index.ts.
 */

/** Phrases of employment without a job title: 'works at', 'working for', 'work for', 'trabajo en', 'работаю в', '就职于', ... */
export const EMPLOYMENT_PHRASES: readonly string[] = [
  // English
  'works at',
  'work at',
  'working at',
  'works for',
  'work for',
  'working for',
  'employed by',
  'employed at',
  'employee of',
  'employee at',
  'staff at',
  'staffer at',
  'on staff at',
  'part of the team at',
  'writing for',
  'writes for',
  'write for',
  'reporting for',
  'reports for',
  'contributing to',
  // Spanish
  'trabajo en',
  'trabajo para',
  'trabaja en',
  'trabaja para',
  'trabajando en',
  'trabajando para',
  'escribo para',
  'colaboro con',
  'colaboro en',
  // French
  'travaille à',
  'travaille pour',
  'travaille chez',
  'travaillant pour',
  'travaillant à',
  'écrit pour',
  "j'écris pour",
  'j’écris pour',
  // Russian
  'работаю в',
  'работаю на',
  'работаю для',
  'работает в',
  'работает на',
  'сотрудник',
  'сотрудница',
  'пишу для',
  // German
  'arbeite bei',
  'arbeitet bei',
  'arbeite für',
  'arbeitet für',
  'tätig bei',
  'tätig für',
  'angestellt bei',
  'schreibe für',
  // Portuguese
  'trabalho na',
  'trabalho no',
  'trabalho em',
  'trabalho para',
  'trabalha na',
  'trabalha no',
  'trabalha em',
  'trabalha para',
  // Italian
  'lavoro per',
  'lavoro a',
  'lavoro presso',
  'lavora per',
  'lavora presso',
  'scrivo per',
  // Ukrainian
  'працюю в',
  'працюю у',
  'працюю на',
  'працює в',
  'працює на',
  'співробітник',
  'співробітниця',
  // Polish, Serbian/Croatian, Romanian, Swahili
  'pracuję w',
  'pracuje w',
  'radim u',
  'radim na',
  'lucrez la',
  'ninafanya kazi',
  // Indonesian and Malay
  'bekerja di',
  'bekerja untuk',
  'kerja di',
  'berkhidmat di',
  'berkhidmat dengan',
  // Past tense: employment all the same, reported as former (src/lists/bio/former.ts)
  'worked at',
  'worked for',
  'работал в',
  'работала в',
  'работал на',
  'работала на',
  'trabajé en',
  'trabajé para',
  'trabajaba en',
  'travaillé à',
  'travaillé pour',
  'travaillé chez',
  'ho lavorato per',
  'ho lavorato a',
  'працював в',
  'працювала в',
  'працював на',
  'працювала на',
  // Chinese
  '就职于',
  '就職於',
  '任职于',
  '任職於',
  '供职于',
  '供職於',
  '工作于',
  '服务于',
  // Arabic
  'أعمل في',
  'أعمل لدى',
  'أعمل مع',
  'يعمل في',
  'تعمل في',
  'موظف في',
  'موظفة في',
  // Persian
  'کارمند',
  'شاغل در',
  // Vietnamese
  'làm việc tại',
  'làm việc cho',
  'công tác tại',
];

/**
 * Employment words that FOLLOW the outlet: English "alum" ("CGTN alum", past staff), Turkish and Korean put the verb last ("TRT'de çalışıyorum", "KCNA 근무"),
 * Persian too ("در پرس تی وی کار می‌کنم"), and Chinese closes 在 … 工作 ("在新华社工作") or names staff after the
 * outlet ("新华社员工"). Past forms are here as well; the bio reader marks them former.
 */
export const EMPLOYMENT_AFTER_OUTLET: readonly string[] = [
  // English ("CGTN alum": past staff)
  'alum',
  'alumni',
  'alumna',
  'alumnus',
  // Turkish
  'çalışıyorum',
  'çalışanı',
  'çalışanıyım',
  'bünyesinde',
  'çalıştım',
  // Korean
  '근무',
  '재직',
  // Persian
  'کار می‌کنم',
  'کار میکنم',
  'کار می‌کردم',
  'کار کردم',
  // Japanese (勤務 "employed at", 所属 "belonging to", 在籍 "on the staff of": after the outlet and its particle)
  '勤務',
  '所属',
  '在籍',
  '社員',
  '職員',
  '働いています',
  '働いてます',
  // Hindi (कार्यरत "employed", after the outlet and में)
  'में कार्यरत',
  // Chinese
  '工作',
  '上班',
  '员工',
  '員工',
];
