/**
 * States whose government runs state media although neither the registry (src/lists/registry/) nor the State Media
 * Monitor data set has a row for an outlet of theirs. The state cue (src/signals/state-voice.ts) counts for the union
 * of these and the registry's SC/CaPu states (STATES_WITH_OUTLETS in states.ts): a seed account presenting itself as
 * Mali or Equatorial Guinea is the same pattern as one presenting itself as Cuba, whatever the data set covers.
 *
 * How a state got in: every UN member state (and observer the identity tables know) outside the registry-derived set
 * was checked against a public source saying that its government controls a broadcaster or news medium — a state
 * broadcaster run as a unit of a ministry, chaired by the minister or headed by an appointee of the president or prime
 * minister, or the only broadcaster being government-run. States whose public media are independent by statute and
 * in practice (the EU/EEA members, Switzerland, the UK, Canada, the US, Japan, South Korea, Australia, New Zealand,
 * Israel, Costa Rica, the Caribbean and most Pacific states, Cabo Verde, Seychelles, Timor-Leste...) stay out, and so
 * do states where the sources disagree (Tonga, Fiji, Papua New Guinea, Solomon Islands): when in doubt, say less.
 * A state in this table still counts only for self-presentation with strong amplification (src/verdict.ts).
 *
 * Each row: the ISO 3166-1 alpha-2 code, why in one line, and the public page that says so (State Media Monitor's
 * own profile where it has one; otherwise RSF, Freedom House, the African Media Barometer of fesmedia Africa/MISA,
 * or the BBC's country media guide).
 */

export interface StateMediaRow {
  code: string;
  /** Why the government controls broadcast or news media, in one line. */
  reason: string;
  /** Where that is said, as a public address. */
  source: string;
}

export const STATE_MEDIA_STATES: readonly StateMediaRow[] = [
  {
    code: 'ML',
    reason:
      'ORTM is a public administrative establishment whose board the communication minister chairs and whose director the government appoints; a military transition government since 2020-21',
    source: 'https://statemediamonitor.com/2025/06/office-de-radio-et-television-du-mali-ortm/',
  },
  {
    code: 'GN',
    reason:
      'RTG has no statute or board and runs as a unit of the Ministry of Communication, its director named by presidential decree; no editorial independence',
    source:
      'African Media Barometer Guinea 2011 (fesmedia Africa), indicator 3.6: https://data.misa.org/en/entity/trndox0rygr',
  },
  {
    code: 'GQ',
    reason:
      'RTVGE, the national radio and TV broadcaster, takes its orders from the information ministry; all broadcast media but the president’s son’s are state-owned',
    source: 'RSF, “Predators: Teodoro Obiang Nguema”: http://en.rsf.org/predator-teodoro-obiang-nguema,44524.html',
  },
  {
    code: 'GW',
    reason:
      'TGB and RDN are state-owned; the social communication ministry replaces their management and staff protest censorship of the news',
    source: 'https://rsf.org/en/news/guinea-bissau-government-asked-not-interfere-tv-news-coverage',
  },
  {
    code: 'SZ',
    reason:
      'The Eswatini Broadcasting and Information Service is an arm of the Ministry of ICT and Eswatini TV follows the ministry’s public service guidelines on covering the king and government',
    source:
      'African Media Barometer Eswatini 2018 (fesmedia Africa), sector 3: https://data.misa.org/en/entity/eienlm118pv',
  },
  {
    code: 'KM',
    reason:
      'ORTC (Radio Comores, Télévision nationale comorienne) and Al-Watwan are state-owned, and the authorities keep a tight hold on the media (RSF, as quoted)',
    source: 'BBC, Comoros profile, media: https://www.bbc.co.uk/news/world-africa-13229688',
  },
  {
    code: 'SL',
    reason:
      'SLBC is owned by the government and operates as a department of the Ministry of Information; State Media Monitor types it State-Controlled (SC)',
    source: 'https://statemediamonitor.com/?p=5967',
  },
  {
    code: 'MV',
    reason:
      'PSM (TVM, Dhivehi Raajjeyge Adu) is 100 % government-owned, its board appointed by the President’s Office; known for promoting the government',
    source: 'https://statemediamonitor.com/2024/09/public-service-media-psm',
  },
  {
    code: 'MU',
    reason:
      'The MBC’s director general is appointed by the prime minister and its board chair by the minister; its radio and TV generally reflect government thinking',
    source: 'African Media Barometer Mauritius 2008, indicator 3.5: https://data.misa.org/en/entity/1hh93nq54wm',
  },
  {
    code: 'ST',
    reason: 'The only radio and television stations (RNSTP, TVS) and the state paper are government-run',
    source:
      'Freedom House, Freedom of the Press 2004, São Tomé and Príncipe: https://www.refworld.org/docid/4734513023.html',
  },
  {
    code: 'NR',
    reason:
      'The Nauru Media Bureau (government) runs the only radio and TV stations and the state paper; the president banned political reporting on them before the 2013 election',
    source:
      'Freedom House, Freedom of the Press 2014, Nauru: https://www.refworld.org/reference/annualreport/freehou/2014/en/102093',
  },
];

/** The codes of the table, for the union in states.ts. */
export const STATE_MEDIA_CODES: ReadonlySet<string> = new Set(STATE_MEDIA_STATES.map((row) => row.code));
