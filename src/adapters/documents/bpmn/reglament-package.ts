import type { ModdlePackage } from 'bpmn-moddle';

/** The namespace of the project's own BPMN extension elements. */
export const REGLAMENT_NS = 'urn:reglament:bpmn:1';

/**
 * A moddle package for `<reglament:limit amount="1" unit="working-days"/>`, the statutory
 * limit of a task in the regulation's own units. Working days and minutes follow the provider's
 * calendar and office hours, which ISO 8601 durations cannot say; BPMN tools keep unknown
 * extension elements as they are.
 */
export const REGLAMENT_PACKAGE: ModdlePackage = {
  name: 'Reglament',
  uri: REGLAMENT_NS,
  prefix: 'reglament',
  xml: { tagAlias: 'lowerCase' },
  types: [
    {
      name: 'Limit',
      superClass: ['Element'],
      properties: [
        { name: 'amount', isAttr: true, type: 'Integer' },
        { name: 'unit', isAttr: true, type: 'String' },
      ],
    },
  ],
};
