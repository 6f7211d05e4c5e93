import {
  IconBell,
  IconBriefcase,
  IconCertificate,
  IconChartBar,
  IconFileSearch,
  IconHeartHandshake,
  IconHome,
  IconListCheck,
  IconRefresh,
  IconRoute,
  IconSchool,
  IconUsers,
  IconUsersGroup,
} from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { Outlet } from 'react-router'
import { LanguageSwitch } from '@/components/language-switch'
import { AppLayout, type NavItem } from '@/components/layout/app-layout'
import { RequireAuth } from '@/features/auth/components/auth-guards'
import { UserMenu } from '@/features/auth/components/user-menu'
import { useChangeLanguage } from '@/features/auth/hooks/use-change-language'
import { NotificationBell } from '@/features/notifications/components/notification-bell'
import { useIsMentor } from '@/features/mentoring/api/use-mentoring'
import { currentLanguage } from '@/lib/i18n'

const ICON_SIZE = 18

/** Everything behind login: the app shell with navigation, language switch and user menu. */
export function AppLayoutRoute() {
  const { t } = useTranslation()
  const changeLanguage = useChangeLanguage()
  const isMentor = useIsMentor()

  const navItems: NavItem[] = [
    { to: '/', label: t('nav.dashboard'), icon: <IconHome size={ICON_SIZE} />, end: true },
    { to: '/skills', label: t('nav.skills'), icon: <IconListCheck size={ICON_SIZE} /> },
    {
      to: '/reassessments',
      label: t('nav.reassessments'),
      icon: <IconRefresh size={ICON_SIZE} />,
    },
    {
      to: '/certifications',
      label: t('nav.certifications'),
      icon: <IconCertificate size={ICON_SIZE} />,
    },
    { to: '/roles', label: t('nav.roles'), icon: <IconBriefcase size={ICON_SIZE} /> },
    { to: '/fit', label: t('nav.fit'), icon: <IconChartBar size={ICON_SIZE} /> },
    { to: '/learning', label: t('nav.learning'), icon: <IconSchool size={ICON_SIZE} /> },
    { to: '/career', label: t('nav.career'), icon: <IconRoute size={ICON_SIZE} /> },
    { to: '/postings', label: t('nav.postings'), icon: <IconFileSearch size={ICON_SIZE} /> },
    { to: '/mentoring', label: t('nav.mentoring'), icon: <IconHeartHandshake size={ICON_SIZE} /> },
    { to: '/teams', label: t('nav.teams'), icon: <IconUsersGroup size={ICON_SIZE} /> },
    ...(isMentor
      ? [{ to: '/mentees', label: t('nav.mentees'), icon: <IconUsers size={ICON_SIZE} /> }]
      : []),
    {
      to: '/settings/notifications',
      label: t('nav.notificationSettings'),
      icon: <IconBell size={ICON_SIZE} />,
    },
  ]

  return (
    <RequireAuth>
      <AppLayout
        navItems={navItems}
        headerActions={
          <>
            <LanguageSwitch value={currentLanguage()} onChange={changeLanguage} />
            <NotificationBell />
            <UserMenu />
          </>
        }
      >
        <Outlet />
      </AppLayout>
    </RequireAuth>
  )
}
