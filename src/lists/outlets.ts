/**
 * State-controlled and state-affiliated media outlets.
 *
 * What it is for: the affiliation signals read this table to recognise a bio link to a state outlet's site
 * (`domains`, matched as the host or any subdomain of it) and a bio that names a state outlet (`aliases`, matched
 * as whole words; short all-caps acronyms case-sensitively).
 *
 * How it is maintained: by hand, one row per outlet, facts only. A row goes in only when a public source labels or
 * describes the outlet as state-controlled / state-affiliated (a platform's labelling policy, a government
 * designation or sanction, a regulator's decision, or a reference article on its ownership); every row cites that
 * source in `source`. A domain goes in only when it is known to be the outlet's own (no mirrors, no guesses);
 * when in doubt, leave it out. Domains are lower-case hostnames, without scheme or path, and never repeated across
 * rows (tests/unit/lists.test.ts checks this).
 *
 * Ambiguous aliases, kept on purpose but worth knowing for whoever weighs a match:
 * - 'RT' is also Twitter/X slang for "retweet" ("RTs ≠ endorsements"); pair it with a role or employer cue.
 * - 'CCTV' is also closed-circuit television ("CCTV installer").
 * - 'Granma' is also informal English for grandmother.
 * - 'Sputnik' is also the Russian word for satellite and a common brand name.
 * - 'SANA' is also a given name and a transliteration of Sana'a (Yemen); only the all-caps form is listed.
 * - 'Россия сегодня' literally means "Russia today".
 * Deliberately NOT listed as aliases because they are ordinary words or other names: 'AA' (Anadolu), 'CNS', 'CRI',
 * 'RIA' (also "registered investment adviser"), 'NTV' (also Kenyan, Turkish and Japanese channels), 'KCTV' (also a
 * Kansas City station), bare 'Fars' (an Iranian province), bare 'Tasnim' (a given name), bare 'Mehr' (German "more"),
 * bare 'Rodong' ("labour"), 'Vesti'/'Вести' ("news"), 'Смотрим' ("we watch"), 'Первый' ("first"), 'العالم' ("the
 * world", Al-Alam).
 *
 * Left out for lack of a citable state-media label: Al Mayadeen (described as Iran/Hezbollah-aligned, banned in
 * Israel, but not labelled state media by a platform or government designation that could be cited).
 */

import type { Typology } from './typology';

export interface StateOutlet {
  /** Stable slug, e.g. 'cgtn'. */
  id: string;
  /** Display name, e.g. 'CGTN (China Global Television Network)'. */
  name: string;
  /** ISO 3166-1 alpha-2 of the controlling state, e.g. 'CN'. */
  state: string;
  /** Names as they appear in bios; matched as whole words. Short all-caps acronyms (<= 4 letters, e.g. 'RT', 'TASS') are matched case-sensitively by the matcher; list native-script names too (e.g. '新华社', 'Россия сегодня', 'РИА Новости'). */
  aliases: string[];
  /** Registrable domains and hosts; a bio link matches a domain or any subdomain of it. */
  domains: string[];
  /** State Media Monitor typology (typology.ts): what a tie to this outlet may mean for a verdict. */
  type: Typology;
  /** Public source(s) that label/describe it as state-controlled (URL and/or citation, e.g. a Wikipedia article section, the EU Council regulation suspending RT/Sputnik, the US State Department's foreign-mission designation, platform labelling announcements). */
  source: string;
}

/** Citations shared by several rows. */
const SRC = {
  usFeb2020:
    'US State Department, Foreign Missions Act designation of PRC media, 18 Feb 2020 (Xinhua, CGTN, China Radio International, China Daily Distribution Corp., Hai Tian Development USA / People’s Daily): https://2017-2021.state.gov/senior-state-department-officials-on-the-office-of-foreign-missions-designation-of-chinese-media-entities-as-foreign-missions/',
  usJun2020:
    'US State Department, Foreign Missions Act designation, 22 Jun 2020 (China Central Television, China News Service, People’s Daily, Global Times), statement by spokesperson Morgan Ortagus',
  usOct2020:
    'US State Department, “Designation of Additional PRC Propaganda Outlets as Foreign Missions”, 21 Oct 2020 (Yicai Global, Jiefang Daily, Xinmin Evening News, Social Sciences in China Press, Beijing Review, Economic Daily): https://2017-2021.state.gov/designation-of-additional-prc-propaganda-outlets-as-foreign-missions/',
  usSep2024:
    'US State Department, Foreign Missions Act determination, 4 Sep 2024 (Rossiya Segodnya and its subsidiaries RIA Novosti, RT, TV-Novosti, Ruptly, Sputnik), with US Treasury OFAC sanctions on RT leadership the same day',
  eu2022_350:
    'Council Regulation (EU) 2022/350 of 1 March 2022 amending Regulation (EU) No 833/2014 (suspension of broadcasting of RT/Russia Today English, UK, Germany, France, Spanish, and Sputnik), “under the permanent direct or indirect control of the authorities of the Russian Federation”',
  eu2022_879:
    'Council Regulation (EU) 2022/879 of 3 June 2022 (suspension of Rossiya RTR/RTR Planeta, Rossiya 24/Russia 24, TV Centre International)',
  euDec2022:
    'EU ninth sanctions package, Council of the EU, 16 Dec 2022 (suspension of NTV/NTV Mir, Rossiya 1, REN TV, Pervyi Kanal), Council Regulation (EU) 2022/2474',
  euMay2024:
    'Council of the EU, 17 May 2024: suspension of broadcasting of Voice of Europe, RIA Novosti, Izvestia and Rossiyskaya Gazeta, “under the permanent direct or indirect control of the leadership of the Russian Federation”',
  ofacMay2022:
    'US Treasury OFAC, 8 May 2022: designation of JSC Channel One Russia, JSC NTV Broadcasting Company and Television Station Russia-1 as state-controlled television stations (E.O. 14024)',
  twitter2020:
    'X/Twitter state-affiliated media label policy, 6 Aug 2020: https://blog.x.com/en_us/topics/product/2020/new-labels-for-government-and-state-affiliated-media-accounts',
  tiktok:
    'TikTok state-controlled media label policy (pilot on Russian state media, Mar 2022; expanded Jan 2023): https://www.tiktok.com/transparency/en-us/state-affiliated-media/',
  ofacIrib2013:
    'US Treasury OFAC, 6 Feb 2013: designation of the Islamic Republic of Iran Broadcasting (IRIB) and its head for censorship (Iran Threat Reduction Act), press release tg1847: https://home.treasury.gov/news/press-releases/tg1847',
  ofacSep2023:
    'US Treasury OFAC, 15 Sep 2023: designation of Press TV, Tasnim News Agency and Fars News Agency among 29 targets in connection with the repression of the Mahsa Amini protests',
  doj2021:
    'US Department of Justice, 22 Jun 2021: seizure of 33 websites of the Iranian Islamic Radio and Television Union (IRTVU, designated by OFAC Oct 2020 as IRGC-QF controlled), incl. presstv.com; Press TV and Al-Alam moved to presstv.ir and alalam.ir',
  medialandscapesIran:
    'European Journalism Centre, Media Landscapes: Iran — news agencies: https://medialandscapes.org/country/iran/organisations/news-agencies',
  nkMedia:
    'Wikipedia, “Mass media in North Korea” (state news agencies are the only outlets); South Korea blocks North Korean state sites under the National Security Act (Korea Times, Jan 2012; PCWorld, Oct 2010)',
  cubaMedia:
    'Wikipedia, “Media of Cuba”: private ownership of broadcast media is prohibited and the government owns all mainstream media outlets',
} as const;

export const STATE_OUTLETS: readonly StateOutlet[] = [
  // ---- China (CN) ----
  {
    id: 'xinhua',
    name: 'Xinhua News Agency',
    state: 'CN',
    type: 'SC',
    aliases: [
      'Xinhua',
      'Xinhua News Agency',
      'Xinhua News',
      '新华社',
      '新華社',
      '新华网',
      '新華網',
      'Синьхуа',
      'Agencia Xinhua',
    ],
    domains: ['news.cn', 'xinhuanet.com'],
    source: `${SRC.usFeb2020}; ${SRC.twitter2020}`,
  },
  {
    id: 'cgtn',
    name: 'CGTN (China Global Television Network)',
    state: 'CN',
    type: 'SC',
    aliases: ['CGTN', 'China Global Television Network', '中国国际电视台', '中國國際電視台'],
    domains: ['cgtn.com'],
    source: `${SRC.usFeb2020}; Ofcom, 4 Feb 2021: revocation of CGTN's UK licence, the licensee having no editorial control and CGTN being ultimately controlled by the Chinese Communist Party; ${SRC.twitter2020}`,
  },
  {
    id: 'cctv',
    name: 'CCTV (China Central Television) / China Media Group',
    state: 'CN',
    type: 'SC',
    aliases: [
      'CCTV',
      'China Central Television',
      'CCTV News',
      '中央电视台',
      '中國中央電視台',
      '中国中央电视台',
      '央视',
      '央視',
      '央视新闻',
      'China Media Group',
      '中央广播电视总台',
    ],
    domains: ['cctv.com', 'cctv.cn', 'cntv.cn'],
    source: `${SRC.usJun2020}; Ofcom, 4 Feb 2021 (CGTN decision: CCTV, as part of China Media Group, is controlled by the Chinese Communist Party)`,
  },
  {
    id: 'china-daily',
    name: 'China Daily',
    state: 'CN',
    type: 'SC',
    aliases: ['China Daily', '中国日报', '中國日報'],
    domains: ['chinadaily.com.cn'],
    source: `${SRC.usFeb2020}; ${SRC.twitter2020}`,
  },
  {
    id: 'global-times',
    name: 'Global Times',
    state: 'CN',
    type: 'SC',
    aliases: ['Global Times', '环球时报', '環球時報', '环球网', 'Huanqiu'],
    domains: ['globaltimes.cn', 'huanqiu.com'],
    source: `${SRC.usJun2020}; ${SRC.twitter2020}`,
  },
  {
    id: 'peoples-daily',
    name: 'People’s Daily',
    state: 'CN',
    type: 'SC',
    aliases: [
      'People’s Daily',
      "People's Daily",
      'People’s Daily Online',
      "People's Daily Online",
      '人民日报',
      '人民日報',
      '人民网',
      '人民網',
      'Renmin Ribao',
      'Жэньминь жибао',
    ],
    domains: ['people.com.cn', 'people.cn'],
    source: `${SRC.usFeb2020} (US distributor Hai Tian Development USA); ${SRC.usJun2020}; ${SRC.twitter2020}`,
  },
  {
    id: 'china-news-service',
    name: 'China News Service',
    state: 'CN',
    type: 'SC',
    aliases: ['China News Service', '中国新闻社', '中國新聞社', '中新社', '中新网', 'ECNS'],
    domains: ['chinanews.com.cn', 'chinanews.com', 'ecns.cn'],
    source: `${SRC.usJun2020}; South China Morning Post topic page “China News Service”: state-owned, integrated into the United Front Work Department`,
  },
  {
    id: 'cri',
    name: 'China Radio International',
    state: 'CN',
    type: 'SC',
    aliases: ['China Radio International', 'CRI Online', 'CRI English', '中国国际广播电台', '中國國際廣播電台'],
    domains: ['cri.cn'],
    source: SRC.usFeb2020,
  },
  {
    id: 'beijing-review',
    name: 'Beijing Review',
    state: 'CN',
    type: 'SC',
    aliases: ['Beijing Review', '北京周报'],
    domains: ['bjreview.com'],
    source: SRC.usOct2020,
  },
  {
    id: 'economic-daily',
    name: 'Economic Daily',
    state: 'CN',
    type: 'SC',
    aliases: ['Economic Daily', '经济日报', '經濟日報', '中国经济网'],
    domains: ['ce.cn'],
    source: SRC.usOct2020,
  },
  {
    id: 'jiefang-daily',
    name: 'Jiefang Daily',
    state: 'CN',
    type: 'SC',
    aliases: ['Jiefang Daily', '解放日报'],
    domains: ['jfdaily.com'],
    source: SRC.usOct2020,
  },
  {
    id: 'xinmin-evening-news',
    name: 'Xinmin Evening News',
    state: 'CN',
    type: 'SC',
    aliases: ['Xinmin Evening News', '新民晚报', '新民晚報'],
    domains: ['xinmin.cn'],
    source: SRC.usOct2020,
  },
  {
    id: 'yicai-global',
    name: 'Yicai Global (China Business Network)',
    state: 'CN',
    type: 'SC',
    aliases: ['Yicai Global', 'Yicai', '第一财经'],
    domains: ['yicaiglobal.com'],
    source: SRC.usOct2020,
  },

  // ---- Russia (RU) ----
  {
    id: 'rt',
    name: 'RT (formerly Russia Today)',
    state: 'RU',
    type: 'SC',
    aliases: [
      'RT',
      'Russia Today',
      'RT News',
      'RT en Español',
      'RT en Espanol',
      'RT Arabic',
      'RT Deutsch',
      'RT DE',
      'RT France',
      'RT UK',
      'RT America',
      'RT Documentary',
      'RTД',
      'Actualidad RT',
      'TV-Novosti',
      'ТВ-Новости',
      'روسيا اليوم',
    ],
    domains: ['rt.com'],
    source: `${SRC.eu2022_350}; ${SRC.usSep2024}; Ofcom, 18 Mar 2022: revocation of RT's UK licence; ${SRC.twitter2020}; ${SRC.tiktok}`,
  },
  {
    id: 'sputnik',
    name: 'Sputnik',
    state: 'RU',
    type: 'SC',
    aliases: [
      'Sputnik',
      'Sputnik News',
      'Sputnik International',
      'Sputnik Mundo',
      'Sputnik Afrique',
      'Sputnik Africa',
      'Sputnik Brasil',
      'Спутник',
    ],
    domains: ['sputniknews.com', 'sputnikglobe.com', 'sputniknews.africa', 'sputniknews.lat', 'noticiaslatam.lat'],
    source: `${SRC.eu2022_350}; ${SRC.usSep2024}; ${SRC.tiktok}; Insight News Media, 2024: Sputnik Mundo moved from sputniknews.lat to noticiaslatam.lat to evade EU sanctions`,
  },
  {
    id: 'tass',
    name: 'TASS (Russian News Agency)',
    state: 'RU',
    type: 'SC',
    aliases: [
      'TASS',
      'ТАСС',
      'ITAR-TASS',
      'ИТАР-ТАСС',
      'TASS Russian News Agency',
      'Информационное агентство России ТАСС',
    ],
    domains: ['tass.ru', 'tass.com'],
    source: `${SRC.tiktok} (TASS among the first Russian state media accounts labelled, Mar 2022); Wikipedia, “TASS”: federal state unitary enterprise owned by the Russian government`,
  },
  {
    id: 'ria-novosti',
    name: 'RIA Novosti',
    state: 'RU',
    type: 'SC',
    aliases: ['RIA Novosti', 'РИА Новости'],
    domains: ['ria.ru'],
    source: `${SRC.euMay2024}; ${SRC.usSep2024}; ${SRC.tiktok}`,
  },
  {
    id: 'rossiya-segodnya',
    name: 'Rossiya Segodnya (International Information Agency)',
    state: 'RU',
    type: 'SC',
    aliases: ['Rossiya Segodnya', 'Россия сегодня', 'МИА Россия сегодня', 'МИА «Россия сегодня»'],
    domains: [],
    source: `${SRC.usSep2024}; Wikipedia, “Rossiya Segodnya”: created by decree of the President of Russia, 9 Dec 2013`,
  },
  {
    id: 'ruptly',
    name: 'Ruptly',
    state: 'RU',
    type: 'SC',
    aliases: ['Ruptly'],
    domains: ['ruptly.tv'],
    source: `${SRC.usSep2024}; ${SRC.tiktok}`,
  },
  {
    id: 'channel-one-russia',
    name: 'Channel One Russia (Pervyi Kanal)',
    state: 'RU',
    type: 'SC',
    aliases: ['Channel One Russia', 'Channel One (Russia)', 'Pervyi Kanal', 'Perviy Kanal', 'Первый канал'],
    domains: ['1tv.ru', '1tv.com'],
    source: `${SRC.ofacMay2022}; ${SRC.euDec2022}`,
  },
  {
    id: 'vgtrk',
    name: 'VGTRK (All-Russia State Television and Radio Broadcasting Company): Russia-1, Rossiya 24, Vesti, Smotrim',
    state: 'RU',
    type: 'SC',
    aliases: [
      'VGTRK',
      'ВГТРК',
      'Russia-1',
      'Russia 1',
      'Rossiya 1',
      'Rossiya-1',
      'Россия-1',
      'Россия 1',
      'Rossiya 24',
      'Russia 24',
      'Россия 24',
      'RTR Planeta',
      'РТР-Планета',
      'Vesti.ru',
      'Вести.ру',
      'Smotrim',
    ],
    domains: ['vesti.ru', 'smotrim.ru', 'vgtrk.ru', 'vgtrk.com'],
    source: `${SRC.ofacMay2022} (Television Station Russia-1); ${SRC.eu2022_879}; ${SRC.euDec2022}; Wikipedia, “All-Russia State Television and Radio Broadcasting Company” (federal state unitary enterprise; owner of smotrim.ru)`,
  },
  {
    id: 'ntv',
    name: 'NTV / NTV Mir',
    state: 'RU',
    type: 'SC',
    aliases: ['NTV Mir', 'НТВ', 'НТВ Мир'],
    domains: ['ntv.ru'],
    source: `${SRC.ofacMay2022}; ${SRC.euDec2022}`,
  },
  {
    id: 'ren-tv',
    name: 'REN TV',
    state: 'RU',
    type: 'SC',
    aliases: ['REN TV', 'РЕН ТВ'],
    domains: ['ren.tv'],
    source: SRC.euDec2022,
  },
  {
    id: 'tv-centre',
    name: 'TV Centre International (TVC)',
    state: 'RU',
    type: 'SC',
    aliases: ['TV Centre International', 'ТВ Центр'],
    domains: ['tvc.ru'],
    source: SRC.eu2022_879,
  },
  {
    id: 'izvestia',
    name: 'Izvestia',
    state: 'RU',
    type: 'SC',
    aliases: ['Izvestia', 'Izvestiya', 'Известия'],
    domains: ['iz.ru'],
    source: SRC.euMay2024,
  },
  {
    id: 'rossiyskaya-gazeta',
    name: 'Rossiyskaya Gazeta',
    state: 'RU',
    type: 'SC',
    aliases: ['Rossiyskaya Gazeta', 'Российская газета'],
    domains: ['rg.ru'],
    source: `${SRC.euMay2024} (the Russian government's official gazette)`,
  },

  // ---- Iran (IR) ----
  {
    id: 'irib',
    name: 'IRIB (Islamic Republic of Iran Broadcasting)',
    state: 'IR',
    type: 'SC',
    aliases: [
      'IRIB',
      'Islamic Republic of Iran Broadcasting',
      'صدا و سیما',
      'صداوسیما',
      'سازمان صدا و سیمای جمهوری اسلامی ایران',
    ],
    domains: ['irib.ir'],
    source: `${SRC.ofacIrib2013}; US Treasury OFAC, 16 Nov 2022: designation of six senior IRIB employees (forced confessions)`,
  },
  {
    id: 'press-tv',
    name: 'Press TV (IRIB English-language channel)',
    state: 'IR',
    type: 'SC',
    aliases: ['Press TV', 'PressTV', 'پرس تی وی'],
    domains: ['presstv.ir', 'presstv.com'],
    source: `${SRC.ofacSep2023}; ${SRC.doj2021} (presstv.com listed as the outlet's former own domain); Ofcom revoked Press TV's UK licence in Jan 2012`,
  },
  {
    id: 'hispantv',
    name: 'HispanTV (IRIB Spanish-language channel)',
    state: 'IR',
    type: 'SC',
    aliases: ['HispanTV', 'Hispan TV'],
    domains: ['hispantv.com'],
    source:
      'Launched by IRIB on 21 Dec 2011 as its Spanish-language channel, financed by the Iranian government (AFP, 21 Dec 2011; BBC Persian report, 22 Dec 2011); Wikipedia, “HispanTV”',
  },
  {
    id: 'al-alam',
    name: 'Al-Alam (IRIB Arabic-language channel)',
    state: 'IR',
    type: 'SC',
    aliases: ['Al-Alam', 'Al Alam', 'Alalam', 'قناة العالم'],
    domains: ['alalam.ir'],
    source: `${SRC.doj2021}; Wikipedia, “Al-Alam News Network” (IRIB's Arabic channel)`,
  },
  {
    id: 'irna',
    name: 'IRNA (Islamic Republic News Agency)',
    state: 'IR',
    type: 'SC',
    aliases: ['IRNA', 'Islamic Republic News Agency', 'خبرگزاری جمهوری اسلامی', 'ایرنا'],
    domains: ['irna.ir'],
    source: `${SRC.medialandscapesIran}: “funded and controlled by the government through the Ministry of Culture and Islamic Guidance”`,
  },
  {
    id: 'tasnim',
    name: 'Tasnim News Agency (IRGC-affiliated)',
    state: 'IR',
    type: 'SC',
    aliases: ['Tasnim News', 'Tasnim News Agency', 'Tasnimnews', 'خبرگزاری تسنیم', 'تسنیم نیوز'],
    domains: ['tasnimnews.com'],
    source: `IRGC-affiliated: Wikipedia, “Tasnim News Agency” (owner: Islamic Revolutionary Guard Corps); Tehran Bureau / Zamaneh Media, “The IRGC's Media Trifecta”, 18 Jul 2023; ${SRC.ofacSep2023}`,
  },
  {
    id: 'fars',
    name: 'Fars News Agency (IRGC-affiliated)',
    state: 'IR',
    type: 'SC',
    aliases: ['Fars News', 'Fars News Agency', 'خبرگزاری فارس'],
    domains: ['farsnews.ir'],
    source: `IRGC-affiliated: Wikipedia, “Fars News Agency” (parent organisation: Islamic Revolutionary Guard Corps); Tehran Bureau / Zamaneh Media, “The IRGC's Media Trifecta”, 18 Jul 2023; ${SRC.ofacSep2023}`,
  },
  {
    id: 'mehr',
    name: 'Mehr News Agency',
    state: 'IR',
    type: 'SC',
    aliases: ['Mehr News', 'Mehr News Agency', 'خبرگزاری مهر'],
    domains: ['mehrnews.com'],
    source: `${SRC.medialandscapesIran}: owned by the Islamic Propagation Organisation (a state body)`,
  },

  // ---- North Korea (KP) ----
  {
    id: 'kcna',
    name: 'KCNA (Korean Central News Agency)',
    state: 'KP',
    type: 'SC',
    aliases: ['KCNA', 'Korean Central News Agency', '조선중앙통신', '조선중앙통신사', '朝鲜中央通讯社', '朝中社'],
    domains: ['kcna.kp'],
    source: `${SRC.nkMedia}; Wikipedia, “Korean Central News Agency” (state news agency of the DPRK)`,
  },
  {
    id: 'rodong-sinmun',
    name: 'Rodong Sinmun',
    state: 'KP',
    type: 'SC',
    aliases: ['Rodong Sinmun', '로동신문', '노동신문', '劳动新闻', '勞動新聞'],
    domains: ['rodong.rep.kp'],
    source: `${SRC.nkMedia}; Korea Times, 3 Jan 2012: official newspaper of the ruling Workers' Party of Korea, English site blocked in South Korea`,
  },
  {
    id: 'voice-of-korea',
    name: 'Voice of Korea (formerly Radio Pyongyang)',
    state: 'KP',
    type: 'SC',
    aliases: ['Voice of Korea', 'Radio Pyongyang', '조선의 소리', 'La Voz de Corea', 'Stimme Koreas'],
    domains: ['vok.rep.kp'],
    source: `${SRC.nkMedia}; Wikipedia, “Voice of Korea”: international broadcasting service of North Korea, owned by the Korean Central Broadcasting Committee, official website vok.rep.kp`,
  },
  {
    id: 'uriminzokkiri',
    name: 'Uriminzokkiri',
    state: 'KP',
    type: 'SC',
    aliases: ['Uriminzokkiri', '우리민족끼리'],
    domains: ['uriminzokkiri.com'],
    source: `${SRC.nkMedia}; Yonhap, Jan 2024: “the North's main propaganda site Uriminzokkiri”; PCWorld, Oct 2010: content largely drawn from KCNA and state newspapers`,
  },
  {
    id: 'kctv',
    name: 'KCTV (Korean Central Television)',
    state: 'KP',
    type: 'SC',
    aliases: ['Korean Central Television', '조선중앙텔레비죤', '조선중앙TV'],
    domains: [],
    source: `${SRC.nkMedia}; Wikipedia, “Korean Central Television” (state broadcaster of the DPRK, Korean Central Broadcasting Committee)`,
  },

  // ---- Venezuela (VE) ----
  {
    id: 'telesur',
    name: 'teleSUR',
    state: 'VE',
    type: 'SC',
    aliases: ['teleSUR', 'teleSUR English', 'teleSUR TV'],
    domains: ['telesurtv.net', 'telesurenglish.net'],
    source:
      'Wikipedia, “Telesur” (type: state media; headquartered in Caracas, subsidised by the government of Venezuela and sponsored by the governments of Cuba and Nicaragua)',
  },

  // ---- Cuba (CU) ----
  {
    id: 'cubadebate',
    name: 'Cubadebate',
    state: 'CU',
    type: 'SC',
    aliases: ['Cubadebate'],
    domains: ['cubadebate.cu'],
    source: `${SRC.cubaMedia}; Wikipedia, “Cubadebate” (Cuban state-run news website)`,
  },
  {
    id: 'prensa-latina',
    name: 'Prensa Latina',
    state: 'CU',
    type: 'SC',
    aliases: ['Prensa Latina', 'Пренса Латина'],
    domains: ['prensa-latina.cu', 'plenglish.com'],
    source: `${SRC.cubaMedia}: “Cuba's official news agency is Prensa Latina”`,
  },
  {
    id: 'granma',
    name: 'Granma',
    state: 'CU',
    type: 'SC',
    aliases: ['Granma', 'Granma Internacional', 'Granma International', 'Periódico Granma', 'Diario Granma'],
    domains: ['granma.cu'],
    source: `${SRC.cubaMedia}; Wikipedia, “Granma (newspaper)”: official newspaper of the Central Committee of the Communist Party of Cuba`,
  },

  // ---- Belarus (BY) ----
  {
    id: 'belta',
    name: 'BelTA (Belarusian Telegraph Agency)',
    state: 'BY',
    type: 'SC',
    aliases: ['BelTA', 'Belarusian Telegraph Agency', 'БелТА', 'Белорусское телеграфное агентство'],
    domains: ['belta.by'],
    source:
      'Wikipedia, “Belarusian Telegraph Agency” (state-owned national news agency); Council of the EU restrictive measures against Belarus, 5 Aug 2024, listing BelTA director-general Irina Akulovich; TikTok state-controlled media labels began with Russia, Ukraine and Belarus (2022)',
  },

  // ---- Turkey (TR) ----
  {
    id: 'anadolu',
    name: 'Anadolu Agency (state-run)',
    state: 'TR',
    type: 'SC',
    aliases: ['Anadolu Agency', 'Anadolu Ajansı', 'Anadolu Ajansi', 'Agencia Anadolu', 'وكالة الأناضول'],
    domains: ['aa.com.tr'],
    source:
      'State-funded / state-run: Wikipedia, “Anadolu Agency” (state-run news agency; BBC News and Associated Press describe it as “state-run”; restructured to reflect the government line under the AKP)',
  },
  {
    id: 'trt-world',
    name: 'TRT / TRT World (Turkish Radio and Television Corporation)',
    state: 'TR',
    type: 'SC',
    aliases: [
      'TRT World',
      'TRT',
      'TRT Haber',
      'TRT Arabi',
      'TRT Español',
      'TRT Deutsch',
      'TRT Français',
      'TRT Afrika',
      'TRT Russian',
    ],
    domains: ['trtworld.com', 'trt.net.tr', 'trthaber.com', 'trt.global'],
    source:
      'State-funded (claims editorial independence): Turkey’s state broadcaster TRT registered TRT World under the US Foreign Agents Registration Act, Mar 2020 (The New Arab / Al-Monitor, 18 Mar 2020); Wikipedia, “TRT World”',
  },

  // ---- Syria (SY) ----
  {
    id: 'sana',
    name: 'SANA (Syrian Arab News Agency)',
    state: 'SY',
    type: 'SC',
    aliases: ['SANA', 'Syrian Arab News Agency', 'الوكالة العربية السورية للأنباء', 'سانا'],
    domains: ['sana.sy'],
    source:
      'Wikipedia, “Syrian Arab News Agency” (state-owned, linked to the Ministry of Information; controlled by the Assad government until Dec 2024 and by its successor since)',
  },

  // ---- Vietnam (VN) ----
  {
    id: 'vna',
    name: 'Vietnam News Agency (VNA)',
    state: 'VN',
    type: 'SC',
    aliases: ['VNA', 'Vietnam News Agency', 'Thông tấn xã Việt Nam', 'TTXVN', 'VietnamPlus', 'Vietnam Plus'],
    domains: ['vnanet.vn', 'vietnamplus.vn'],
    source:
      'Wikipedia, “Vietnam News Agency”: a governmental agency, the official state news provider of the Socialist Republic of Vietnam (VietnamPlus is its e-newspaper)',
  },
];
