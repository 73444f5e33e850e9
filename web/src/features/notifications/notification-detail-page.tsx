// One notification as either side sees it: status and parties, the importer's deadline in both zones, the declared
// facts, the lines with both sides' screening, the documents filed with it, the timeline, the exchange with the
// other node, the signed decision when there is one, and the actions the signed-in user may take now.
import { Alert, Anchor, Grid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api, call } from '../../app/api/client';
import { useMe } from '../../app/auth-context';
import { PageTitle } from '../../app/components/page-title';
import { QueryState } from '../../app/components/query-state';
import { RecordTranslations } from '../../app/components/record-translations';
import { Section } from '../../app/components/section';
import { TranslatableText } from '../../app/components/translatable-text';
import { useUiLocale } from '../../app/locale';
import { formatDateTime } from '../../app/time';
import { useApiQuery } from '../../app/use-api-query';
import { ChosenPhrases } from './chosen-phrases';
import { ClearanceDownloads } from './clearance-downloads';
import { DeadlineBox } from './deadline-box';
import { DeliverySection } from './delivery-section';
import { DocumentsSection } from './documents-section';
import { LinesTable } from './lines-table';
import { NotificationActions } from './notification-actions';
import { ShipmentSection, TradersSection } from './notification-facts';
import { NotificationHeader } from './notification-header';
import { ImporterSchemeNotice } from './importer-scheme-notice';
import { IdentityNotice, ReviewNotice, SignatureNotice } from './review-notice';
import { Timeline } from './timeline';
import type { Notification } from './types';

export function NotificationDetailPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const query = useApiQuery(() => call(api.GET('/api/v1/notifications/{id}', { params: { path: { id } } })), [id]);
  return (
    <>
      <Anchor component={Link} to="/notifications" size="sm">
        {t('notification.backToList')}
      </Anchor>
      <QueryState query={query}>{(n) => <NotificationDetail notification={n} onChanged={query.setData} />}</QueryState>
    </>
  );
}

function Outcome({ notification: n }: { notification: Notification }) {
  const { t } = useTranslation();
  const me = useMe();
  const locale = useUiLocale();
  const at = (iso: string) => formatDateTime(iso, { locale, timeZone: me.timeZone });
  return (
    <>
      {n.withdrawnAt ? (
        <Alert color="dark.6" variant="outline" title={t('notification.withdrawnTitle', { time: at(n.withdrawnAt) })}>
          <ChosenPhrases codes={n.withdrawalCodes} />
          {n.withdrawalNote ? <TranslatableText field="withdrawalNote" text={n.withdrawalNote} lang={n.language} size="sm" /> : n.withdrawalCodes.length === 0 ? <Text size="sm">{t('common.none')}</Text> : null}
        </Alert>
      ) : null}
      {n.decision && n.decidedAt ? (
        <Alert color="blue.9" variant="outline" title={t('notification.decisionTitle', { decision: t(`notifications.decision.${n.decision}`), time: at(n.decidedAt) })}>
          <ChosenPhrases codes={n.decisionCodes} />
          {n.decisionNote ? <TranslatableText field="decisionNote" text={n.decisionNote} lang={n.language} size="sm" /> : null}
        </Alert>
      ) : null}
    </>
  );
}

/** The free text on the page is shown in the reader's language first (RecordTranslations, TranslatableText). */
function NotificationDetail({ notification: n, onChanged }: { notification: Notification; onChanged: (n: Notification) => void }) {
  return (
    <RecordTranslations kind="notification" id={n.id} revision={`${n.version}:${n.status}:${n.events.length}`}>
      <NotificationBody notification={n} onChanged={onChanged} />
    </RecordTranslations>
  );
}

function NotificationBody({ notification: n, onChanged }: { notification: Notification; onChanged: (n: Notification) => void }) {
  const { t } = useTranslation();
  return (
    <Stack mt="sm">
      <PageTitle title={n.reference} actions={<NotificationActions notification={n} onChanged={onChanged} />} />
      <NotificationHeader notification={n} />
      <ReviewNotice notification={n} />
      <SignatureNotice notification={n} />
      <IdentityNotice notification={n} />
      <ImporterSchemeNotice notification={n} />
      <Outcome notification={n} />
      <Grid>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <DeadlineBox notification={n} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 7 }}>
          {n.hasClearance ? (
            <Section title={n.reply === 'objected' ? t('notification.sectionObjection') : t('notification.sectionClearance')}>
              <ClearanceDownloads notification={n} />
            </Section>
          ) : null}
        </Grid.Col>
      </Grid>
      <Section title={t('notification.sectionLines')}>
        <LinesTable notification={n} />
      </Section>
      <TradersSection notification={n} />
      <ShipmentSection notification={n} />
      <DocumentsSection notification={n} onChanged={onChanged} />
      <Section title={t('notification.sectionTimeline')}>
        <Timeline events={n.events} notificationId={n.id} attachments={n.attachments} />
      </Section>
      <Section title={t('notification.sectionDelivery')}>
        <DeliverySection notification={n} />
      </Section>
    </Stack>
  );
}
