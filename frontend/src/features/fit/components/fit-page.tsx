import { IconChartBar } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { ComingSoon } from '@/components/placeholder/coming-soon'
import { FIT_NAMESPACE } from '../locales'

/** Placeholder: the fit feature is not built yet. */
export function FitPage() {
  const { t } = useTranslation(FIT_NAMESPACE)
  return (
    <ComingSoon
      icon={<IconChartBar size={22} />}
      title={t('page.title')}
      description={t('page.description')}
      capabilities={t('page.capabilities', { returnObjects: true }) as string[]}
    />
  )
}
