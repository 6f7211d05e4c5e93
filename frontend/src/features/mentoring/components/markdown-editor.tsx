import { useState } from 'react'
import { Button, Group, SegmentedControl, Stack, Text, Textarea } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { REVIEW_MAX_LENGTH } from '../api/types'
import { MENTORING_NAMESPACE } from '../locales'
import { Markdown } from './markdown'

export interface MarkdownEditorProps {
  label: string
  initial?: string
  submitLabel: string
  pending?: boolean
  error?: string
  onSubmit: (body: string) => void
  onCancel?: () => void
  /** clears the text after a successful submit (the caller says when) */
  resetKey?: number
}

/** A Markdown textarea with a preview, for reviews and replies. */
export function MarkdownEditor({
  label,
  initial = '',
  submitLabel,
  pending,
  error,
  onSubmit,
  onCancel,
  resetKey = 0,
}: MarkdownEditorProps) {
  const { t } = useTranslation(MENTORING_NAMESPACE)
  const [body, setBody] = useState(initial)
  const [mode, setMode] = useState<'write' | 'preview'>('write')
  const [seenReset, setSeenReset] = useState(resetKey)
  if (resetKey !== seenReset) {
    setSeenReset(resetKey)
    setBody('')
    setMode('write')
  }

  return (
    <Stack
      gap="xs"
      component="form"
      aria-label={label}
      onSubmit={(event) => {
        event.preventDefault()
        if (body.trim()) onSubmit(body)
      }}
    >
      <Group justify="space-between" align="flex-end">
        <Text size="sm" fw={500}>
          {label}
        </Text>
        <SegmentedControl
          size="xs"
          value={mode}
          onChange={(value) => setMode(value as 'write' | 'preview')}
          data={[
            { value: 'write', label: t('editor.write') },
            { value: 'preview', label: t('editor.preview') },
          ]}
          aria-label={t('editor.mode')}
        />
      </Group>
      {mode === 'write' ? (
        <Textarea
          aria-label={label}
          description={t('editor.hint')}
          autosize
          minRows={4}
          maxRows={16}
          maxLength={REVIEW_MAX_LENGTH}
          value={body}
          onChange={(event) => setBody(event.currentTarget.value)}
          error={error}
        />
      ) : (
        <Stack
          gap={0}
          p="sm"
          style={{ border: '1px solid var(--mantine-color-gray-3)', borderRadius: 4 }}
          aria-label={t('editor.preview')}
        >
          {body.trim() ? (
            <Markdown>{body}</Markdown>
          ) : (
            <Text size="sm" c="dimmed">
              {t('editor.nothing')}
            </Text>
          )}
        </Stack>
      )}
      <Group gap="xs">
        <Button type="submit" size="xs" loading={pending} disabled={!body.trim()}>
          {submitLabel}
        </Button>
        {onCancel && (
          <Button size="xs" variant="default" onClick={onCancel}>
            {t('editor.cancel')}
          </Button>
        )}
      </Group>
    </Stack>
  )
}
