// Beside a declared chemical name, what the registry identifies it as: the reader's language first, then the other
// ("识别为 4-哌啶酮 · 4-Piperidone"), each part marked with its language. The declared name stays as the trader wrote it.
import { Text, type MantineSize } from '@mantine/core';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { useUiLocale } from '../../app/locale';
import { bothIn } from './format';
import type { IdentifiedSubstance } from './types';

type Props = { substances: readonly IdentifiedSubstance[]; size?: MantineSize };

export function IdentifiedNames({ substances, size = 'xs' }: Props) {
  const { t } = useTranslation();
  const locale = useUiLocale();
  if (substances.length === 0) return null;
  return (
    <Text size={size} c="dimmed" className="identified-names">
      {t('screening.identifiedAs')}{' '}
      {substances.map((s, i) => {
        const { first, second } = bothIn(s.label, locale);
        return (
          <Fragment key={`${s.kind}:${s.id}`}>
            {i > 0 ? '; ' : null}
            <Text span inherit fw={600} c="var(--mantine-color-text)" lang={first.lang}>
              {first.text}
            </Text>
            {second ? (
              <>
                {' · '}
                <span lang={second.lang}>{second.text}</span>
              </>
            ) : null}
          </Fragment>
        );
      })}
    </Text>
  );
}
