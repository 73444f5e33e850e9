// How to reach a contact. Phone numbers and e-mail addresses become tel:/mailto: links; values stay plain text.
import { Anchor, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ContactChannel } from '../../app/api/types';
import { useCodeLists } from '../../app/code-lists';

function hrefFor(channel: ContactChannel): string | null {
  if (channel.kind === 'email') return `mailto:${channel.value}`;
  if (channel.kind === 'phone') return `tel:${channel.value.replace(/[^\d+]/g, '')}`;
  return null;
}

/** `lang`: the language the contact's free text is written in (a channel's label is free text). */
export function ContactChannels({ channels, lang }: { channels: ContactChannel[]; lang: string }) {
  const { t } = useTranslation();
  const codes = useCodeLists();
  if (channels.length === 0) return <Text>{t('contact.noChannels')}</Text>;
  return (
    <Table withTableBorder>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('contact.channelKind')}</Table.Th>
          <Table.Th scope="col">{t('contact.channelValue')}</Table.Th>
          <Table.Th scope="col">{t('contact.channelLabel')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {channels.map((ch, i) => {
          const href = hrefFor(ch);
          return (
            <Table.Tr key={`${ch.kind}-${i}`}>
              <Table.Td>{codes.label('channelKinds', ch.kind)}</Table.Td>
              <Table.Td className="mono" translate="no">{href ? <Anchor href={href}>{ch.value}</Anchor> : ch.value}</Table.Td>
              <Table.Td lang={lang}>{ch.label ?? ''}</Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}
