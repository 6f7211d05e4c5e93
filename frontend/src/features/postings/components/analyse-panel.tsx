import { useState, type FormEvent } from 'react'
import { useDraft } from '@/lib/drafts'
import {
  Alert,
  Button,
  Card,
  Center,
  Group,
  Loader,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { IconAlertTriangle, IconDeviceFloppy, IconSearch } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { ProblemAlert } from '@/components/errors/problem-alert'
import { allErrorsOnFields, serverFieldErrors } from '@/components/form/server-errors'
import { POSTING_MAX_LENGTH, POSTING_TITLE_MAX_LENGTH } from '../api/types'
import { useAnalysis, useSavePosting } from '../api/use-postings'
import { POSTINGS_NAMESPACE } from '../locales'
import { formatNumber } from '@/lib/format'
import { PostingReport } from './posting-report'

const FIELDS = ['text', 'title'] as const

export interface AnalysePanelProps {
  /** called with the id of a posting just saved (to open it) */
  onOpenSaved: (id: string) => void
}

/** Paste a posting, analyse it (nothing stored) and save it. */
export function AnalysePanel({ onOpenSaved }: AnalysePanelProps) {
  const { t, i18n } = useTranslation(POSTINGS_NAMESPACE)
  // a draft: a reload (or a visit to another page) keeps what was pasted, until it is cleared
  const [text, setText] = useDraft('posting.text', '')
  const [title, setTitle] = useDraft('posting.title', '')
  const [submitted, setSubmitted] = useState<string | null>(null)
  const [localError, setLocalError] = useState<string | null>(null)
  const analysis = useAnalysis(submitted)
  const save = useSavePosting()

  const analysisErrors = submitted === text ? serverFieldErrors(analysis.error, FIELDS) : {}
  const saveErrors = serverFieldErrors(save.error, FIELDS)
  const textError = localError ?? analysisErrors.text ?? saveErrors.text
  const titleError = saveErrors.title
  const tooLong = text.length > POSTING_MAX_LENGTH

  const validate = (): boolean => {
    if (text.trim() === '') {
      setLocalError(t('form.errors.empty'))
      return false
    }
    if (tooLong) {
      setLocalError(
        t('form.errors.tooLong', {
          max: formatNumber(POSTING_MAX_LENGTH, i18n.language),
          count: formatNumber(text.length, i18n.language),
        }),
      )
      return false
    }
    setLocalError(null)
    return true
  }

  const onAnalyse = (event: FormEvent) => {
    event.preventDefault()
    if (!validate()) return
    save.reset()
    if (submitted === text) void analysis.refetch()
    else setSubmitted(text)
  }

  const onSave = () => {
    if (!validate()) return
    const trimmedTitle = title.trim()
    save.mutate(
      { text, ...(trimmedTitle ? { title: trimmedTitle } : {}) },
      {
        onSuccess: (saved) => {
          notifications.show({
            color: 'teal',
            title: t('form.savedTitle'),
            message: (
              <Stack gap={4} align="flex-start">
                <Text size="sm">{t('form.saved', { title: saved.title })}</Text>
                <Button
                  size="compact-xs"
                  variant="subtle"
                  onClick={() => {
                    notifications.hide(`posting-saved-${saved.id}`)
                    onOpenSaved(saved.id)
                  }}
                >
                  {t('form.openSaved')}
                </Button>
              </Stack>
            ),
            id: `posting-saved-${saved.id}`,
          })
        },
      },
    )
  }

  const onClear = () => {
    setText('')
    setTitle('')
    setSubmitted(null)
    setLocalError(null)
    save.reset()
  }

  const report = analysis.isError ? undefined : analysis.data
  const otherAnalysisError =
    analysis.isError && !allErrorsOnFields(analysis.error, FIELDS) ? analysis.error : null
  const otherSaveError = save.isError && !allErrorsOnFields(save.error, FIELDS) ? save.error : null

  return (
    <Stack gap="lg">
      <Card withBorder radius="md" padding="lg">
        <form onSubmit={onAnalyse} noValidate>
          <Stack gap="md">
            <Textarea
              label={t('form.text')}
              description={t('form.textDescription')}
              placeholder={t('form.textPlaceholder')}
              value={text}
              onChange={(event) => {
                setText(event.currentTarget.value)
                setLocalError(null)
                if (save.isError) save.reset()
              }}
              error={textError}
              autosize
              minRows={8}
              maxRows={18}
              required
              spellCheck={false}
              styles={{ input: { fontSize: 'var(--mantine-font-size-sm)' } }}
            />
            <Text
              data-testid="posting-counter"
              size="xs"
              c={tooLong ? 'red' : 'dimmed'}
              ta="right"
              mt={-8}
              aria-live={tooLong ? 'polite' : 'off'}
            >
              {t('form.counter', {
                value: formatNumber(text.length, i18n.language),
                max: formatNumber(POSTING_MAX_LENGTH, i18n.language),
              })}
            </Text>
            <TextInput
              label={t('form.title')}
              description={t('form.titleDescription')}
              placeholder={t('form.titlePlaceholder')}
              value={title}
              onChange={(event) => {
                setTitle(event.currentTarget.value)
                if (save.isError) save.reset()
              }}
              maxLength={POSTING_TITLE_MAX_LENGTH}
              error={titleError}
            />
            {otherSaveError && <ProblemAlert error={otherSaveError} />}
            <Group gap="sm">
              <Button
                type="submit"
                leftSection={<IconSearch size={16} aria-hidden="true" />}
                loading={analysis.isFetching}
              >
                {t('form.analyse')}
              </Button>
              <Button
                variant="light"
                leftSection={<IconDeviceFloppy size={16} aria-hidden="true" />}
                onClick={onSave}
                loading={save.isPending}
              >
                {t('form.save')}
              </Button>
              <Button variant="subtle" color="gray" onClick={onClear}>
                {t('form.clear')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Card>

      {otherAnalysisError && <ProblemAlert error={otherAnalysisError} />}
      {analysis.isLoading && (
        <Center py="xl" role="status" aria-live="polite">
          <Loader aria-label={t('common:loading')} />
        </Center>
      )}
      {report && submitted !== null && submitted !== text && (
        <Alert color="yellow" variant="light" icon={<IconAlertTriangle size={18} />}>
          {t('form.stale')}
        </Alert>
      )}
      {report && <PostingReport report={report} />}
    </Stack>
  )
}
