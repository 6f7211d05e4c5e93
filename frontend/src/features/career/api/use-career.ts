import { useLocalizedKeys, useLocalizedQuery } from '@/lib/localized-query'
import { useAction } from '@/lib/use-action'
import { fetchCareer, setCurrentRole } from './career-api'

export const careerKeys = {
  career: ['career'] as const,
}

export function useCareer() {
  return useLocalizedQuery({ queryKey: careerKeys.career, queryFn: fetchCareer })
}

export function useSetCurrentRole() {
  const { queryClient, key } = useLocalizedKeys()
  return useAction({
    mutationFn: (roleCode: string | null) => setCurrentRole(roleCode),
    onSuccess: (career) => {
      // the career in the other language is out of date: refetched when shown
      void queryClient.invalidateQueries({ queryKey: careerKeys.career, refetchType: 'none' })
      queryClient.setQueryData(key(careerKeys.career), career)
    },
    // the dashboard may show the current role too
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['dashboard'] }),
  })
}
