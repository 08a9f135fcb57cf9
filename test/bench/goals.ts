import type { Figure, Goal } from './bench-types';

export function goalFigureName(goal: Goal): string {
  return `${goal.figure}.goal_met`;
}

/** A goal whose figure is missing counts as not met: a silent gap must not look like success. */
export function checkGoals(figures: readonly Figure[], goals: readonly Goal[]): Figure[] {
  return goals.map((goal) => {
    const figure = figures.find((f) => f.name === goal.figure);
    const met =
      figure !== undefined &&
      (goal.op === '>=' ? figure.value >= goal.target : figure.value <= goal.target);
    return {
      name: goalFigureName(goal),
      value: met ? 1 : 0,
      unit: `bool (${goal.op} ${goal.target})`,
    };
  });
}

/** Figures must carry their benchmark's prefix and a finite value, or results.json gets muddled. */
export function figureProblems(prefix: string, figures: readonly Figure[]): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const f of figures) {
    if (!f.name.startsWith(`${prefix}.`)) problems.push(`${f.name}: not under "${prefix}."`);
    if (!Number.isFinite(f.value)) problems.push(`${f.name}: value ${f.value} is not finite`);
    if (seen.has(f.name)) problems.push(`${f.name}: reported twice`);
    seen.add(f.name);
  }
  return problems;
}
