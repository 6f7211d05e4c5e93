import { IconFileSearch } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { ComingSoon } from '@/components/placeholder/coming-soon'
import { POSTINGS_NAMESPACE } from '../locales'

/** Placeholder: the postings feature is not built yet. */
export function PostingsPage() {
  const { t } = useTranslation(POSTINGS_NAMESPACE)
  return (
    <ComingSoon
      icon={<IconFileSearch size={22} />}
      title={t('page.title')}
      description={t('page.description')}
      capabilities={t('page.capabilities', { returnObjects: true }) as string[]}
    />
  )
}
