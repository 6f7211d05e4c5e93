import { IconBriefcase } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { ComingSoon } from '@/components/placeholder/coming-soon'
import { ROLES_NAMESPACE } from '../locales'

/** Placeholder: the roles feature is not built yet. */
export function RolesPage() {
  const { t } = useTranslation(ROLES_NAMESPACE)
  return (
    <ComingSoon
      icon={<IconBriefcase size={22} />}
      title={t('page.title')}
      description={t('page.description')}
      capabilities={t('page.capabilities', { returnObjects: true }) as string[]}
    />
  )
}
