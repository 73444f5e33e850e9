// English ⇄ 简体中文. The button names the other language in that language; the choice is saved to the user.
import { Button } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAuth } from './auth-context';
import { otherLocale, useUiLocale } from './locale';

export function LanguageSwitch() {
  const { t } = useTranslation();
  const auth = useAuth();
  const locale = useUiLocale();
  const [isBusy, setBusy] = useState(false);
  const target = otherLocale(locale);
  const label = target === 'zh-CN' ? t('locale.zhCN') : t('locale.en');
  const onClick = () => {
    setBusy(true);
    auth
      .changeLocale(target)
      .catch(() => undefined)
      .finally(() => setBusy(false));
  };
  return (
    <Button variant="default" size="sm" onClick={onClick} loading={isBusy} lang={target} title={t('header.switchLanguage')}>
      {label}
    </Button>
  );
}
