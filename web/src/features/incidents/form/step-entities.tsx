// Step 5: the entities behind the incident (entity-list.tsx).
import { useTranslation } from 'react-i18next';
import { EntityList } from './entity-list';
import type { StepProps } from './wizard-step';

export function StepEntities({ draft, change, errorFor }: StepProps) {
  const { t } = useTranslation();
  return <EntityList entities={draft.entities} language={draft.language} intro={t('incidentForm.entitiesIntro')} onChange={(entities) => change({ entities })} errorFor={errorFor} />;
}
