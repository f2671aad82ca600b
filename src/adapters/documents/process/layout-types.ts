import type { Party } from '../vocabulary/units.js';
import type { Box, Point } from './geometry.js';
import type { ProcessEdge, ProcessNode } from './process-graph.js';

export interface PlacedNode {
  readonly node: ProcessNode;
  readonly box: Box;
  /** The task's wrapped label, then its wrapped duration (empty for events and gateways). */
  readonly lines: readonly string[];
  readonly durationLines: readonly string[];
}

export interface PlacedLane {
  readonly party: Party;
  readonly y: number;
  readonly height: number;
}

/** Where an edge's label sits, and which way the text runs from that point. */
export interface EdgeLabel {
  readonly at: Point;
  readonly anchor: 'start' | 'middle';
}

export interface RoutedEdge {
  readonly edge: ProcessEdge;
  readonly points: readonly Point[];
  readonly label?: EdgeLabel;
}

/** Content coordinates: lanes span x 0…width; a renderer shifts all of it by its own origin. */
export interface SwimlaneLayout {
  readonly lanes: readonly PlacedLane[];
  readonly nodes: readonly PlacedNode[];
  readonly edges: readonly RoutedEdge[];
  readonly width: number;
  readonly height: number;
}
