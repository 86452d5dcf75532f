import { useQuery } from '@tanstack/react-query';
import { useCallback } from 'react';
import { queryKeys } from '../../api/query-keys';
import { enterpriseTagsApi, scaleThresholdsApi } from '../../api/reference-api';
import { useRegistryI18n } from '../../i18n/registry-i18n';
import { localName } from '../../shared/format';

export const useScaleThresholds = () =>
  useQuery({
    queryKey: queryKeys.scaleThresholds,
    queryFn: ({ signal }) => scaleThresholdsApi.list(signal),
  });

export const useEnterpriseTags = () =>
  useQuery({
    queryKey: queryKeys.enterpriseTags,
    queryFn: ({ signal }) => enterpriseTagsApi.list(signal),
    staleTime: 5 * 60_000,
  });

/** A tag code's name in the user's language (the code itself until the tags are loaded). */
export function useTagName(): (code: string) => string {
  const { locale } = useRegistryI18n();
  const tags = useEnterpriseTags();
  return useCallback(
    (code) => {
      const tag = tags.data?.find((candidate) => candidate.code === code);
      return tag ? localName(tag, locale) : code;
    },
    [tags.data, locale],
  );
}
