/**
 * After the forty-fifth and forty-sixth sets' misses were read (RULES_VERSION 40): a regional station's city between
 * the name and a Hindi postposition, an at-sign after a desk, El Salvador's legislature's
 * radio placed by the bio, VNA's sports daily and Zanzibar Leo as ordinary-word names, the Arabic label's "under the
 * control of". Both sides.
 */
import { describe, expect, it } from 'vitest';
import { isLabelText } from '../../src/tiktok/label';
import { jobOf } from './bio.helpers';

describe('after the forty-fifth and forty-sixth sets', () => {
  it.each([
    ['आकाशवाणी दिल्ली में समाचार वाचिका 🎙️ | ग़ज़लें', 'prasar-bharati'],
    ['Mhariri wa michezo @ Zanzibar Leo ⚽ | Unguja', 'zanzibar-leo'],
    ['Host of the morning show @ Sputnik', 'sputnik'],
    ['Productora en Radio Legislativa 🎧 | San Salvador', 'el-salvador-legislative-media'],
    ['PV báo Thể thao & Văn hóa - TTXVN 📸 Hà Nội', 'vna'],
  ])('%s', (bio, want) => expect(jobOf(bio)).toBe(want));

  it.each([
    // a city that is no station's; "on" a station (RULES_VERSION 32 took it back); "Zanzibar today"; "sports and culture"
    'Animatrice de la matinale sur Radio Lomé ☀️📻 | Bè',
    'Sống ở दिल्ली, nghe आकाशवाणी',
    'Journaliste, je parle sur RT de géopolitique',
    'Zanzibar leo 🌴 | Hoteli bora',
    'Tin thể thao và văn hóa mỗi ngày',
    // another legislature's radio with no place of El Salvador; a fan's "@"
    'Productora en Radio Legislativa',
    'Fan of the sports news @ RT',
  ])('not: %s', (bio) => expect(jobOf(bio)).toBeUndefined());

  it('reads the Arabic "under the control of the government" on the label element only', () => {
    expect(isLabelText('إعلام تحت سيطرة حكومة سوريا')).toBe(true);
    expect(isLabelText('وسائل الإعلام تحت رقابة الدولة')).toBe(true);
    expect(isLabelText('إعلام حر، ليس تحت سيطرة أحد')).toBe(false);
  });
});
