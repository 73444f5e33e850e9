// How the incident may be handled and how far it can be trusted: its TLP label, what a reader may do with it (use
// restrictions, in the spirit of SIENA's H0–H3), who it is shared with, and the source evaluation on the admiralty
// scale — a letter for the source's reliability and a digit for the information's credibility, each explained.
import { List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useCodeLists } from '../../app/code-lists';
import { DetailItem, DetailList } from '../../app/components/detail-list';
import { Section } from '../../app/components/section';
import { formatList } from '../../app/format';
import { useUiLocale } from '../../app/locale';
import { useReference } from '../directory/reference';
import type { Incident } from './types';

export function HandlingSection({ incident: i }: { incident: Incident }) {
  const { t } = useTranslation();
  const codes = useCodeLists();
  const ref = useReference();
  const locale = useUiLocale();
  const { reliability, credibility } = i.source;
  return (
    <Section title={t('incidents.detail.sectionHandling')}>
      <DetailList>
        <DetailItem label={t('incidents.detail.handling')}>
          <Text>{codes.label('handling', i.handling)}</Text>
        </DetailItem>
        <DetailItem label={t('incidents.detail.releasableTo')}>
          <Text>{i.releasableTo.length > 0 ? formatList(i.releasableTo.map(ref.partyLabel), locale) : t('incidents.detail.notShared')}</Text>
        </DetailItem>
        <DetailItem label={t('incidents.detail.useRestrictions')}>
          {i.useRestrictions.length === 0 ? (
            <Text>{t('incidents.detail.noRestrictions')}</Text>
          ) : (
            <List size="sm" spacing={2}>
              {i.useRestrictions.map((r) => (
                <List.Item key={r}>{t(`incidents.useRestrictions.${r}`)}</List.Item>
              ))}
            </List>
          )}
        </DetailItem>
        <DetailItem label={t('incidents.detail.source')}>
          <Text fw={600}>
            <span translate="no">{`${reliability}${credibility}`}</span>
          </Text>
          <Text size="sm">{t('incidents.detail.reliabilityIs', { code: reliability, meaning: t(`incidents.reliability.${reliability}`) })}</Text>
          <Text size="sm">{t('incidents.detail.credibilityIs', { code: credibility, meaning: t(`incidents.credibility.${credibility}`) })}</Text>
        </DetailItem>
      </DetailList>
    </Section>
  );
}
