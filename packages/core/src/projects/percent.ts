/**
 * `part / whole × 100`, rounded half-up (四舍五入, half away from zero) to `places` decimals,
 * in exact integer arithmetic: 71 / 45 → 158, 23 / 40 → 58 (floating point gives
 * 57.49999999999999 and would round down). Undefined when `whole` is zero or negative: there is
 * no percentage of nothing.
 */
export function halfUpPercent(part: bigint, whole: bigint, places: number): number | undefined {
  if (whole <= 0n) return undefined;
  const unit = 10n ** BigInt(places);
  const magnitude = part < 0n ? -part : part;
  const rounded = (2n * magnitude * 100n * unit + whole) / (2n * whole);
  return Number(part < 0n ? -rounded : rounded) / Number(unit);
}
