import { useCallback, useState } from 'react'

/**
 * Drafts of what someone typed or pasted (a job posting), kept in this browser's localStorage so a
 * reload does not lose them. They belong to one account: logging out forgets them, and someone
 * else logging in on the same browser does not find them.
 */
const PREFIX = 'skillgap.draft.'
const OWNER = 'skillgap.draft-owner'

function storage(): Storage | null {
  try {
    return window.localStorage
  } catch {
    return null
  }
}

export function readDraft<T>(key: string): T | null {
  try {
    const value = storage()?.getItem(PREFIX + key)
    return value ? (JSON.parse(value) as T) : null
  } catch {
    return null
  }
}

/** Keeps (or, with null, forgets) a draft; a full or unavailable storage only loses the draft. */
export function writeDraft<T>(key: string, value: T | null): void {
  try {
    if (value === null) storage()?.removeItem(PREFIX + key)
    else storage()?.setItem(PREFIX + key, JSON.stringify(value))
  } catch {
    // private mode or quota: the page still works, without the draft
  }
}

/** Forgets every draft of this browser (on logout, account deletion). */
export function clearDrafts(): void {
  const store = storage()
  if (!store) return
  for (const key of Object.keys(store)) {
    if (key.startsWith(PREFIX) || key === OWNER) store.removeItem(key)
  }
}

/** After a login: the drafts stay only if they are this account's. */
export function claimDrafts(accountId: string): void {
  const store = storage()
  if (!store) return
  if (store.getItem(OWNER) !== accountId) clearDrafts()
  try {
    store.setItem(OWNER, accountId)
  } catch {
    // see writeDraft
  }
}

/** A state kept as a draft: restored on the next visit, until set to `empty` again. */
export function useDraft<T>(key: string, empty: T): [T, (value: T) => void] {
  const [value, setValue] = useState<T>(() => readDraft<T>(key) ?? empty)
  const update = useCallback(
    (next: T) => {
      setValue(next)
      writeDraft(key, JSON.stringify(next) === JSON.stringify(empty) ? null : next)
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [key],
  )
  return [value, update]
}
