// What the substance is: its structure drawn, its identifiers and its names in both languages. A value the
// registry could not confirm from a source carries an "unconfirmed" badge.
import { Box, Group, Image, Stack, Text } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { DetailItem, DetailList } from '../../app/components/detail-list';
import { Section } from '../../app/components/section';
import { formatList } from '../../app/format';
import { useUiLocale } from '../../app/locale';
import { UnconfirmedBadge } from './badges';
import { formatHs, textIn } from './format';
import type { Substance } from './types';

/** A value with the unconfirmed badge when `isUnconfirmed`. */
function Value({ children, isUnconfirmed, mono = false, lang }: { children: ReactNode; isUnconfirmed: boolean; mono?: boolean; lang?: string }) {
  return (
    <Group gap={6} wrap="nowrap" align="flex-start">
      <Text className={mono ? 'mono' : undefined} translate={mono ? 'no' : undefined} lang={lang} style={{ overflowWrap: 'anywhere' }}>
        {children}
      </Text>
      {isUnconfirmed ? <UnconfirmedBadge /> : null}
    </Group>
  );
}

export function StructureSection({ substance }: { substance: Substance }) {
  const { t } = useTranslation();
  const locale = useUiLocale();
  const [isMissing, setMissing] = useState(false);
  const name = textIn(substance.names, locale);
  return (
    <Section title={t('substance.sectionStructure')}>
      {substance.smiles && !isMissing ? (
        <Stack gap="xs" align="flex-start">
          <Box bg="white" style={{ border: '1px solid var(--mantine-color-gray-3)', borderRadius: 4 }} maw="100%">
            <Image src={`/api/v1/substances/${encodeURIComponent(substance.id)}/structure.svg`} alt={t('substance.structureAlt', { name })} w={360} maw="100%" h="auto" onError={() => setMissing(true)} />
          </Box>
          {substance.unconfirmed.includes('smiles') ? <UnconfirmedBadge /> : null}
        </Stack>
      ) : (
        <Text size="sm">{t('substance.noStructure')}</Text>
      )}
    </Section>
  );
}

export function IdentifiersSection({ substance: s }: { substance: Substance }) {
  const { t } = useTranslation();
  const isUnconfirmed = (field: string) => s.unconfirmed.includes(field);
  const none = t('common.none');
  return (
    <Section title={t('substance.sectionIdentifiers')}>
      <DetailList>
        <DetailItem label={t('substance.cas')}>
          <Value isUnconfirmed={isUnconfirmed('cas')} mono>{s.cas ?? none}</Value>
        </DetailItem>
        <DetailItem label={t('substance.otherCas')}>
          {s.otherCas.length === 0 ? (
            <Text>{none}</Text>
          ) : (
            s.otherCas.map((o) => (
              <Value key={o.cas} isUnconfirmed={isUnconfirmed('otherCas')}>
                <span className="mono">{o.cas}</span> <span lang="en">({o.form})</span>
              </Value>
            ))
          )}
        </DetailItem>
        <DetailItem label={t('substance.hs')}>
          <Value isUnconfirmed={isUnconfirmed('hs')} mono>{s.hs ? formatHs(s.hs) : none}</Value>
        </DetailItem>
        <DetailItem label={t('substance.kind')}>
          <Text>{t(`substances.kind.${s.kind}`)}</Text>
        </DetailItem>
        <DetailItem label={t('substance.smiles')}>
          <Value isUnconfirmed={isUnconfirmed('smiles')} mono>{s.smiles ?? none}</Value>
          {isUnconfirmed('smiles.stereo') ? (
            <Group gap={6} mt={4}>
              <Text size="sm">{t('substance.stereo')}</Text>
              <UnconfirmedBadge />
            </Group>
          ) : null}
        </DetailItem>
        <DetailItem label={t('substance.inchiKey')}>
          <Value isUnconfirmed={false} mono>{s.inchiKey ?? none}</Value>
        </DetailItem>
      </DetailList>
    </Section>
  );
}

export function NamesSection({ substance: s }: { substance: Substance }) {
  const { t } = useTranslation();
  const isUnconfirmed = (field: string) => s.unconfirmed.includes(field);
  const list = (items: string[], lang: 'en' | 'zh-CN') => (items.length ? formatList(items, lang) : t('common.none'));
  return (
    <Section title={t('substance.sectionNames')}>
      <DetailList>
        <DetailItem label={t('substance.nameEn')}>
          <Value isUnconfirmed={isUnconfirmed('names.en')} lang="en">{s.names.en}</Value>
        </DetailItem>
        <DetailItem label={t('substance.nameZh')}>
          <Value isUnconfirmed={isUnconfirmed('names.zh')} lang="zh-CN">{s.names.zh}</Value>
        </DetailItem>
        <DetailItem label={t('substance.synonymsEn')}>
          <Value isUnconfirmed={isUnconfirmed('synonyms.en')} lang="en">{list(s.synonyms.en, 'en')}</Value>
        </DetailItem>
        <DetailItem label={t('substance.synonymsZh')}>
          <Value isUnconfirmed={isUnconfirmed('synonyms.zh')} lang="zh-CN">{list(s.synonyms.zh, 'zh-CN')}</Value>
        </DetailItem>
      </DetailList>
    </Section>
  );
}
