import { z } from 'zod';
import { ZLocalizedText } from './analytics';
import { ZPeriodKey } from './reporting';

const ZYear = z.coerce.number().int().min(2000).max(2100);

/** Where a target's actual comes from. */
export const TARGET_METRICS = [
  'indicator_level:output',
  'indicator_growth:output',
  'indicator_level:revenue',
  'indicator_level:profit',
  'indicator_level:tax',
  'new_scale',
  'scale_exits',
  'project_starts',
  'project_completions',
  'manual',
] as const;
export const ZTargetMetric = z.enum(TARGET_METRICS);
export type TTargetMetric = z.infer<typeof ZTargetMetric>;

export const ZTargetInput = z.object({
  year: ZYear,
  orgUnitId: z.number().int().positive(),
  metric: ZTargetMetric,
  name: z.string().trim().min(1, '请填写目标名称').max(100),
  kind: z.enum(['level', 'count', 'growth']),
  comparator: z.enum(['gte', 'gt', 'lte']).default('gte'),
  goal: z.coerce.number().finite('目标值应为数字'),
  unit: z.string().trim().min(1, '请填写单位').max(20),
  level: z.enum(['must', 'strive']).default('must'),
  firstEver: z.boolean().default(false),
  /** The city target this is a county's part of. */
  parentId: z.number().int().positive().nullable().default(null),
  profile: z.array(z.number().min(0)).length(12).nullable().default(null),
});
export type TTargetInput = z.infer<typeof ZTargetInput>;

export const ZTargetsQuery = z.object({
  year: ZYear,
  unitId: z.coerce.number().int().positive().optional(),
  /** The month progress is measured at; default: the last month whose reports are in. */
  period: ZPeriodKey.optional(),
});

export const ZTargetProgress = z.object({
  actual: z.number().nullable(),
  completion: z.number().nullable(),
  elapsed: z.number().nullable(),
  gap: z.number().nullable(),
  status: z.enum(['ahead', 'on_track', 'behind', 'far_behind']).nullable(),
  met: z.boolean(),
  projection: z
    .object({ value: z.number(), low: z.number(), high: z.number(), method: ZLocalizedText })
    .nullable(),
});

export const ZTarget = z.object({
  id: z.number().int(),
  year: z.number().int(),
  orgUnitId: z.number().int(),
  orgUnitName: z.string(),
  metric: z.string(),
  name: z.string(),
  kind: z.enum(['level', 'count', 'growth']),
  comparator: z.enum(['gte', 'gt', 'lte']),
  goal: z.number(),
  unit: z.string(),
  level: z.enum(['must', 'strive']),
  firstEver: z.boolean(),
  parentId: z.number().int().nullable(),
  progress: ZTargetProgress,
  /** For a city target: how its counties' parts add up. */
  split: z
    .object({
      sum: z.number(),
      difference: z.number(),
      state: z.enum(['exact', 'short', 'over']),
      missing: z.array(z.string()),
    })
    .nullable(),
});
export type TTarget = z.infer<typeof ZTarget>;

export const ZTargetsPage = z.object({
  year: z.number().int(),
  period: z.string(),
  unit: z.object({ id: z.number().int(), name: z.string() }),
  /** The unit's counties: who a city target is split among. */
  counties: z.array(z.object({ id: z.number().int(), name: z.string() })),
  targets: z.array(ZTarget),
});
export type TTargetsPage = z.infer<typeof ZTargetsPage>;

/** A city target's parts: each county's goal (set, or changed when it had one). */
export const ZSplitInput = z.object({
  parts: z
    .array(
      z.object({
        orgUnitId: z.number().int().positive(),
        goal: z.coerce.number().finite('目标值应为数字'),
      }),
    )
    .min(1, '请至少填写一个下级单位的目标'),
});
export type TSplitInput = z.infer<typeof ZSplitInput>;

export const ZActualInput = z.object({
  month: z.coerce.number().int().min(1).max(12),
  value: z.coerce.number().finite('实际值应为数字'),
  evidence: z.string().trim().min(2, '请说明依据（文件、台账或报表）').max(500),
});

const ZSchemeMetric = z.object({
  key: ZTargetMetric,
  name: ZLocalizedText,
  weight: z.number().positive(),
  direction: z.enum(['higher', 'lower']),
  normalisation: z.enum(['rank_points', 'share_of_best', 'ratio_to_target']),
  cap: z.number().positive().optional(),
});
export const ZSchemeInput = z.object({
  year: ZYear,
  name: z.string().trim().min(1).max(100),
  orgUnitId: z.number().int().positive(),
  scheme: z.object({
    metrics: z.array(ZSchemeMetric).min(1, '至少需要一个考评指标'),
    red: z.number().int().min(0),
    black: z.number().int().min(0),
    vetoes: z
      .array(
        z.object({
          metric: ZTargetMetric,
          below: z.number().optional(),
          above: z.number().optional(),
          reason: ZLocalizedText,
        }),
      )
      .optional(),
  }),
});
export type TSchemeInput = z.infer<typeof ZSchemeInput>;

export const ZScheme = ZSchemeInput.extend({ id: z.number().int() });
export type TScheme = z.infer<typeof ZScheme>;

export const ZRankedCounty = z.object({
  key: z.string(),
  name: z.string(),
  score: z.number(),
  rank: z.number().int(),
  list: z.enum(['red', 'black']).nullable(),
  vetoedBy: ZLocalizedText.nullable(),
  parts: z.array(
    z.object({
      metric: z.string(),
      value: z.number().nullable(),
      target: z.number().nullable(),
      points: z.number(),
      weighted: z.number(),
      missing: z.boolean(),
    }),
  ),
});

export const ZRanking = z.object({
  /** The published ranking's id; null for a preview. */
  id: z.number().int().nullable(),
  schemeId: z.number().int(),
  period: z.string(),
  /** 0 for a preview computed now; otherwise the published version. */
  version: z.number().int(),
  reason: z.string().nullable(),
  publishedAt: z.string().nullable(),
  counties: z.array(ZRankedCounty),
});
export type TRanking = z.infer<typeof ZRanking>;

export const ZPublishInput = z.object({
  schemeId: z.number().int().positive(),
  period: ZPeriodKey,
  /** Required when the period was published before: why a new version. */
  reason: z.string().trim().max(500).nullable().default(null),
});
export type TPublishInput = z.infer<typeof ZPublishInput>;
export type TActualInput = z.infer<typeof ZActualInput>;
