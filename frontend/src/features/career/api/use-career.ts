import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { fetchCareer, setCurrentRole } from './career-api'

export const careerKeys = {
  career: ['career'] as const,
}

export function useCareer() {
  return useQuery({ queryKey: careerKeys.career, queryFn: fetchCareer })
}

export function useSetCurrentRole() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (roleCode: string | null) => setCurrentRole(roleCode),
    onSuccess: (career) => queryClient.setQueryData(careerKeys.career, career),
    // the dashboard may show the current role too
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['dashboard'] }),
  })
}
