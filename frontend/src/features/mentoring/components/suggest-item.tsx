import { useState } from 'react'
import {
  Badge,
  Card,
  Group,
  SegmentedControl,
  Select,
  Stack,
  Table,
  Text,
  Textarea,
  Title,
  VisuallyHidden,
} from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useTranslation } from 'react-i18next'
import { ActionButton } from '@/components/action-button'
import { ConfirmButton } from '@/components/confirm-button'
import { ProblemAlert } from '@/components/errors/problem-alert'
import { formatDate } from '@/lib/format'
import { NOTE_MAX_LENGTH } from '../api/types'
import {
  useCatalog,
  useMenteeRecommendations,
  useSentSuggestions,
  useSuggestItem,
  useWithdrawSuggestion,
} from '../api/use-mentoring'
import { MENTORING_NAMESPACE } from '../locales'

type Source = 'recommendations' | 'catalog'

/** Suggest a learning item to the mentee (from their recommendations or the catalog), with a note. */
export function SuggestItemPanel({ menteeId }: { menteeId: string }) {
  const { t, i18n } = useTranslation(MENTORING_NAMESPACE)
  const [source, setSource] = useState<Source>('recommendations')
  const [itemCode, setItemCode] = useState<string | null>(null)
  const [note, setNote] = useState('')
  const recommendations = useMenteeRecommendations(menteeId, source === 'recommendations')
  const catalog = useCatalog(source === 'catalog')
  const sent = useSentSuggestions(menteeId)
  const suggest = useSuggestItem(menteeId)
  const withdraw = useWithdrawSuggestion(menteeId)

  const options =
    source === 'recommendations'
      ? (recommendations.data?.items ?? []).map((r) => ({
          value: r.item.code,
          label: r.item.title,
        }))
      : (catalog.data ?? [])
          .filter((item) => !item.retired)
          .map((item) => ({ value: item.code, label: item.title }))

  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="suggest-title">
      <Stack gap="sm">
        <Title order={2} size="h3" id="suggest-title">
          {t('suggest.title')}
        </Title>
        <Stack
          gap="sm"
          component="form"
          aria-label={t('suggest.title')}
          onSubmit={(event) => {
            event.preventDefault()
            if (!itemCode) return
            suggest.mutate(
              { itemCode, note: note.trim() || null },
              {
                onSuccess: (saved) => {
                  notifications.show({
                    color: 'teal',
                    message: t('suggest.sent', { title: saved.itemTitle }),
                  })
                  setItemCode(null)
                  setNote('')
                },
              },
            )
          }}
        >
          <SegmentedControl
            value={source}
            onChange={(value) => {
              setSource(value as Source)
              setItemCode(null)
            }}
            data={[
              { value: 'recommendations', label: t('suggest.fromRecommendations') },
              { value: 'catalog', label: t('suggest.fromCatalog') },
            ]}
            aria-label={t('suggest.source')}
            w="fit-content"
          />
          <Select
            label={t('suggest.item')}
            placeholder={t('suggest.itemPlaceholder')}
            data={options}
            value={itemCode}
            onChange={setItemCode}
            searchable
            nothingFoundMessage={t('suggest.nothing')}
          />
          <Textarea
            label={t('suggest.note')}
            autosize
            minRows={2}
            maxLength={NOTE_MAX_LENGTH}
            value={note}
            onChange={(event) => setNote(event.currentTarget.value)}
          />
          {suggest.isError && <ProblemAlert error={suggest.error} />}
          <Group>
            <ActionButton type="submit" disabled={!itemCode} action={suggest}>
              {t('suggest.submit')}
            </ActionButton>
          </Group>
        </Stack>

        {sent.data && sent.data.length > 0 && (
          <Table verticalSpacing="xs" data-testid="sent-suggestions">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('suggest.item')}</Table.Th>
                <Table.Th>{t('suggest.date')}</Table.Th>
                <Table.Th>{t('suggest.status')}</Table.Th>
                <Table.Th>
                  <VisuallyHidden>{t('list.actions')}</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {sent.data.map((s) => (
                <Table.Tr key={s.id}>
                  <Table.Td>
                    <Text size="sm">{s.itemTitle}</Text>
                    {s.note && (
                      <Text size="xs" c="dimmed">
                        {s.note}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>{formatDate(s.createdAt, i18n.language)}</Table.Td>
                  <Table.Td>
                    <Badge
                      variant="light"
                      tt="none"
                      color={
                        s.status === 'accepted' ? 'teal' : s.status === 'open' ? 'yellow' : 'gray'
                      }
                    >
                      {['open', 'accepted', 'declined', 'withdrawn'].includes(s.status)
                        ? t(`suggest.statuses.${s.status}`)
                        : s.status}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    {s.status === 'open' && (
                      <ConfirmButton
                        size="compact-xs"
                        variant="subtle"
                        color="red"
                        action={withdraw}
                        aria-label={t('suggest.withdrawFor', { title: s.itemTitle })}
                        title={t('suggest.withdrawTitle', { title: s.itemTitle })}
                        message={t('suggest.withdrawText')}
                        confirmLabel={t('suggest.withdrawConfirm')}
                        cancelLabel={t('common.cancel')}
                        error={
                          withdraw.isError ? <ProblemAlert error={withdraw.error} /> : undefined
                        }
                        onConfirm={(close) =>
                          withdraw.mutate(s.id, {
                            onSuccess: () => {
                              close()
                              notifications.show({
                                message: t('suggest.withdrawn', { title: s.itemTitle }),
                              })
                            },
                          })
                        }
                      >
                        {t('suggest.withdraw')}
                      </ConfirmButton>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Stack>
    </Card>
  )
}
