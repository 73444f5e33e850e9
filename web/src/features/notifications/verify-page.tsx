// Public check of a clearance, for a customs officer, a carrier or a bank who holds the paper or the file but no
// account: paste the QR code's text or the signed clearance, or load the downloaded clearance file, and the node
// says whether a key it knows signed it, whose, and what it says — and whether the file's readable copy says the
// same. No sign-in needed.
import { Anchor, Box, Button, Code, Container, FileInput, Group, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, call } from '../../app/api/client';
import { useAuth } from '../../app/auth-context';
import { usePageTitle } from '../../app/components/page-title';
import { ProblemAlert } from '../../app/components/problem-alert';
import { LanguageSwitch } from '../../app/language-switch';
import { useSubmit } from '../../app/use-submit';
import type { VerifyResult } from './types';
import { bodyFromBundle, bodyFromText, type ReadInput } from './verify-input';
import { VerifyResultView } from './verify-result';

export function VerifyPage() {
  const { t } = useTranslation();
  usePageTitle(t('verify.title'));
  const auth = useAuth();
  const [text, setText] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [readError, setReadError] = useState<Extract<ReadInput, { error: string }>['error'] | null>(null);
  const [answer, setAnswer] = useState<{ result: VerifyResult; sentCopy: boolean } | null>(null);
  const { problem, isBusy, fieldError, run } = useSubmit();

  const verify = (read: ReadInput) => {
    setAnswer(null);
    if ('error' in read) return setReadError(read.error);
    setReadError(null);
    const sentCopy = read.body.document !== undefined;
    void run(async () => setAnswer({ result: await call(api.POST('/api/v1/clearances/verify', { body: read.body })), sentCopy }));
  };
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (file) void file.text().then((content) => verify(bodyFromBundle(content)), () => setReadError('not-json'));
    else verify(bodyFromText(text));
  };

  return (
    <Box component="main" id="main" bg="gray.0" mih="100vh">
      <Group justify="space-between" p="md">
        <Anchor component={Link} to={auth.status === 'signed-in' ? '/notifications' : '/login'} size="sm">
          {auth.status === 'signed-in' ? t('verify.backToApp') : t('verify.signIn')}
        </Anchor>
        <LanguageSwitch />
      </Group>
      <Container size="md" pb="xl">
        <Stack>
          <Title order={1} size="h2">
            {t('verify.title')}
          </Title>
          <Text size="sm">{t('verify.intro')}</Text>
          <form onSubmit={onSubmit} noValidate>
            <Stack gap="sm">
              <Textarea
                label={t('verify.text')}
                description={<Trans i18nKey="verify.textHelp" components={{ code: <Code translate="no" /> }} />}
                value={text}
                onChange={(e) => setText(e.currentTarget.value)}
                error={readError === 'empty' ? t('verify.readError.empty') : fieldError('text')}
                disabled={file !== null}
                autosize
                minRows={4}
                maxRows={12}
                spellCheck={false}
                styles={{ input: { fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace', wordBreak: 'break-all' } }}
              />
              <FileInput
                label={t('verify.file')}
                description={t('verify.fileHelp')}
                accept="application/json,.json"
                value={file}
                onChange={(f) => {
                  setFile(f);
                  setReadError(null);
                }}
                error={readError === 'not-json' || readError === 'not-bundle' ? t(`verify.readError.${readError}`) : undefined}
                clearable
                clearButtonProps={{ 'aria-label': t('verify.clearFile') }}
                maw={480}
              />
              <Group>
                <Button type="submit" loading={isBusy}>
                  {t('verify.submit')}
                </Button>
              </Group>
            </Stack>
          </form>
          <ProblemAlert problem={problem} placedFields={['text']} />
          {answer ? <VerifyResultView result={answer.result} sentCopy={answer.sentCopy} /> : null}
        </Stack>
      </Container>
    </Box>
  );
}
