// One registry entry: its structure, identifiers and names in both languages, every control by who imposes it
// and since when, the class controls built on it, and the sources behind it all.
import { Anchor, Badge, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api, call } from '../../app/api/client';
import { hasAnyRole, useMe } from '../../app/auth-context';
import { PageTitle } from '../../app/components/page-title';
import { QueryState } from '../../app/components/query-state';
import { Section } from '../../app/components/section';
import { useUiLocale } from '../../app/locale';
import { useApiQuery } from '../../app/use-api-query';
import { useReference } from '../directory/reference';
import { JurisdictionBadge, LocalBadge } from './badges';
import { ControlAmendModal } from './control-amend';
import { ControlFormModal } from './control-form';
import { otherText, textIn, todayIn } from './format';
import { SourceLinks } from './source-links';
import { ClassesSection, ControlsSection } from './substance-controls';
import { IdentifiersSection, NamesSection, StructureSection } from './substance-identity';
import { isJurisdiction, type Control, type Jurisdiction, type Substance } from './types';

export function SubstanceDetailPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const query = useApiQuery(() => call(api.GET('/api/v1/substances/{id}', { params: { path: { id } } })), [id]);
  return (
    <>
      <Anchor component={Link} to="/substances" size="sm">
        {t('substance.backToList')}
      </Anchor>
      <QueryState query={query}>{(substance) => <SubstanceDetail substance={substance} onChanged={query.reload} />}</QueryState>
    </>
  );
}

/** The party an administrator of this node legislates for, when the registry has lists for it. */
function useOwnJurisdiction(): Jurisdiction | null {
  const me = useMe();
  const ref = useReference();
  const own = ref.parties.find((p) => p.isSelf)?.code;
  return hasAnyRole(me, 'admin') && isJurisdiction(own) ? own : null;
}

function SubstanceDetail({ substance: s, onChanged }: { substance: Substance; onChanged: () => void }) {
  const { t } = useTranslation();
  const me = useMe();
  const locale = useUiLocale();
  const own = useOwnJurisdiction();
  const [isAdding, setAdding] = useState(false);
  const [amending, setAmending] = useState<Control | null>(null);
  const other = otherText(s.names, locale);
  const today = todayIn(me.timeZone);
  const saved = () => {
    setAdding(false);
    setAmending(null);
    onChanged();
  };

  return (
    <Stack mt="sm">
      <PageTitle title={textIn(s.names, locale)} />
      <Group gap="xs" mt={-12}>
        <Text c="dimmed" lang={other.lang}>
          {other.text}
        </Text>
        <Badge variant="outline" color="gray.8" tt="none">
          {t(`substances.kind.${s.kind}`)}
        </Badge>
        {s.jurisdictions.map((j) => (
          <JurisdictionBadge key={j} code={j} />
        ))}
        {s.origin === 'local' ? <LocalBadge /> : null}
      </Group>
      {s.unconfirmed.length > 0 ? <Text size="sm">{t('substance.unconfirmedNote')}</Text> : null}
      <StructureSection substance={s} />
      <IdentifiersSection substance={s} />
      <NamesSection substance={s} />
      <ControlsSection substance={s} today={today} ownJurisdiction={own} onAdd={() => setAdding(true)} onAmend={setAmending} />
      <ClassesSection substance={s} />
      <Section title={t('substance.sectionSources')}>
        <SourceLinks sources={s.sources} />
      </Section>
      {own ? <ControlFormModal substance={s} jurisdiction={own} opened={isAdding} onClose={() => setAdding(false)} onAdded={saved} /> : null}
      <ControlAmendModal substanceId={s.id} control={amending} onClose={() => setAmending(null)} onSaved={saved} />
    </Stack>
  );
}
