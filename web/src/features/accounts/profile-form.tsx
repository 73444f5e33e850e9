// Display name, language and time zone (PATCH /me). The language applies to the UI at once.
import { Alert, Button, Group, Select, Stack, TextInput } from '@mantine/core';
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, call } from '../../app/api/client';
import { useAuth, useMe } from '../../app/auth-context';
import { ProblemAlert } from '../../app/components/problem-alert';
import { useSubmit } from '../../app/use-submit';
import { rememberLocale, toLocale, useUiLocale } from '../../app/locale';
import { timeZoneList, zoneOptions } from '../../app/time';

export function ProfileForm() {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const auth = useAuth();
  const uiLocale = useUiLocale();
  const zones = useMemo(() => zoneOptions(timeZoneList(), uiLocale), [uiLocale]);
  const [displayName, setDisplayName] = useState(me.displayName);
  const [locale, setLocale] = useState(me.locale);
  const [timeZone, setTimeZone] = useState(me.timeZone);
  const [isSaved, setSaved] = useState(false);
  const { problem, isBusy, fieldError, run } = useSubmit();
  const localeOptions = [
    { value: 'en', label: t('locale.en') },
    { value: 'zh-CN', label: t('locale.zhCN') },
  ];

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    await run(async () => {
      const user = await call(api.PATCH('/api/v1/me', { body: { displayName: displayName.trim(), locale, timeZone } }));
      auth.setUser(user);
      rememberLocale(user.locale);
      if (i18n.resolvedLanguage !== user.locale) await i18n.changeLanguage(user.locale);
      setSaved(true);
    });
  };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack>
        <ProblemAlert problem={problem} placedFields={['displayName', 'locale', 'timeZone']} />
        {isSaved ? (
          <Alert color="teal.9" variant="outline" role="status">
            {t('account.profileSaved')}
          </Alert>
        ) : null}
        <TextInput label={t('account.username')} value={me.username} readOnly variant="filled" />
        <TextInput label={t('account.displayName')} value={displayName} onChange={(e) => setDisplayName(e.currentTarget.value)} error={fieldError('displayName')} required />
        <Select label={t('account.language')} data={localeOptions} value={locale} onChange={(v) => setLocale(toLocale(v) ?? locale)} error={fieldError('locale')} allowDeselect={false} />
        <Select label={t('account.timeZone')} data={zones} value={timeZone} onChange={(v) => setTimeZone(v ?? timeZone)} error={fieldError('timeZone')} searchable allowDeselect={false} nothingFoundMessage={t('common.nothingFound')} />
        <Group>
          <Button type="submit" loading={isBusy}>
            {t('account.saveProfile')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
