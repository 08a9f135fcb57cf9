/**
 * The Government of Russia's yearly decrees "О переносе выходных дней в <year> году", as data.
 * Each move takes the day off `from` (a weekend day, often one on a public holiday) to the day
 * `to`: `to` becomes a day off, and `from`, unless it is a public holiday, a working day.
 * A weekend day a decree moves is not moved again by Labour Code art. 112 (ru-official-days.ts).
 *
 * Add a year when its decree is published (usually in the autumn before). A year without an
 * entry gets the law's moves only: its January weekend days stay where they fall.
 */
export interface DecreeMove {
  readonly from: string;
  readonly to: string;
}

export interface RuDecree {
  readonly year: number;
  /** The act, for people checking the data against it. */
  readonly act: string;
  readonly moves: readonly DecreeMove[];
}

export const ruDecrees: readonly RuDecree[] = [
  {
    year: 2024,
    act: 'Постановление Правительства РФ от 10.08.2023 № 1314',
    moves: [
      { from: '2024-01-06', to: '2024-05-10' },
      { from: '2024-01-07', to: '2024-12-31' },
      { from: '2024-04-27', to: '2024-04-29' },
      { from: '2024-11-02', to: '2024-04-30' },
      { from: '2024-12-28', to: '2024-12-30' },
    ],
  },
  {
    year: 2025,
    act: 'Постановление Правительства РФ от 04.10.2024 № 1335',
    moves: [
      { from: '2025-01-04', to: '2025-05-02' },
      { from: '2025-01-05', to: '2025-12-31' },
      { from: '2025-02-23', to: '2025-05-08' },
      { from: '2025-03-08', to: '2025-06-13' },
      { from: '2025-11-01', to: '2025-11-03' },
    ],
  },
  {
    year: 2026,
    act: 'Постановление Правительства РФ от 24.09.2025 № 1466',
    moves: [
      { from: '2026-01-03', to: '2026-01-09' },
      { from: '2026-01-04', to: '2026-12-31' },
    ],
  },
  // 2027: not added. Its decree could not be checked against a source here (only a deputy's
  // preliminary plan was found, which is not one); until it is added, 2027 has the law's moves
  // only and Saturday 2 and Sunday 3 January 2027 move nowhere.
];
