import { useEffect, useMemo, useState, type ReactNode } from 'react'
import { MantineProvider, mergeThemeOverrides } from '@mantine/core'
import { Notifications } from '@mantine/notifications'
import { type QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { I18nextProvider, useTranslation } from 'react-i18next'
import { authKeys } from '@/features/auth/api/use-auth'
import { onUnauthorized } from '@/lib/api-client'
import { i18n } from '@/lib/i18n'
import { createQueryClient } from './query-client'
import { cssVariablesResolver, theme } from './theme'

export interface AppProviderProps {
  children: ReactNode
  queryClient?: QueryClient
  /** Mantine "test" env disables transitions and portals (used by component tests). */
  env?: 'default' | 'test'
}

export function AppProvider({ children, queryClient: given, env = 'default' }: AppProviderProps) {
  const [queryClient] = useState(() => given ?? createQueryClient())
  const { t } = useTranslation()
  // every close button of a toast, a dialog or a drawer says what it does, in the UI language
  const close = t('close')
  const localized = useMemo(
    () =>
      mergeThemeOverrides(theme, {
        components: {
          Notification: { defaultProps: { closeButtonProps: { 'aria-label': close } } },
          Modal: { defaultProps: { closeButtonProps: { 'aria-label': close } } },
          Drawer: { defaultProps: { closeButtonProps: { 'aria-label': close } } },
        },
      }),
    [close],
  )

  useEffect(() => {
    // A 401 from an API call means the session is gone: forget the user; the route guard then
    // sends the visitor to /login and remembers the page they were on.
    onUnauthorized(() => queryClient.setQueryData(authKeys.me, null))
    return () => onUnauthorized(null)
  }, [queryClient])

  return (
    <I18nextProvider i18n={i18n}>
      <MantineProvider
        theme={localized}
        cssVariablesResolver={cssVariablesResolver}
        defaultColorScheme="auto"
        env={env}
      >
        {/* bottom right, at most three: toasts never cover the header and its navigation */}
        <Notifications position="bottom-right" limit={3} />
        <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
      </MantineProvider>
    </I18nextProvider>
  )
}
