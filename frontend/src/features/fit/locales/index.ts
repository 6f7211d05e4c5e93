import { registerNamespace } from '@/lib/i18n'
import en from './en.json'
import ja from './ja.json'

export const FIT_NAMESPACE = 'fit'

registerNamespace(FIT_NAMESPACE, { en, ja })
