export { citeSource as citation } from '../../../src/domain/calendar/entries';
