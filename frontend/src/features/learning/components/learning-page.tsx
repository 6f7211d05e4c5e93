import { IconSchool } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { ComingSoon } from '@/components/placeholder/coming-soon'
import { LEARNING_NAMESPACE } from '../locales'

/** Placeholder: the learning feature is not built yet. */
export function LearningPage() {
  const { t } = useTranslation(LEARNING_NAMESPACE)
  return (
    <ComingSoon
      icon={<IconSchool size={22} />}
      title={t('page.title')}
      description={t('page.description')}
      capabilities={t('page.capabilities', { returnObjects: true }) as string[]}
    />
  )
}
