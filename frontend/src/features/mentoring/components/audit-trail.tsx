import { useState } from 'react'
import { Card, Group, Pagination, Stack, Table, Text, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { QueryState } from '@/components/feedback/query-state'
import { formatDateTime } from '@/lib/format'
import { AUDIT_PAGE_SIZE } from '../api/types'
import { useAudit } from '../api/use-mentoring'
import { MENTORING_NAMESPACE } from '../locales'

/** Who saw or changed what about me, newest first, a page at a time. */
export function AuditTrail() {
  const { t, i18n } = useTranslation(MENTORING_NAMESPACE)
  const [page, setPage] = useState(1)
  const audit = useAudit((page - 1) * AUDIT_PAGE_SIZE, AUDIT_PAGE_SIZE)

  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="audit-title">
      <Stack gap="sm">
        <Title order={2} size="h3" id="audit-title">
          {t('audit.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('audit.intro')}
        </Text>
        <QueryState data={audit.data} error={audit.error} size="sm">
          {(data) =>
            data.total === 0 ? (
              <Text size="sm" c="dimmed">
                {t('audit.empty')}
              </Text>
            ) : (
              <>
                <Table.ScrollContainer minWidth={560}>
                  <Table verticalSpacing="xs" data-testid="audit">
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th>{t('audit.when')}</Table.Th>
                        <Table.Th>{t('audit.who')}</Table.Th>
                        <Table.Th>{t('audit.what')}</Table.Th>
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {data.entries.map((entry) => (
                        <Table.Tr key={entry.id}>
                          <Table.Td style={{ whiteSpace: 'nowrap' }}>
                            {formatDateTime(entry.at, i18n.language)}
                          </Table.Td>
                          <Table.Td>{entry.actorName}</Table.Td>
                          <Table.Td>{entry.text}</Table.Td>
                        </Table.Tr>
                      ))}
                    </Table.Tbody>
                  </Table>
                </Table.ScrollContainer>
                <Group justify="space-between">
                  <Text size="xs" c="dimmed">
                    {t('audit.count', { count: data.total })}
                  </Text>
                  {data.total > AUDIT_PAGE_SIZE && (
                    <Pagination
                      total={Math.ceil(data.total / AUDIT_PAGE_SIZE)}
                      value={page}
                      onChange={setPage}
                      size="sm"
                      getControlProps={(control) => ({
                        'aria-label': t(`audit.page.${control}`),
                      })}
                      getItemProps={(n) => ({ 'aria-label': t('audit.page.number', { n }) })}
                    />
                  )}
                </Group>
              </>
            )
          }
        </QueryState>
      </Stack>
    </Card>
  )
}
