import { Button, Card, Group, Stack, Text, Title } from '@mantine/core'
import { IconArrowLeft } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { QueryState } from '@/components/feedback/query-state'
import { usePosting, usePostingHistory } from '../api/use-postings'
import { POSTINGS_NAMESPACE } from '../locales'
import { DeletePostingButton } from './delete-posting-button'
import { formatDateTime } from '@/lib/format'
import { PostingHistoryChart } from './posting-history-chart'
import { PostingReport } from './posting-report'

export interface SavedPostingDetailProps {
  id: string
  onBack: () => void
}

/** One saved posting, analysed again with my current levels, and my fit to it over time. */
export function SavedPostingDetail({ id, onBack }: SavedPostingDetailProps) {
  const { t, i18n } = useTranslation(POSTINGS_NAMESPACE)
  const posting = usePosting(id)
  const history = usePostingHistory(id)

  const back = (
    <Button
      variant="subtle"
      leftSection={<IconArrowLeft size={16} aria-hidden="true" />}
      onClick={onBack}
      px={0}
    >
      {t('saved.back')}
    </Button>
  )

  if (!posting.data || posting.isError) {
    return (
      <Stack>
        <div>{back}</div>
        <QueryState data={posting.data} error={posting.error}>
          {() => null}
        </QueryState>
      </Stack>
    )
  }

  const saved = posting.data
  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-start" gap="sm">
        <Stack gap={2} align="flex-start" style={{ minWidth: 0, flex: 1 }}>
          {back}
          <Title order={2} size="h3" style={{ overflowWrap: 'anywhere' }}>
            {saved.title}
          </Title>
          <Text size="sm" c="dimmed">
            {t('saved.savedAt', { date: formatDateTime(saved.createdAt, i18n.language) })}
          </Text>
        </Stack>
        <DeletePostingButton id={saved.id} title={saved.title} onDeleted={onBack} />
      </Group>
      <PostingReport report={saved.report}>
        <Card withBorder radius="md" padding="md" component="section">
          <Stack gap="sm">
            <Title order={3} size="h4">
              {t('history.title')}
            </Title>
            <QueryState data={history.data} error={history.error} size="sm">
              {(points) =>
                points.length === 0 ? (
                  <Text size="sm" c="dimmed">
                    {t('history.empty')}
                  </Text>
                ) : (
                  <PostingHistoryChart points={points} />
                )
              }
            </QueryState>
          </Stack>
        </Card>
      </PostingReport>
    </Stack>
  )
}
