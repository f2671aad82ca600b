import type {
  BranchDefinition,
  ServiceVersion,
  StepDefinition,
} from '../../../domain/regulation/types.js';
import type { Limit } from '../../../domain/shared/time.js';
import type { DocText } from '../language.js';
import { WORDS } from '../vocabulary/diagram-words.js';
import type { Party } from '../vocabulary/units.js';

export type NodeKind = 'start' | 'task' | 'gateway' | 'end';

/** A node of the procedure as the diagrams and the BPMN export draw it. */
export interface ProcessNode {
  /** Safe as an XML id: the BPMN export uses it unchanged. */
  readonly id: string;
  readonly kind: NodeKind;
  readonly lane: Party;
  readonly label: DocText;
  /** The number the appendices give a task: "1"…"5" for §5 items, "1.1" for a branch. */
  readonly number?: string;
  readonly limit?: Limit;
  readonly action?: DocText;
}

export interface ProcessEdge {
  readonly id: string;
  readonly from: string;
  readonly to: string;
  readonly label?: DocText;
  /** The gateway's condition, in the expression style BPMN modelers show. */
  readonly condition?: string;
  /** A loop back to an earlier node; layouts route it around the nodes. */
  readonly back?: boolean;
}

export interface ProcessGraph {
  readonly nodes: readonly ProcessNode[];
  readonly edges: readonly ProcessEdge[];
}

export interface GraphOptions {
  /** Adds the head's "return for rework" after signing, which the engine allows. */
  readonly rework: boolean;
}

/** Collects nodes and edges in the order they are met, which is a topological order. */
class GraphBuilder {
  readonly nodes: ProcessNode[] = [];
  readonly edges: ProcessEdge[] = [];

  node(node: ProcessNode): string {
    this.nodes.push(node);

    return node.id;
  }

  edge(from: string, to: string, extra: Partial<ProcessEdge> = {}): void {
    this.edges.push({ id: `Flow_${this.edges.length + 1}`, from, to, ...extra });
  }
}

function stepNode(step: StepDefinition): ProcessNode {
  return {
    id: `Task_${step.code}`,
    kind: 'task',
    lane: step.role,
    label: step.summary,
    number: String(step.order),
    limit: step.limit,
    action: step.action,
  };
}

function branchNode(branch: BranchDefinition, step: StepDefinition, index: number): ProcessNode {
  return {
    id: `Task_${branch.code}`,
    kind: 'task',
    lane: branch.role,
    label: branch.summary,
    number: `${step.order}.${index + 1}`,
    limit: branch.limit,
    action: branch.action,
  };
}

/** The gateway after a step with early exits; the refusals leave through "no". */
function addBranches(g: GraphBuilder, step: StepDefinition, branches: BranchDefinition[]): string {
  const gateway = g.node({
    id: `Gateway_${step.code}`,
    kind: 'gateway',
    lane: step.role,
    label: WORDS.intakeQuestion,
  });

  g.edge(`Task_${step.code}`, gateway);
  branches.forEach((branch, i) => {
    const task = g.node(branchNode(branch, step, i));
    const end = g.node({
      id: `EndEvent_${branch.code}`,
      kind: 'end',
      lane: 'recipient',
      label: WORDS.endRefused,
    });

    g.edge(gateway, task, { label: WORDS.no, condition: '${!documentsComplete}' });
    g.edge(task, end);
  });

  return gateway;
}

function addRework(g: GraphBuilder, step: StepDefinition): string {
  const gateway = g.node({
    id: `Gateway_${step.code}`,
    kind: 'gateway',
    lane: step.role,
    label: WORDS.signQuestion,
  });

  g.edge(`Task_${step.code}`, gateway);
  g.edge(gateway, 'Task_execution', { label: WORDS.rework, condition: '${!signed}', back: true });

  return gateway;
}

/**
 * The procedure of a version as a graph: the recipient's application, the §5 steps in order,
 * a gateway wherever a branch leaves a step, and the two ends (result issued, refusal given).
 * With `rework`, a gateway after signing also leads back to the officer's step.
 *
 * @example
 *   processGraph(version, { rework: false }).nodes.map((n) => n.id)
 *   // ['StartEvent_application', 'Task_intake', 'Gateway_intake', 'Task_intake-refusal', …]
 */
export function processGraph(version: ServiceVersion, options: GraphOptions): ProcessGraph {
  const g = new GraphBuilder();
  const steps = [...version.steps].sort((a, b) => a.order - b.order);
  const canRework = steps.some((s) => s.code === 'execution');
  let tail = g.node({
    id: 'StartEvent_application',
    kind: 'start',
    lane: 'recipient',
    label: WORDS.start,
  });
  let tailLabel: Partial<ProcessEdge> = {};

  for (const step of steps) {
    const current = g.node(stepNode(step));
    const branches = version.branches.filter((b) => b.fromStep === step.code);

    g.edge(tail, current, tailLabel);
    [tail, tailLabel] = [current, {}];

    if (branches.length > 0) {
      tail = addBranches(g, step, branches);
      tailLabel = { label: WORDS.yes, condition: '${documentsComplete}' };
    } else if (options.rework && canRework && step.code === 'signing') {
      tail = addRework(g, step);
      tailLabel = { label: WORDS.yes, condition: '${signed}' };
    }
  }

  g.edge(
    tail,
    g.node({ id: 'EndEvent_issued', kind: 'end', lane: 'recipient', label: WORDS.endIssued }),
    tailLabel,
  );

  return { nodes: g.nodes, edges: g.edges };
}
