/**
 * Australia and New Zealand: independent public media only (the State Media Monitor assesses no state-controlled
 * outlet there; China's Chinese New Zealand Herald is in china.ts).
 */
import { smm } from './sources';
import type { StateOutlet } from './types';

export const OCEANIA: readonly StateOutlet[] = [
  {
    id: 'abc-australia',
    name: 'ABC (Australian Broadcasting Corporation)',
    state: 'AU',
    type: 'ISF',
    aliases: ['Australian Broadcasting Corporation', 'ABC News Australia', 'ABC Australia'],
    domains: ['abc.net.au'],
    source: smm('Australia, Australian Broadcasting Corporation (ABC, abc.net.au): ISF'),
  },
  {
    id: 'sbs',
    name: 'SBS (Special Broadcasting Service)',
    state: 'AU',
    type: 'ISF',
    aliases: ['Special Broadcasting Service', 'SBS News'],
    domains: ['sbs.com.au'],
    source: smm('Australia, Special Broadcasting Service (SBS, sbs.com.au): ISF'),
  },
  {
    id: 'rnz',
    name: 'RNZ (Radio New Zealand)',
    state: 'NZ',
    type: 'ISFM',
    aliases: ['Radio New Zealand', 'RNZ'],
    domains: ['radionz.co.nz', 'rnz.co.nz'],
    source: `${smm('New Zealand, Radio New Zealand (RNZ, radionz.co.nz): ISFM')}; rnz.co.nz: RNZ’s current domain (the old one redirects to it)`,
  },
  {
    id: 'tvnz',
    name: 'TVNZ (Television New Zealand) / 1News',
    state: 'NZ',
    type: 'ISM',
    aliases: ['Television New Zealand', 'TVNZ', '1News'],
    domains: ['tvnz.co.nz', '1news.co.nz'],
    source: `${smm('New Zealand, Television New Zealand (TVNZ, tvnz.co.nz): ISM')}; 1news.co.nz: TVNZ’s news service (imprint)`,
  },
  {
    id: 'pacific-media-network',
    name: 'Pacific Media Network: Niu FM, 531pi, PMN News',
    state: 'NZ',
    type: 'ISFM',
    aliases: ['Pacific Media Network', 'Niu FM', '531pi'],
    domains: ['niufm.com', '531pi.co.nz', 'pacificmedianetwork.com'],
    source: smm(
      'New Zealand, Pacific Media Network: Niu FM (niufm.com), 531 pi (531pi.co.nz), PMN News (pacificmedianetwork.com): ISFM',
    ),
  },
  {
    id: 'whakaata-maori',
    name: 'Whakaata Māori (Māori Television)',
    state: 'NZ',
    type: 'ISF',
    aliases: ['Whakaata Māori', 'Māori Television'],
    domains: ['maoritelevision.com'],
    source: smm('New Zealand, Whakaata Māori (maoritelevision.com): ISF'),
  },
];
