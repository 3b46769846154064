import { useTranslation } from 'react-i18next';
import type { Kit } from '../../src-main/contract';

/** "Prepared for you by …": the relative knows whose settings these are and whom to ask. */
export function KitGreeting({ kit }: { kit: Kit }) {
  const { t } = useTranslation();
  return (
    <div className="kit-greeting" data-testid="kit-greeting">
      <p className="kit-greeting-title">{t('kit.greeting', { name: kit.helper.name })}</p>
      {kit.helper.contact && <p>{t('kit.contact', { contact: kit.helper.contact })}</p>}
    </div>
  );
}
