// Step 3: the companies, people, phones, accounts and parcels the request is about — the same entity inputs as an
// incident's (incidents/form/entity-list.tsx); the receiving node matches them against its own records, so its
// officer sees what it already holds.
import { useTranslation } from 'react-i18next';
import { EntityList } from '../incidents/form/entity-list';
import type { FormStepProps } from './form-steps';

export function StepEntities({ draft, change, errorFor }: FormStepProps) {
  const { t } = useTranslation();
  return <EntityList entities={draft.entities} language={draft.language} intro={t('requests.form.entitiesIntro')} onChange={(entities) => change({ entities })} errorFor={errorFor} />;
}
