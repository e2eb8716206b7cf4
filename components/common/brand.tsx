import type { ReactNode } from 'react';
import { useI18n } from './i18n.tsx';

/** Parole's header on every page: the icon, a title, and the motto unless the page needs the room. */
export function Brand({
  title,
  children,
  motto = true,
}: {
  title?: ReactNode;
  children?: ReactNode;
  motto?: boolean;
}) {
  const { t } = useI18n();
  return (
    <header className="brand">
      <img src="/icon/32.png" alt="" width={20} height={20} />
      {title ?? <span className="brand-name">{t('appName')}</span>}
      {motto && <span className="muted brand-tagline">{t('tagline')}</span>}
      {children}
    </header>
  );
}
