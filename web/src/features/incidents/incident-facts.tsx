// The incident's facts: what happened where and when (title and narrative in their language), the route and
// conveyance, and what happened next. Names and numbers of carriers, vessels, containers and parcels are quoted as
// filed, never translated.
import { Anchor, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DetailItem, DetailList } from '../../app/components/detail-list';
import { Section } from '../../app/components/section';
import { TranslatableText } from '../../app/components/translatable-text';
import { useUiLocale } from '../../app/locale';
import { formatDay } from '../../app/time';
import { writtenLang } from '../../app/translations';
import { object, objects, text, type Details } from './details';
import { PlaceText, useCountryName } from './place-text';
import { isMode } from './codes';
import type { Incident } from './types';

export function SummarySection({ incident: i }: { incident: Incident }) {
  const { t } = useTranslation();
  const locale = useUiLocale();
  const p = i.place;
  const hasPoint = p.latitude !== null && p.longitude !== null;
  return (
    <Section title={t('incidents.detail.sectionSummary')}>
      <DetailList>
        <DetailItem label={t('incidents.detail.incidentTitle')}>
          <TranslatableText field="title" text={i.title} lang={i.language} />
        </DetailItem>
        <DetailItem label={t('incidents.detail.occurredOn')}>
          <Text>{formatDay(i.occurredOn, locale)}</Text>
        </DetailItem>
        <DetailItem label={t('incidents.detail.place')}>
          <Text>
            <PlaceText country={p.country} locality={p.locality} port={p.port} lang={i.language} />
          </Text>
          {hasPoint ? <Text size="sm">{t('incidents.detail.coordinates', { latitude: p.latitude, longitude: p.longitude })}</Text> : null}
        </DetailItem>
        {i.notification ? (
          <DetailItem label={t('incidents.detail.notification')}>
            <Anchor component={Link} to={`/notifications/${i.notification.id}`}>
              {i.notification.reference}
            </Anchor>
          </DetailItem>
        ) : null}
      </DetailList>
      {i.narrative.trim() ? (
        <DetailList>
          <DetailItem label={t('incidents.detail.narrative')}>
            <TranslatableText field="narrative" text={i.narrative} lang={i.language} />
          </DetailItem>
        </DetailList>
      ) : null}
    </Section>
  );
}

/** A value quoted as filed: an identifier, a name of a ship or a firm. */
function Quoted({ value, lang }: { value: string | null; lang: Incident['language'] }) {
  const { t } = useTranslation();
  if (!value) return <Text>{t('common.none')}</Text>;
  return (
    <Text translate="no" lang={writtenLang(value, lang)} style={{ overflowWrap: 'anywhere' }}>
      {value}
    </Text>
  );
}

function PortText({ port, lang }: { port: Details | null; lang: Incident['language'] }) {
  const { t } = useTranslation();
  const country = useCountryName();
  if (!port) return <>{t('common.none')}</>;
  const code = text(port, 'country');
  const name = text(port, 'port');
  return (
    <>
      {name ? <span lang={writtenLang(name, lang)}>{name}</span> : null}
      {name && code ? ` (${country(code)})` : code ? country(code) : null}
      {!name && !code ? t('common.none') : null}
    </>
  );
}

export function RouteSection({ incident: i }: { incident: Incident }) {
  const { t } = useTranslation();
  const locale = useUiLocale();
  const r = i.route;
  const mode = text(r, 'mode');
  const transit = objects(r, 'transit');
  const isEmpty = !mode && transit.length === 0 && ['carrier', 'conveyance', 'container', 'trackingNumber'].every((f) => !text(r, f)) && !object(r, 'origin') && !object(r, 'destination');
  if (isEmpty) {
    return (
      <Section title={t('incidents.detail.sectionRoute')}>
        <Text size="sm">{t('incidents.detail.noRoute')}</Text>
      </Section>
    );
  }
  return (
    <Section title={t('incidents.detail.sectionRoute')}>
      <DetailList>
        <DetailItem label={t('incidents.detail.mode')}>
          <Text>{isMode(mode) ? t(`incidents.modes.${mode}`) : (mode ?? t('common.none'))}</Text>
        </DetailItem>
        <DetailItem label={t('incidents.detail.carrier')}>
          <Quoted value={text(r, 'carrier')} lang={i.language} />
        </DetailItem>
        <DetailItem label={t('incidents.detail.conveyance')}>
          <Quoted value={text(r, 'conveyance')} lang={i.language} />
        </DetailItem>
        <DetailItem label={t('incidents.detail.container')}>
          <Quoted value={text(r, 'container')} lang={i.language} />
        </DetailItem>
        <DetailItem label={t('incidents.detail.trackingNumber')}>
          <Quoted value={text(r, 'trackingNumber')} lang={i.language} />
        </DetailItem>
        <DetailItem label={t('incidents.detail.origin')}>
          <Text>
            <PortText port={object(r, 'origin')} lang={i.language} />
          </Text>
        </DetailItem>
        <DetailItem label={t('incidents.detail.transit')}>
          <Text>
            {transit.length === 0
              ? t('common.none')
              : transit.map((p, n) => (
                  <span key={n}>
                    {n > 0 ? (locale === 'zh-CN' ? '、' : ', ') : null}
                    <PortText port={p} lang={i.language} />
                  </span>
                ))}
          </Text>
        </DetailItem>
        <DetailItem label={t('incidents.detail.destination')}>
          <Text>
            <PortText port={object(r, 'destination')} lang={i.language} />
          </Text>
        </DetailItem>
      </DetailList>
    </Section>
  );
}

export function OutcomeSection({ incident: i }: { incident: Incident }) {
  const { t } = useTranslation();
  const o = i.outcome;
  return (
    <Section title={t('incidents.detail.sectionOutcome')}>
      <DetailList>
        <DetailItem label={t('incidents.outcome.investigationLabel')}>
          <Text>{t(`incidents.outcome.investigation.${o.investigation}`)}</Text>
        </DetailItem>
        <DetailItem label={t('incidents.outcome.arrestsLabel')}>
          <Text>{t('incidents.outcome.arrests', { count: o.arrests })}</Text>
        </DetailItem>
        <DetailItem label={t('incidents.outcome.prosecutionLabel')}>
          <Text>{t(`incidents.outcome.prosecution.${o.prosecution}`)}</Text>
        </DetailItem>
        <DetailItem label={t('incidents.outcome.dispositionLabel')}>
          <Text>{t(`incidents.outcome.disposition.${o.disposition}`)}</Text>
        </DetailItem>
      </DetailList>
    </Section>
  );
}
