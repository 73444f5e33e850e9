// The notification's declared facts: the traders, and the shipment (use, date, route, papers, free-text language,
// handling). Free text is marked with the language it was written in.
import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useCodeLists } from '../../app/code-lists';
import { DetailItem, DetailList } from '../../app/components/detail-list';
import { Section } from '../../app/components/section';
import { TranslatableText } from '../../app/components/translatable-text';
import { useUiLocale } from '../../app/locale';
import { formatPartialDate } from '../substances/format';
import { useRouteText } from './route-text';
import type { Notification, TraderView } from './types';

function Trader({ trader, lang }: { trader: TraderView; lang: string }) {
  const { t } = useTranslation();
  return (
    <>
      <Text fw={600} lang={lang}>
        {trader.name}
      </Text>
      <Text size="sm" lang={lang} style={{ whiteSpace: 'pre-wrap' }}>
        {trader.address}
      </Text>
      {trader.licence ? <Text size="sm">{t('notification.licence', { licence: trader.licence })}</Text> : null}
    </>
  );
}

export function TradersSection({ notification: n }: { notification: Notification }) {
  const { t } = useTranslation();
  const lang = n.language === 'zh' ? 'zh-CN' : 'en';
  return (
    <Section title={t('notification.sectionTraders')}>
      <DetailList>
        <DetailItem label={t('notificationForm.exporter')}>
          <Trader trader={n.exporter} lang={lang} />
        </DetailItem>
        <DetailItem label={t('notificationForm.importer')}>
          <Trader trader={n.importer} lang={lang} />
        </DetailItem>
        <DetailItem label={t('notificationForm.consignee')}>{n.consignee ? <Trader trader={n.consignee} lang={lang} /> : <Text>{t('notification.consigneeIsImporter')}</Text>}</DetailItem>
      </DetailList>
    </Section>
  );
}

export function ShipmentSection({ notification: n }: { notification: Notification }) {
  const { t } = useTranslation();
  const locale = useUiLocale();
  const codes = useCodeLists();
  const lang = n.language === 'zh' ? 'zh-CN' : 'en';
  const dash = t('common.none');
  const routeText = useRouteText();
  return (
    <Section title={t('notification.sectionShipment')}>
      <DetailList>
        <DetailItem label={t('notificationForm.intendedUse')}>
          <TranslatableText field="intendedUse" text={n.intendedUse} lang={n.language} />
        </DetailItem>
        <DetailItem label={t('notificationForm.shipmentDate')}>
          <Text>{formatPartialDate(n.shipmentDate, locale)}</Text>
        </DetailItem>
        <DetailItem label={t('notificationForm.route')}>
          <Text lang={lang}>{routeText(n.route)}</Text>
        </DetailItem>
        <DetailItem label={t('notificationForm.invoiceNumber')}>
          <Text>{n.invoiceNumber ?? dash}</Text>
        </DetailItem>
        <DetailItem label={t('notificationForm.permitNumber')}>
          <Text>{n.permitNumber ?? dash}</Text>
        </DetailItem>
        <DetailItem label={t('notificationForm.language')}>
          <Text>{codes.label('languages', n.language)}</Text>
        </DetailItem>
        <DetailItem label={t('notificationForm.handling')}>
          <Text>{codes.label('handling', n.handling)}</Text>
        </DetailItem>
      </DetailList>
    </Section>
  );
}
