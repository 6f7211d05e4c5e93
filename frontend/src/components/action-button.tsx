import { Button, type ButtonProps } from '@mantine/core'
import type { ComponentPropsWithoutRef } from 'react'

export type ActionButtonProps = ButtonProps &
  Omit<ComponentPropsWithoutRef<'button'>, keyof ButtonProps> & {
    /** The action (from useAction) this button starts: disabled while it is in flight. */
    action: { isPending: boolean }
    /** Whether the spinner shows on this button (default: while the action is in flight). */
    busy?: boolean
  }

/**
 * A button that creates or changes something: disabled while its action is in flight (so that a
 * double click cannot send it twice), with a spinner on the button that started it.
 */
export function ActionButton({ action, busy, disabled, ...props }: ActionButtonProps) {
  const pending = action.isPending
  return (
    <Button
      {...props}
      loading={busy ?? pending}
      disabled={disabled || pending}
      data-pending={pending || undefined}
    />
  )
}
