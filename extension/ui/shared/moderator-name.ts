/**
 * A moderator's name as the pages show it. The options' default name ("Moderator", extension/background/options.ts)
 * and the stand-in for labels imported without one ("imported", extension/background/moderator-labels.ts `labelOf`)
 * are the extension's words, not a person's: shown in the interface language (extension/i18n/common). Any other
 * name is the moderator's own and shown as written.
 */
import { t } from './i18n';

/** The options' default name, as stored. */
export const DEFAULT_MODERATOR = 'Moderator';

export function moderatorName(by: string | undefined): string {
  if (by === undefined || by === DEFAULT_MODERATOR) return t('moderator_default');
  if (by === 'imported') return t('moderator_imported');
  return by;
}
