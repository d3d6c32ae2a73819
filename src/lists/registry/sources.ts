/**
 * Citations shared by the registry's rows. Facts only; each names where it can be checked.
 */

/** The State Media Monitor assessment as the ASD data set publishes it: the source of most rows' `type`. */
export const SMM_DATASET =
  'State Media Monitor (Media and Journalism Research Center) assessment, as published in the Alliance for Securing Democracy data set state-media-profiles, State_Media_Matrix.csv (github.com/ASD-at-GMF/state-media-profiles, commit d878fee, 7 Feb 2024)';

/** A row's State Media Monitor assessment: `smm('Bangladesh, Bangladesh Sangbad Sangstha (BSS): SC')`. */
export function smm(assessment: string): string {
  return `${SMM_DATASET}: ${assessment}`;
}

/** For an outlet the State Media Monitor does not assess: its typology applied to the cited ownership facts. */
export function criteria(facts: string): string {
  return `Typology by the State Media Monitor criteria (outlet not in its published assessment): ${facts}`;
}

export const SRC = {
  usFeb2020:
    'US State Department, Foreign Missions Act designation of PRC media, 18 Feb 2020 (Xinhua, CGTN, China Radio International, China Daily Distribution Corp., Hai Tian Development USA / People’s Daily): 2017-2021.state.gov/senior-state-department-officials-on-the-office-of-foreign-missions-designation-of-chinese-media-entities-as-foreign-missions/',
  usJun2020:
    'US State Department, Foreign Missions Act designation, 22 Jun 2020 (China Central Television, China News Service, People’s Daily, Global Times), statement by spokesperson Morgan Ortagus',
  usOct2020:
    'US State Department, “Designation of Additional PRC Propaganda Outlets as Foreign Missions”, 21 Oct 2020 (Yicai Global, Jiefang Daily, Xinmin Evening News, Social Sciences in China Press, Beijing Review, Economic Daily): 2017-2021.state.gov/designation-of-additional-prc-propaganda-outlets-as-foreign-missions/',
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
    'X/Twitter state-affiliated media label policy, 6 Aug 2020: blog.x.com/en_us/topics/product/2020/new-labels-for-government-and-state-affiliated-media-accounts',
  tiktok:
    'TikTok state-controlled media label policy (pilot on Russian state media, Mar 2022; expanded Jan 2023): www.tiktok.com/transparency/en-us/state-affiliated-media/',
  ofacIrib2013:
    'US Treasury OFAC, 6 Feb 2013: designation of the Islamic Republic of Iran Broadcasting (IRIB) and its head for censorship (Iran Threat Reduction Act), press release tg1847: home.treasury.gov/news/press-releases/tg1847',
  ofacSep2023:
    'US Treasury OFAC, 15 Sep 2023: designation of Press TV, Tasnim News Agency and Fars News Agency among 29 targets in connection with the repression of the Mahsa Amini protests',
  doj2021:
    'US Department of Justice, 22 Jun 2021: seizure of 33 websites of the Iranian Islamic Radio and Television Union (IRTVU, designated by OFAC Oct 2020 as IRGC-QF controlled), incl. presstv.com; Press TV and Al-Alam moved to presstv.ir and alalam.ir',
  medialandscapesIran:
    'European Journalism Centre, Media Landscapes: Iran — news agencies: medialandscapes.org/country/iran/organisations/news-agencies',
  nkMedia:
    'Wikipedia, “Mass media in North Korea” (state news agencies are the only outlets); South Korea blocks North Korean state sites under the National Security Act (Korea Times, Jan 2012; PCWorld, Oct 2010)',
  cubaMedia:
    'Wikipedia, “Media of Cuba”: private ownership of broadcast media is prohibited and the government owns all mainstream media outlets',
  ccpOrgan:
    'its masthead names it the organ (机关报) of the Chinese Communist Party committee of its province or city; Wikipedia, “Media of China” (provincial and municipal party newspapers)',
  wpRsp: 'Wikipedia, “Wikipedia:Reliable sources/Perennial sources” (the domains listed for the entry)',
  gecPillars:
    'US State Department Global Engagement Center, “Pillars of Russia’s Disinformation and Propaganda Ecosystem”, Aug 2020',
  sputnikBaltics:
    'Sputnik’s Baltic editions (sputnik-news.ee, sputniknewslv.com, sputniknews.lt) closed in 2019–2020 after Estonian, Latvian and Lithuanian measures against Rossiya Segodnya (ERR News, 31 Dec 2019; LSM, 2020)',
} as const;
