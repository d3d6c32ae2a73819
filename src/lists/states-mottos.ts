/**
 * National mottos and the slogans a state's authorities use as one, in the state's own languages: beside the state's
 * own flag, the words a seed account puts under its name ("🇧🇫 … La Patrie ou la mort, nous vaincrons", "🇻🇳 Độc lập –
 * Tự do – Hạnh phúc"). Read by src/lists/self-presentation.ts; like every state cue, it counts only with strong
 * amplification, so a patriot quoting the motto beside the flag with ordinary reach stays clear.
 *
 * A motto two states share ("Un peuple, un but, une foi": Mali and Senegal; "Unité, Travail, Progrès": Chad and the
 * Republic of the Congo) is listed under each: it is read only beside one state's flag and no other, so the flag says
 * whose it is. Left out: "الله، الوطن، الملك" (Morocco and Jordan, and a phrase of every Arab monarchy), and mottos
 * that are ordinary phrases or speak in the first person singular ("Harambee", a Kenyan football team's name too;
 * "For God and My Country"). Besides the constitutional mottos, the slogans a military or transition government puts
 * where a motto goes (Burkina Faso's revolutionary motto; Myanmar's "three national causes").
 * Some slogans of the Sahel and Guinea juntas were looked for and left out: the CNRD's (Guinea) are single words
 * ("refondation", "rassemblement"), and no fixed wording of Niger's CNSP or Gabon's CTRI was found in a source.
 * Sources: each state's constitution (its article on the state's symbols, as the Constitute Project publishes it) or
 * the law on its coat of arms, as the note on each row says.
 */

/** ISO 3166-1 alpha-2 → mottos and slogans, as written in the state's language (punctuation does not matter). */
export const STATE_MOTTOS: Readonly<Record<string, readonly string[]>> = {
  // Constitution of Burkina Faso (1991): "Unité – Progrès – Justice"; and the motto of the revolutionary period
  // (1984–1991), "La Patrie ou la mort, nous vaincrons".
  BF: ['Unité Progrès Justice', 'La Patrie ou la mort, nous vaincrons'],
  // Constitution of Cameroon: "Paix – Travail – Patrie".
  CM: ['Paix Travail Patrie'],
  // Constitution of Niger (2010): "Fraternité – Travail – Progrès".
  NE: ['Fraternité Travail Progrès'],
  // Constitution of Côte d'Ivoire (2016): "Union – Discipline – Travail".
  CI: ['Union Discipline Travail'],
  // Constitution of Benin (1990): "Fraternité – Justice – Travail".
  BJ: ['Fraternité Justice Travail'],
  // Constitution of Togo (1992): "Travail – Liberté – Patrie".
  TG: ['Travail Liberté Patrie'],
  // Constitution of Gabon (1991): "Union – Travail – Justice".
  GA: ['Union Travail Justice'],
  // Constitution of the Democratic Republic of the Congo (2006): "Justice – Paix – Travail".
  CD: ['Justice Paix Travail'],
  // Constitution of the Central African Republic (2016): "Unité – Dignité – Travail".
  CF: ['Unité Dignité Travail'],
  // Constitution of Burundi (2018): "Ubumwe, Ibikorwa, Iterambere" (unity, work, progress).
  BI: ['Ubumwe Ibikorwa Iterambere'],
  // Constitution of Rwanda (2003, rev. 2015): "Ubumwe, Umurimo, Gukunda Igihugu".
  RW: ['Ubumwe Umurimo Gukunda Igihugu'],
  // Tanzania's coat of arms: "Uhuru na Umoja" (freedom and unity).
  TZ: ['Uhuru na Umoja'],
  // Zimbabwe's coat of arms: "Unity, Freedom, Work".
  ZW: ['Unity Freedom Work'],
  // Nigeria's coat of arms: "Unity and Faith, Peace and Progress".
  NG: ['Unity and Faith Peace and Progress'],
  // Cuba: the revolution's slogan, closing official speeches since 1960.
  CU: ['Patria o Muerte Venceremos'],
  // Vietnam: the motto (tiêu ngữ) written under the state's name on every official document: "Độc lập – Tự do – Hạnh phúc".
  VN: ['Độc lập Tự do Hạnh phúc'],
  // The Lao PDR: the motto written under the state's name on every official document (peace, independence,
  // democracy, unity, prosperity).
  LA: ['ສັນຕິພາບ ເອກະລາດ ປະຊາທິປະໄຕ ເອກະພາບ ວັດທະນະຖາວອນ'],
  // Constitution of Cambodia (1993): "ជាតិ សាសនា ព្រះមហាក្សត្រ" (nation, religion, king).
  KH: ['ជាតិ សាសនា ព្រះមហាក្សត្រ'],
  // Thailand: the three pillars of "nation, religion, king" (ชาติ ศาสนา พระมหากษัตริย์), the unofficial state motto.
  // Also written short, "ชาติ ศาสน์ กษัตริย์", as on banners and in songs (the Royal Institute Dictionary gives ศาสน์ as the
  // bound form of ศาสนา and กษัตริย์ as "king").
  TH: ['ชาติ ศาสนา พระมหากษัตริย์', 'ชาติ ศาสน์ กษัตริย์'],
  // Indonesia's coat of arms: "Bhinneka Tunggal Ika".
  ID: ['Bhinneka Tunggal Ika'],
  // Malaysia's coat of arms: "Bersekutu Bertambah Mutu".
  // Not "Malaysia MADANI", the government's name for its programme since 2023: tried after the sixteenth set and
  // taken back, as cafés, tuition centres, youth groups and supporters name themselves with it (a review).
  MY: ['Bersekutu Bertambah Mutu'],
  // Republic Act 8491 (Philippines, the Flag and Heraldic Code): "Maka-Diyos, Maka-Tao, Makakalikasan at Makabansa".
  PH: ['Maka-Diyos Maka-Tao Makakalikasan at Makabansa'],
  // Constitution of Mali (2023) and of Senegal (2001), art. 1: "Un Peuple – Un But – Une Foi" (both states; the flag
  // beside it says which).
  ML: ['Un peuple Un but Une foi'],
  SN: ['Un peuple Un but Une foi'],
  // Constitution of Chad (2023) and of the Republic of the Congo (2015): "Unité – Travail – Progrès" (both states).
  TD: ['Unité Travail Progrès'],
  CG: ['Unité Travail Progrès'],
  // Constitution of Guinea (2010, and the 2025 text): "Travail – Justice – Solidarité".
  GN: ['Travail Justice Solidarité'],
  // Fundamental Law of Equatorial Guinea: "Unidad, Paz, Justicia".
  GQ: ['Unidad Paz Justicia'],
  // Constitution of Guinea-Bissau: "Unidade, Luta, Progresso".
  GW: ['Unidade Luta Progresso'],
  // Constitution of the Comoros (2018), art. 1: "Unité – Solidarité – Développement".
  KM: ['Unité Solidarité Développement'],
  // Constitution of São Tomé and Príncipe: "Unidade, Disciplina, Trabalho".
  ST: ['Unidade Disciplina Trabalho'],
  // Constitution of Sierra Leone (1991), the national motto: "Unity – Freedom – Justice".
  SL: ['Unity Freedom Justice'],
  // Eswatini's coat of arms: "Siyinqaba" (we are the fortress).
  SZ: ['Siyinqaba'],
  // Sudan's emblem (1985): "النصر لنا" (victory is ours), the national motto on the upper scroll.
  SD: ['النصر لنا'],
  // Myanmar: the military's "three main national causes" (section 6 of the 2008 constitution), printed daily in the
  // state papers since the 1990s and quoted in every speech of the junta since 2021; the first, in English and Burmese.
  MM: ['Non-disintegration of the Union', 'ပြည်ထောင်စု မပြိုကွဲရေး'],
  // Constitution of Algeria ("par le peuple et pour le peuple"): "بالشعب وللشعب".
  DZ: ['بالشعب وللشعب'],
  // Iran: the revolution's slogan, the state's motto: "استقلال، آزادی، جمهوری اسلامی".
  IR: ['استقلال آزادی جمهوری اسلامی'],
  // Georgia's state motto: "ძალა ერთობაშია" (strength is in unity).
  GE: ['ძალა ერთობაშია'],
};
