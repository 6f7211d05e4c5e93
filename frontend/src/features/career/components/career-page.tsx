import { IconRoute } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { ComingSoon } from '@/components/placeholder/coming-soon'
import { CAREER_NAMESPACE } from '../locales'

/** Placeholder: the career feature is not built yet. */
export function CareerPage() {
  const { t } = useTranslation(CAREER_NAMESPACE)
  return (
    <ComingSoon
      icon={<IconRoute size={22} />}
      title={t('page.title')}
      description={t('page.description')}
      capabilities={t('page.capabilities', { returnObjects: true }) as string[]}
    />
  )
}
