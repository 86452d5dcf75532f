import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { reportingApi } from '../../api/reporting-api';
import { useReportingChanged } from './use-reporting';

/**
 * One run of a period's import (a check or the real thing) with its progress: the share uploaded,
 * 0..1, while the file travels; 1 once the server works on it; null when idle.
 */
export function useReportImport(dryRun: boolean) {
  const changed = useReportingChanged();
  const [progress, setProgress] = useState<number | null>(null);
  const mutation = useMutation({
    mutationFn: ({ file, period }: { file: File; period: string }) => {
      setProgress(0);
      return reportingApi.import(file, { period, dryRun, onUploadProgress: setProgress });
    },
    onSuccess: async (result) => {
      if (result.committed) await changed();
    },
    onSettled: () => setProgress(null),
  });
  return { ...mutation, progress };
}
