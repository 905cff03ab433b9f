// The words for why a block was removed (one catalogue key per RemovalReason).
import { t } from '../lib/i18n';

const REASONS = ['ad', 'interstitial', 'read-also', 'share', 'promo', 'related', 'tags', 'comments', 'consent',
  'duplicate', 'hidden', 'other'];

/** "Advertisement", "“Read also” link"…; a rule name that is not a reason reads as itself. */
export function reasonLabel(reason: string, fallbackToName = false): string {
  if (!REASONS.includes(reason)) return fallbackToName ? reason : t('removedReason_other');
  return t(`removedReason_${reason.replace('-', '_')}`);
}
