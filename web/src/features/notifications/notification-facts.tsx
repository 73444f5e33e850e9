// The notification's declared facts: the traders, and the shipment (use, date, route, papers — the invoice, the
// exporting party's authorisation, the importing party's permit — free-text language, handling). Free text is
// marked with the language it was written in.
import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useCodeLists } from '../../app/code-lists';
import { DetailItem, DetailList } from '../../app/components/detail-list';
import { Section } from '../../app/components/section';
import { TranslatableText } from '../../app/components/translatable-text';
import { useUiLocale } from '../../app/locale';
import { formatPartialDate } from '../substances/format';
import { RouteText } from './route-text';
import { Trader } from './line-parts';
import type { Notification } from './types';

export function TradersSection({ notification: n }: { notification: Notification }) {
  const { t } = useTranslation();
  return (
    <Section title={t('notification.sectionTraders')}>
      <DetailList>
        <DetailItem label={t('notificationForm.exporter')}>
          <Trader trader={n.exporter} lang={n.language} />
        </DetailItem>
        <DetailItem label={t('notificationForm.importer')}>
          <Trader trader={n.importer} lang={n.language} />
        </DetailItem>
        <DetailItem label={t('notificationForm.consignee')}>{n.consignee ? <Trader trader={n.consignee} lang={n.language} /> : <Text>{t('notification.consigneeIsImporter')}</Text>}</DetailItem>
      </DetailList>
    </Section>
  );
}

export function ShipmentSection({ notification: n }: { notification: Notification }) {
  const { t } = useTranslation();
  const locale = useUiLocale();
  const codes = useCodeLists();
  const dash = t('common.none');
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
          <Text>
            <RouteText route={n.route} lang={n.language} />
          </Text>
        </DetailItem>
        <DetailItem label={t('notificationForm.invoiceNumber')}>
          <Text translate={n.invoiceNumber ? 'no' : undefined}>{n.invoiceNumber ?? dash}</Text>
        </DetailItem>
        <DetailItem label={t('notificationForm.permitNumber')}>
          <Text translate={n.permitNumber ? 'no' : undefined}>{n.permitNumber ?? dash}</Text>
        </DetailItem>
        <DetailItem label={t('notificationForm.importPermitNumber')}>
          <Text translate={n.importPermitNumber ? 'no' : undefined}>{n.importPermitNumber ?? dash}</Text>
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
