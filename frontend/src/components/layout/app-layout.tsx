import type { ReactNode } from 'react'
import { AppShell, Burger, Group, NavLink, ScrollArea, Text, UnstyledButton } from '@mantine/core'
import { useDisclosure } from '@mantine/hooks'
import { useTranslation } from 'react-i18next'
import { Link, NavLink as RouterNavLink } from 'react-router'
import { Logo } from './logo'

export interface NavItem {
  to: string
  label: string
  icon?: ReactNode
  /** shown as a small hint next to the label (e.g. "Coming soon") */
  hint?: string
  end?: boolean
}

export interface AppLayoutProps {
  navItems: NavItem[]
  /** right side of the header: language switch, user menu */
  headerActions?: ReactNode
  children: ReactNode
}

/** Header + navbar shell. The navbar collapses behind a burger below the `sm` breakpoint. */
export function AppLayout({ navItems, headerActions, children }: AppLayoutProps) {
  const { t } = useTranslation()
  const [opened, { toggle, close }] = useDisclosure(false)

  return (
    <AppShell
      header={{ height: 60 }}
      navbar={{ width: 240, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding="md"
    >
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger
              opened={opened}
              onClick={toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label={t('nav.toggle')}
              aria-expanded={opened}
              aria-controls="app-navbar"
            />
            {/* named by its visible text ("Skillgap"), with the destination as a description */}
            <UnstyledButton component={Link} to="/" title={t('nav.dashboard')}>
              <Logo />
            </UnstyledButton>
          </Group>
          <Group gap="xs" wrap="nowrap">
            {headerActions}
          </Group>
        </Group>
      </AppShell.Header>

      <AppShell.Navbar id="app-navbar" p="xs" component="nav" aria-label={t('nav.label')}>
        <ScrollArea type="scroll">
          {navItems.map((item) => (
            <NavLink
              key={item.to}
              component={RouterNavLink}
              to={item.to}
              end={item.end}
              label={item.label}
              leftSection={item.icon}
              rightSection={
                item.hint ? (
                  <Text span size="xs" c="dimmed" aria-hidden="true">
                    {item.hint}
                  </Text>
                ) : undefined
              }
              onClick={close}
              style={{ borderRadius: 'var(--mantine-radius-sm)' }}
            />
          ))}
        </ScrollArea>
      </AppShell.Navbar>

      <AppShell.Main>{children}</AppShell.Main>
    </AppShell>
  )
}
