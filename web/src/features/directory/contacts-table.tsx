// The contact list table: who, which agency and party, what topics, when reachable, in which languages, and
// how fresh the entry is.
import { Anchor, Badge, Group, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Contact } from '../../app/api/types';
import { useCodeLists } from '../../app/code-lists';
import { PersonName } from '../../app/components/person-name';
import { formatList } from '../../app/format';
import { useUiLocale } from '../../app/locale';
import { zoneName } from '../../app/time';
import { formatDays } from './office-hours';
import { PartyBadge } from './party-badge';
import { agencyName } from './reference';
import { VerifiedDay } from './verified-on';

export function ContactsTable({ contacts }: { contacts: Contact[] }) {
  const { t } = useTranslation();
  const locale = useUiLocale();
  const codes = useCodeLists();
  return (
    <Table.ScrollContainer minWidth={960}>
      <Table striped highlightOnHover verticalSpacing="sm">
        <Table.Caption>{t('contacts.tableCaption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col" style={{ whiteSpace: 'nowrap' }}>{t('contacts.colName')}</Table.Th>
            <Table.Th scope="col" style={{ whiteSpace: 'nowrap' }}>{t('contacts.colAgency')}</Table.Th>
            <Table.Th scope="col" style={{ whiteSpace: 'nowrap' }}>{t('contacts.colParty')}</Table.Th>
            <Table.Th scope="col" style={{ whiteSpace: 'nowrap' }}>{t('contacts.colTopics')}</Table.Th>
            <Table.Th scope="col" style={{ whiteSpace: 'nowrap' }}>{t('contacts.colCoverage')}</Table.Th>
            <Table.Th scope="col" style={{ whiteSpace: 'nowrap' }}>{t('contacts.colLanguages')}</Table.Th>
            <Table.Th scope="col" style={{ whiteSpace: 'nowrap' }}>{t('contacts.colVerified')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {contacts.map((c) => (
            <Table.Tr key={c.id}>
              <Table.Td>
                <Stack gap={2}>
                  <Group gap={6} wrap="nowrap">
                    <Anchor component={Link} to={`/contacts/${c.id}`} fw={600}>
                      <PersonName name={c.name} nameZh={c.nameZh} isPerson={c.kind === 'person'} />
                    </Anchor>
                    {c.isActive ? null : (
                      <Badge color="gray.7" variant="filled" tt="none" size="sm">
                        {t('contacts.inactive')}
                      </Badge>
                    )}
                  </Group>
                  <Text size="xs" c="dimmed" lang={c.language === 'zh' ? 'zh-CN' : 'en'}>
                    {[codes.label('contactKinds', c.kind), c.title].filter(Boolean).join(' · ')}
                  </Text>
                </Stack>
              </Table.Td>
              <Table.Td>
                <Text size="sm" fw={600}>
                  {c.agency.acronym}
                </Text>
                <Text size="xs" c="dimmed">
                  {agencyName(c.agency, locale)}
                </Text>
              </Table.Td>
              <Table.Td>
                <PartyBadge code={c.agency.partyCode} />
              </Table.Td>
              <Table.Td>
                <Text size="sm">{formatList(c.topics.map((x) => codes.label('topics', x)), locale)}</Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{codes.label('coverage', c.coverage)}</Text>
                {c.hours ? (
                  <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                    {t('hours.theirs', { days: formatDays(c.hours.days, locale), start: c.hours.start, end: c.hours.end, zone: zoneName(c.hours.timeZone, locale) })}
                  </Text>
                ) : null}
              </Table.Td>
              <Table.Td>
                <Text size="sm">{formatList(c.languages.map((x) => codes.label('languages', x)), locale)}</Text>
              </Table.Td>
              <Table.Td>
                <Group gap={6}>
                  <VerifiedDay contact={c} />
                  {c.isStale ? <StaleBadge /> : null}
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

export function StaleBadge() {
  const { t } = useTranslation();
  return (
    <Badge color="red.9" variant="filled" tt="none" size="sm">
      {t('contacts.stale')}
    </Badge>
  );
}
