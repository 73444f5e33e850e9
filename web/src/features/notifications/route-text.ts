import { useTranslation } from 'react-i18next';
import { useUiLocale } from '../../app/locale';
import type { Mode } from './types';

type Route = { portOfExit: string | null; portOfEntry: string | null; mode: Mode; carrier: string | null };

/** "Newark → Shanghai; Air; carrier: Maersk", leaving out what was not given. */
export function useRouteText(): (route: Route) => string {
  const { t } = useTranslation();
  const locale = useUiLocale();
  return (r) => {
    const dash = t('common.none');
    const ports = r.portOfExit || r.portOfEntry ? t('notification.routePorts', { exit: r.portOfExit || dash, entry: r.portOfEntry || dash }) : null;
    const carrier = r.carrier ? t('notification.routeCarrier', { carrier: r.carrier }) : null;
    return [ports, t(`notificationForm.mode.${r.mode}`), carrier].filter((p) => p !== null).join(locale === 'zh-CN' ? '；' : '; ');
  };
}
