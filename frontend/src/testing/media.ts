import { vi } from 'vitest'

/** A window.matchMedia for jsdom (which has none): `matches` decides which queries match. */
export function fakeMatchMedia(matches: (query: string) => boolean) {
  return (query: string) => ({
    matches: matches(query),
    media: query,
    onchange: null,
    addListener: () => {},
    removeListener: () => {},
    addEventListener: () => {},
    removeEventListener: () => {},
    dispatchEvent: () => false,
  })
}

/** For the rest of the test, a phone's width: Mantine's `xs` query (36em and less) matches. */
export function atPhoneWidth() {
  vi.stubGlobal(
    'matchMedia',
    fakeMatchMedia((query) => query.includes('max-width: 36em')),
  )
}
