import { useState, type ReactNode } from 'react'
import { Button, Group, Modal, Stack, Text, type ButtonProps } from '@mantine/core'
import { ActionButton } from './action-button'

export interface ConfirmButtonProps extends Omit<ButtonProps, 'children'> {
  /** The action (from useAction) the confirmation starts. */
  action: { isPending: boolean }
  /** Starts the action; call `close` when it succeeded. */
  onConfirm: (close: () => void) => void
  /** The button's text. */
  children: ReactNode
  /** An accessible name for the button when its text alone is not enough (the row it is on). */
  'aria-label'?: string
  title: string
  message: ReactNode
  confirmLabel: string
  cancelLabel: string
  /** Shown in the dialog under the message (an error of the action). */
  error?: ReactNode
}

/**
 * A button for something that cannot be undone (withdrawing a review, a suggestion, an
 * invitation): it asks first, in a dialog whose confirm button is disabled while the action is in
 * flight.
 */
export function ConfirmButton({
  action,
  onConfirm,
  children,
  title,
  message,
  confirmLabel,
  cancelLabel,
  error,
  ...buttonProps
}: ConfirmButtonProps) {
  const [opened, setOpened] = useState(false)
  const close = () => setOpened(false)
  return (
    <>
      <Button
        {...buttonProps}
        disabled={buttonProps.disabled || action.isPending}
        onClick={() => setOpened(true)}
      >
        {children}
      </Button>
      <Modal opened={opened} onClose={close} title={title}>
        <Stack gap="md">
          {typeof message === 'string' ? <Text size="sm">{message}</Text> : message}
          {error}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close}>
              {cancelLabel}
            </Button>
            <ActionButton color="red" action={action} onClick={() => onConfirm(close)}>
              {confirmLabel}
            </ActionButton>
          </Group>
        </Stack>
      </Modal>
    </>
  )
}
