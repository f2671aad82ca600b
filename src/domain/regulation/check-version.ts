import type { DefinitionProblem } from '../shared/reader.js';
import type { Role, ServiceVersion, StepCode } from './types.js';
import { STEP_CODES } from './types.js';

/** Who does each step in the template every regulation of resolution No. 155 follows (§5). */
export const TEMPLATE_ROLES: Readonly<Record<StepCode, Role>> = {
  intake: 'clerk',
  routing: 'head',
  execution: 'officer',
  signing: 'head',
  issuance: 'clerk',
};

/**
 * The rules a well-read version must still satisfy as a whole: the five steps of the template
 * in order, each handing to the next, unique codes, and a refusal only with grounds to cite.
 */
export function checkVersion(v: ServiceVersion): DefinitionProblem[] {
  return [...checkSteps(v), ...checkResults(v), ...checkLists(v), ...checkValidity(v)];
}

function checkSteps(v: ServiceVersion): DefinitionProblem[] {
  const problems: DefinitionProblem[] = [];

  if (v.steps.length !== STEP_CODES.length) {
    problems.push({ path: 'steps', problem: `must list the ${STEP_CODES.length} steps` });
  }

  v.steps.forEach((step, i) => {
    const expected = STEP_CODES[i];
    const next = v.steps[i + 1];

    if (step.code !== expected) {
      problems.push({ path: `steps[${i}].code`, problem: `must be ${expected} at this place` });
    }
    if (step.order !== i + 1) {
      problems.push({ path: `steps[${i}].order`, problem: `must be ${i + 1}` });
    }
    if (expected !== undefined && step.role !== TEMPLATE_ROLES[expected]) {
      problems.push({
        path: `steps[${i}].role`,
        problem: `the ${expected} step is done by the ${TEMPLATE_ROLES[expected]}`,
      });
    }
    if (step.handsTo !== (next?.role ?? 'recipient')) {
      problems.push({
        path: `steps[${i}].handsTo`,
        problem: `must be ${next?.role ?? 'recipient'}, who does the next step`,
      });
    }
  });

  v.branches.forEach((b, i) => {
    if (b.fromStep !== 'intake' || b.role !== 'clerk') {
      problems.push({
        path: `branches[${i}]`,
        problem: 'the refusal to accept branches from the intake step and is done by the clerk',
      });
    }
  });

  return problems;
}

function checkResults(v: ServiceVersion): DefinitionProblem[] {
  const problems: DefinitionProblem[] = [];
  const kinds = v.results.map((r) => r.kind);

  if (!kinds.some((k) => k !== 'reasoned-refusal')) {
    problems.push({ path: 'results', problem: 'must name at least one positive result' });
  }

  problems.push(...duplicates(kinds, 'results', 'kind'));

  if (kinds.includes('reasoned-refusal') && v.refusalGrounds.length === 0) {
    problems.push({
      path: 'refusalGrounds',
      problem: 'a service with a reasoned refusal must list the grounds it may cite',
    });
  }

  v.results.forEach((result, i) => {
    const path = `results[${i}]`;

    problems.push(
      ...duplicates(
        result.fields.map((f) => f.code),
        `${path}.fields`,
        'code',
      ),
    );

    result.dateOrder.forEach(([first, second], j) => {
      for (const code of [first, second]) {
        if (result.fields.find((f) => f.code === code)?.type !== 'date') {
          problems.push({
            path: `${path}.dateOrder[${j}]`,
            problem: `${code} is not a date field`,
          });
        }
      }
    });
  });

  return problems;
}

function checkLists(v: ServiceVersion): DefinitionProblem[] {
  const problems = [
    ...duplicates(
      v.documents.map((d) => d.code),
      'documents',
      'code',
    ),
    ...duplicates(
      v.refusalGrounds.map((g) => g.code),
      'refusalGrounds',
      'code',
    ),
  ];

  if (!v.documents.some((d) => d.required)) {
    problems.push({ path: 'documents', problem: 'must list at least one required document' });
  }

  return problems;
}

function checkValidity(v: ServiceVersion): DefinitionProblem[] {
  if (v.validTo !== null && v.validTo < v.validFrom) {
    return [{ path: 'validTo', problem: `is earlier than validFrom ${v.validFrom}` }];
  }

  return [];
}

function duplicates(codes: readonly string[], path: string, what: string): DefinitionProblem[] {
  const seen = new Set<string>();
  const problems: DefinitionProblem[] = [];

  codes.forEach((code, i) => {
    if (seen.has(code))
      problems.push({ path: `${path}[${i}].${what}`, problem: `repeats ${code}` });
    seen.add(code);
  });

  return problems;
}
