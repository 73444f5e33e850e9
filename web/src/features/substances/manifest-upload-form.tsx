// A manifest to screen in the background — CSV, XLSX or JSON lines, up to 20 MiB — and the date to screen it as
// of. The size is checked here, so a file the node would refuse is not sent at all.
import { Button, FileInput, Group, Stack } from '@mantine/core';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../app/components/date-field';
import { ManifestColumns } from './manifest-columns';
import { MANIFEST_ACCEPT, MAX_MANIFEST_BYTES } from './screening-jobs';

type Props = {
  file: File | null;
  asOf: string;
  isBusy: boolean;
  onFile: (file: File | null) => void;
  onAsOf: (asOf: string) => void;
  onSubmit: (file: File) => void;
};

const MIB = 1024 * 1024;

export function ManifestUploadForm({ file, asOf, isBusy, onFile, onAsOf, onSubmit }: Props) {
  const { t } = useTranslation();
  const isTooLarge = file !== null && file.size > MAX_MANIFEST_BYTES;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (file && !isTooLarge) onSubmit(file);
  };
  const tooLarge = isTooLarge ? t('bulkScreening.tooLarge', { size: (file.size / MIB).toFixed(1), max: MAX_MANIFEST_BYTES / MIB }) : undefined;
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm" mb="lg">
        <ManifestColumns />
        <Group align="flex-start" gap="md" wrap="wrap">
          <FileInput
            label={t('bulkScreening.file')}
            description={t('bulkScreening.fileHelp', { max: MAX_MANIFEST_BYTES / MIB })}
            placeholder={t('bulkScreening.filePlaceholder')}
            accept={MANIFEST_ACCEPT}
            value={file}
            onChange={onFile}
            error={tooLarge}
            clearable
            clearButtonProps={{ 'aria-label': t('bulkScreening.clearFile') }}
            // The placeholder here is text on a button, not an input's ::placeholder: it needs full contrast.
            styles={{ placeholder: { color: 'var(--mantine-color-dimmed)' } }}
            w={360}
            maw="100%"
            required
          />
          <DateField label={t('screening.asOf')} description={t('screening.asOfHelp')} value={asOf} onChange={onAsOf} w={300} required />
        </Group>
        <Group>
          <Button type="submit" loading={isBusy} disabled={!file || isTooLarge}>
            {t('bulkScreening.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
