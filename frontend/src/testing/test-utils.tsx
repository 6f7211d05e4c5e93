import type { ReactElement, ReactNode } from 'react'
import { render } from '@testing-library/react'
import { createMemoryRouter, MemoryRouter, RouterProvider } from 'react-router'
import { AppProvider } from '@/app/provider'
import { createQueryClient } from '@/app/query-client'
import { routes } from '@/app/routes'

function Providers({ children }: { children: ReactNode }) {
  return (
    <AppProvider env="test" queryClient={createQueryClient()}>
      {children}
    </AppProvider>
  )
}

/** Renders a component with all app providers and an in-memory router. */
export function renderWithProviders(ui: ReactElement) {
  return render(ui, {
    wrapper: ({ children }) => (
      <Providers>
        <MemoryRouter>{children}</MemoryRouter>
      </Providers>
    ),
  })
}

/** Renders the whole app (all routes) starting at `path`. */
export function renderApp(path = '/') {
  const router = createMemoryRouter(routes, { initialEntries: [path] })
  const result = render(
    <Providers>
      <RouterProvider router={router} />
    </Providers>,
  )
  return { ...result, router }
}
