import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { enterprisesApi } from '../../api/enterprises-api';
import { queryKeys } from '../../api/query-keys';

/**
 * One run of the import (a check or the real thing) with its progress: the share uploaded, 0..1,
 * while the file travels; 1 once it is there and the server works on it; null when idle.
 */
export function useEnterpriseImport(dryRun: boolean) {
  const queryClient = useQueryClient();
  const [progress, setProgress] = useState<number | null>(null);
  const mutation = useMutation({
    mutationFn: (file: File) => {
      setProgress(0);
      return enterprisesApi.import(file, { dryRun, onUploadProgress: setProgress });
    },
    onSuccess: async (result) => {
      if (result.committed) {
        await Promise.all([
          queryClient.invalidateQueries({ queryKey: queryKeys.enterprises.all }),
          queryClient.invalidateQueries({ queryKey: queryKeys.industrialSystems.all }),
        ]);
      }
    },
    onSettled: () => setProgress(null),
  });
  return { ...mutation, progress };
}
