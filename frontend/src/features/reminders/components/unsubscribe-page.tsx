import { Alert, Button, Stack, Text, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { useParams } from 'react-router'
import { ProblemAlert } from '@/components/errors/problem-alert'
import { useUnsubscribe, useUnsubscribeTarget } from '../api/use-reminders'
import { REMINDERS_NAMESPACE } from '../locales'

/** /unsubscribe/:token (no login): confirm turning off the mails a link came with. */
export function UnsubscribePage() {
  const { token = '' } = useParams()
  const { t } = useTranslation(REMINDERS_NAMESPACE)
  const target = useUnsubscribeTarget(token)
  const unsubscribe = useUnsubscribe()
  return (
    <Stack gap="md" maw={560}>
      <Title order={1}>{t('unsubscribe.title')}</Title>
      {target.error && <ProblemAlert error={target.error} />}
      {target.data && !unsubscribe.isSuccess && (
        <>
          <Text>{t('unsubscribe.question', { label: target.data.label })}</Text>
          <Button
            loading={unsubscribe.isPending}
            onClick={() => unsubscribe.mutate(token)}
            style={{ alignSelf: 'flex-start' }}
          >
            {t('unsubscribe.confirm')}
          </Button>
        </>
      )}
      {unsubscribe.isSuccess && (
        <Alert color="teal" role="status">
          {t('unsubscribe.done', { label: target.data?.label ?? '' })}
        </Alert>
      )}
      {unsubscribe.error && <ProblemAlert error={unsubscribe.error} />}
    </Stack>
  )
}
