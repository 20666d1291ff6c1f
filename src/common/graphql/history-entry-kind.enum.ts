import { registerEnumType } from '@nestjs/graphql';

/**
 * What a row of a dated history is: a move as recorded, or a correction of the latest move.
 * The rows that count ("effective" moves: when did it reach X?) are MOVE and REDATE rows that
 * no later correction voided; UNDO rows only say what was undone, when, by whom and why.
 */
export enum HistoryEntryKind {
  MOVE = 'MOVE',
  UNDO = 'UNDO',
  REDATE = 'REDATE',
}
registerEnumType(HistoryEntryKind, {
  name: 'HistoryEntryKind',
  description: 'MOVE: a change as recorded. UNDO / REDATE: a correction of the move named by `correctionOf`.',
  valuesMap: {
    MOVE: { description: 'A change as recorded.' },
    UNDO: { description: 'Undid the move named by `correctionOf` (which is now voided); dated the day the correction was made.' },
    REDATE: { description: 'Moved the date of the move named by `correctionOf` (now voided); this row takes its place.' },
  },
});
