import { Outlet } from 'react-router'
import { useTranslation } from 'react-i18next'
import { LanguageSwitch } from '@/components/language-switch'
import { PublicLayout } from '@/components/layout/public-layout'
import { RedirectIfAuthenticated } from '@/features/auth/components/auth-guards'
import { useChangeLanguage } from '@/features/auth/hooks/use-change-language'
import { currentLanguage } from '@/lib/i18n'

/** /login and /register: public header with the language switch. */
export function PublicLayoutRoute() {
  useTranslation() // re-render on language change
  const changeLanguage = useChangeLanguage()
  return (
    <RedirectIfAuthenticated>
      <PublicLayout
        headerActions={<LanguageSwitch value={currentLanguage()} onChange={changeLanguage} />}
      >
        <Outlet />
      </PublicLayout>
    </RedirectIfAuthenticated>
  )
}
