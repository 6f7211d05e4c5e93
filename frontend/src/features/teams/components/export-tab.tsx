import { Anchor, Card, Stack, Text, Title } from '@mantine/core'
import { IconFileSpreadsheet, IconPrinter } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { useLanguage } from '@/lib/use-language'
import { csvUrls } from '../api/teams-api'
import type { TeamDetail } from '../api/types'
import { TEAMS_NAMESPACE } from '../locales'

/** The CSV downloads (UTF-8 with BOM: Excel opens Japanese correctly) and the printable page. */
export function ExportTab({ team }: { team: TeamDetail }) {
  const { t } = useTranslation(TEAMS_NAMESPACE)
  const urls = csvUrls(team.id, useLanguage())
  const lead = team.myRole === 'lead'
  const links = [
    ...(lead ? [{ href: urls.heatmap, label: t('export.heatmap') }] : []),
    { href: urls.coverage, label: t('export.coverage') },
    ...(lead ? [{ href: urls.trainingPlan, label: t('export.trainingPlan') }] : []),
  ]
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="export-title">
      <Stack gap="sm">
        <Title order={2} size="h3" id="export-title">
          {t('export.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('export.intro')}
        </Text>
        <Stack
          gap="xs"
          component="ul"
          p={0}
          m={0}
          style={{ listStyle: 'none' }}
          data-testid="exports"
        >
          {links.map((link) => (
            <li key={link.href}>
              <Anchor
                href={link.href}
                // the server names the file (the team, what it holds, the date)
                download
                style={{ display: 'inline-flex', gap: 6, alignItems: 'center' }}
              >
                <IconFileSpreadsheet size={18} aria-hidden="true" />
                {link.label}
              </Anchor>
            </li>
          ))}
          <li>
            <Anchor
              component={Link}
              to={`/teams/${team.id}/print`}
              style={{ display: 'inline-flex', gap: 6, alignItems: 'center' }}
            >
              <IconPrinter size={18} aria-hidden="true" />
              {t('export.print')}
            </Anchor>
          </li>
        </Stack>
      </Stack>
    </Card>
  )
}
