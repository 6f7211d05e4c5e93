import type { ReactNode } from 'react'
import { Center, Loader } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { ProblemAlert } from '@/components/errors/problem-alert'

export interface QueryStateProps<T> {
  /** the loaded data; undefined while loading */
  data: T | undefined
  /** the first error of the queries behind `data` */
  error: unknown
  /** heading of the error alert (defaults to the problem's title) */
  errorTitle?: string
  /** what shows while loading: a centered spinner (default) or e.g. a skeleton */
  loading?: ReactNode
  /** the spinner's size */
  size?: 'sm' | 'md'
  children: (data: T) => ReactNode
}

/** Shows a spinner while loading, a problem alert on an error, and the children once loaded. */
export function QueryState<T>({
  data,
  error,
  errorTitle,
  loading,
  size = 'md',
  children,
}: QueryStateProps<T>) {
  const { t } = useTranslation()
  if (error) return <ProblemAlert error={error} title={errorTitle} />
  if (data === undefined) {
    return (
      loading ?? (
        <Center py={size === 'sm' ? 'md' : 'xl'} role="status" aria-live="polite">
          <Loader size={size} aria-label={t('loading')} />
        </Center>
      )
    )
  }
  return <>{children(data)}</>
}
