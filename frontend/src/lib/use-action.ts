import { useCallback, useRef } from 'react'
import {
  useMutation,
  type MutateOptions,
  type UseMutationOptions,
  type UseMutationResult,
} from '@tanstack/react-query'
import { isApiError, newIdempotencyKey, withActionKey } from '@/lib/api-client'

/** The variables of one user action, with the Idempotency-Key all its attempts share. */
interface Keyed<TVariables> {
  variables: TVariables
  key: string
}

const MAX_RETRIES = 2

/**
 * Whether an attempt may have been lost on the way (no answer, or a proxy or server that could not
 * answer): then it is sent again with the same key, and the server does it once whatever happened to
 * the first attempt. Any other answer is the answer.
 */
export function isWorthRetrying(error: unknown): boolean {
  if (isApiError(error)) {
    return (
      [502, 503, 504].includes(error.status) ||
      // the first attempt with this key is still running (on this or another instance)
      (error.status === 409 && error.fieldErrors['Idempotency-Key'] !== undefined)
    )
  }
  // fetch rejects with a TypeError when no answer came (network down, connection reset)
  return error instanceof TypeError
}

function retryDelay(attempt: number, error: unknown): number {
  if (isApiError(error) && error.retryAfterSeconds !== undefined) {
    return Math.min(error.retryAfterSeconds, 5) * 1000
  }
  return 400 * 2 ** attempt
}

/**
 * The one way the app changes something on the server (every button that creates or changes
 * something goes through it): `useMutation`, plus
 * - one Idempotency-Key per user action (each `mutate`), sent with its POSTs, the same on each retry;
 * - a lost answer (network error, 502/503/504) retried with that key, so the server does it once;
 * - while the action is in flight, further calls are ignored (a double click does nothing more), and
 *   `isPending` disables its buttons ({@link ActionButton} does that).
 * The options and the result are those of `useMutation`.
 */
export function useAction<TData = unknown, TError = Error, TVariables = void, TContext = unknown>(
  options: UseMutationOptions<TData, TError, TVariables, TContext>,
): UseMutationResult<TData, TError, TVariables, TContext> {
  const { mutationFn, onMutate, onSuccess, onError, onSettled, retry, ...rest } = options
  const inFlight = useRef<Promise<TData> | null>(null)
  /* eslint-disable @typescript-eslint/no-explicit-any -- the callbacks' further arguments pass through */
  const mutation = useMutation<TData, TError, Keyed<TVariables>, TContext>({
    ...(rest as any),
    mutationFn: (keyed: Keyed<TVariables>, ...more: any[]) =>
      withActionKey(keyed.key, () => (mutationFn as any)(keyed.variables, ...more)),
    onMutate:
      onMutate &&
      ((keyed: Keyed<TVariables>, ...more: any[]) => (onMutate as any)(keyed.variables, ...more)),
    onSuccess:
      onSuccess &&
      ((data: TData, keyed: Keyed<TVariables>, ...more: any[]) =>
        (onSuccess as any)(data, keyed.variables, ...more)),
    onError:
      onError &&
      ((error: TError, keyed: Keyed<TVariables>, ...more: any[]) =>
        (onError as any)(error, keyed.variables, ...more)),
    onSettled:
      onSettled &&
      ((data: TData | undefined, error: TError | null, keyed: Keyed<TVariables>, ...more: any[]) =>
        (onSettled as any)(data, error, keyed.variables, ...more)),
    retry:
      retry ??
      ((failures: number, error: TError) => failures < MAX_RETRIES && isWorthRetrying(error)),
    retryDelay,
  } as any)

  const { mutateAsync: mutateKeyed } = mutation
  const mutateAsync = useCallback(
    (
      variables: TVariables,
      callbacks?: MutateOptions<TData, TError, TVariables, TContext>,
    ): Promise<TData> => {
      if (inFlight.current) return inFlight.current
      const running = mutateKeyed(
        { variables, key: newIdempotencyKey() },
        unwrap(callbacks),
      ).finally(() => {
        inFlight.current = null
      })
      inFlight.current = running
      return running
    },
    [mutateKeyed],
  )
  const mutate = useCallback(
    (variables: TVariables, callbacks?: MutateOptions<TData, TError, TVariables, TContext>) => {
      // errors reach the callbacks and the result (error, isError), as with useMutation's mutate
      mutateAsync(variables, callbacks).catch(() => undefined)
    },
    [mutateAsync],
  )
  return {
    ...mutation,
    variables: mutation.variables?.variables,
    mutate,
    mutateAsync,
  } as unknown as UseMutationResult<TData, TError, TVariables, TContext>
}

/** Per-call callbacks see the action's own variables, not the keyed wrapper. */
function unwrap<TData, TError, TVariables, TContext>(
  callbacks: MutateOptions<TData, TError, TVariables, TContext> | undefined,
): MutateOptions<TData, TError, Keyed<TVariables>, TContext> | undefined {
  if (!callbacks) return undefined
  const { onSuccess, onError, onSettled } = callbacks as any
  return {
    onSuccess:
      onSuccess &&
      ((data: TData, keyed: Keyed<TVariables>, ...more: any[]) =>
        onSuccess(data, keyed.variables, ...more)),
    onError:
      onError &&
      ((error: TError, keyed: Keyed<TVariables>, ...more: any[]) =>
        onError(error, keyed.variables, ...more)),
    onSettled:
      onSettled &&
      ((data: TData | undefined, error: TError | null, keyed: Keyed<TVariables>, ...more: any[]) =>
        onSettled(data, error, keyed.variables, ...more)),
  } as any
}
/* eslint-enable @typescript-eslint/no-explicit-any */
