import { registerNamespace } from '@/lib/i18n'
import en from './en.json'
import ja from './ja.json'

export const POSTINGS_NAMESPACE = 'postings'

registerNamespace(POSTINGS_NAMESPACE, { en, ja })
