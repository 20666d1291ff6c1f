import { DefaultNamingStrategy, type NamingStrategyInterface, Table, View } from 'typeorm';

const snake = (s: string) =>
  s
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/([A-Z])([A-Z][a-z])/g, '$1_$2')
    .toLowerCase();

const tableOf = (t: Table | View | string) => {
  const name = typeof t === 'string' ? t : t.name;
  return name.split('.').pop() as string;
};

/**
 * snake_case columns and readable constraint names (`fk_cohorts_program_id`,
 * `uq_cohorts_program_id_year`), so that errors and migrations say what they mean.
 * Tables are named explicitly on each entity.
 */
export class SnakeNamingStrategy extends DefaultNamingStrategy implements NamingStrategyInterface {
  override columnName(propertyName: string, customName: string | undefined, prefixes: string[]): string {
    return customName ?? snake([...prefixes, propertyName].join('_'));
  }
  override relationName(propertyName: string): string {
    return snake(propertyName);
  }
  override joinColumnName(relationName: string, referencedColumnName: string): string {
    return snake(`${relationName}_${referencedColumnName}`);
  }
  override primaryKeyName(t: Table | string): string {
    return `pk_${tableOf(t)}`;
  }
  override uniqueConstraintName(t: Table | string, columns: string[]): string {
    return `uq_${tableOf(t)}_${columns.join('_')}`;
  }
  override relationConstraintName(t: Table | string, columns: string[]): string {
    return `rel_${tableOf(t)}_${columns.join('_')}`;
  }
  override foreignKeyName(t: Table | string, columns: string[]): string {
    return `fk_${tableOf(t)}_${columns.join('_')}`;
  }
  override indexName(t: Table | View | string, columns: string[]): string {
    return `idx_${tableOf(t)}_${columns.join('_')}`;
  }
  override defaultConstraintName(t: Table | string, column: string): string {
    return `df_${tableOf(t)}_${column}`;
  }
}
