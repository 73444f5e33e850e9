// The route in one line — "Newark → Shanghai; Air; carrier: Maersk" — leaving out what was not given. Ports and the
// carrier are what the record says, in its language; the arrows, separators and the mode are the reader's.
import { useTranslation } from 'react-i18next';
import { Filled, slot } from '../../app/components/filled';
import { useUiLocale } from '../../app/locale';
import { writtenLang, type TextLang } from '../../app/translations';
import type { Mode } from './types';

type Route = { portOfExit: string | null; portOfEntry: string | null; mode: Mode; carrier: string | null };

/** Ports and carriers are proper nouns: quoted as the record writes them, never translated. `lang`: the record's. */
export function RouteText({ route: r, lang }: { route: Route; lang: TextLang }) {
  const { t } = useTranslation();
  const locale = useUiLocale();
  const dash = t('common.none');
  const said = (value: string | null) =>
    value ? (
      <span lang={writtenLang(value, lang)} translate="no">
        {value}
      </span>
    ) : (
      dash
    );
  const ports = r.portOfExit || r.portOfEntry ? t('notification.routePorts', { exit: slot('exit'), entry: slot('entry') }) : null;
  const carrier = r.carrier ? t('notification.routeCarrier', { carrier: slot('carrier') }) : null;
  const text = [ports, t(`notificationForm.mode.${r.mode}`), carrier].filter((p) => p !== null).join(locale === 'zh-CN' ? '；' : '; ');
  return <Filled text={text} parts={{ exit: said(r.portOfExit), entry: said(r.portOfEntry), carrier: said(r.carrier) }} />;
}
