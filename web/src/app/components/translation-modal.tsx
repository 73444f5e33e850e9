// Adding or correcting a person's translation of one field: the original beside the input, the translation of the
// version shown (the node refuses it with translation-stale when the original changed meanwhile, and the page then
// shows the new original).
import { Button, Group, Modal, Paper, SimpleGrid, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, call } from '../api/client';
import { useCodeLists } from '../code-lists';
import { htmlLang, type TextLang, type TranslatableField, type TranslationsContext } from '../translations';
import { useSubmit } from '../use-submit';
import { ProblemAlert } from './problem-alert';

const MAX_CHARS = 20_000;

type Props = {
  record: TranslationsContext;
  field: TranslatableField;
  targetLang: TextLang;
  initial: string;
  title: string;
  onClose: () => void;
};

export function TranslationModal({ record, field, targetLang, initial, title, onClose }: Props) {
  const { t } = useTranslation();
  const codes = useCodeLists();
  const [text, setText] = useState(initial);
  const { problem, isBusy, fieldError, run } = useSubmit();
  const save = () =>
    run(async () => {
      try {
        const body = { field: field.field, targetLang, text, sourceHash: field.original.hash };
        record.setField(await call(api.PUT('/api/v1/translations/{kind}/{id}', { params: { path: { kind: record.kind, id: record.id } }, body })));
        onClose();
      } catch (err) {
        record.reload();
        throw err;
      }
    });
  return (
    <Modal opened onClose={onClose} title={title} size="xl" closeButtonProps={{ 'aria-label': t('common.close') }}>
      <Stack>
        <ProblemAlert problem={problem} placedFields={['text']} />
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          <div>
            <Text size="sm" fw={600} mb={4}>
              {t('translation.originalIn', { language: codes.label('languages', field.original.lang) })}
            </Text>
            <Paper withBorder p="sm" bg="gray.0">
              <Text size="sm" lang={htmlLang(field.original.lang)} style={{ whiteSpace: 'pre-wrap' }}>
                {field.original.text}
              </Text>
            </Paper>
          </div>
          <Textarea
            label={t('translation.yourTranslation', { language: codes.label('languages', targetLang) })}
            lang={htmlLang(targetLang)}
            value={text}
            onChange={(e) => setText(e.currentTarget.value)}
            error={fieldError('text')}
            autosize
            minRows={4}
            maxLength={MAX_CHARS}
            required
            data-autofocus
          />
        </SimpleGrid>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button loading={isBusy} disabled={text.trim() === ''} onClick={() => void save()}>
            {t('translation.save')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
