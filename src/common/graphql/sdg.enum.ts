import { registerEnumType } from '@nestjs/graphql';

/** The 17 UN Sustainable Development Goals; stored as their number (1..17). */
export enum Sdg {
  NO_POVERTY = 1,
  ZERO_HUNGER = 2,
  GOOD_HEALTH_AND_WELL_BEING = 3,
  QUALITY_EDUCATION = 4,
  GENDER_EQUALITY = 5,
  CLEAN_WATER_AND_SANITATION = 6,
  AFFORDABLE_AND_CLEAN_ENERGY = 7,
  DECENT_WORK_AND_ECONOMIC_GROWTH = 8,
  INDUSTRY_INNOVATION_AND_INFRASTRUCTURE = 9,
  REDUCED_INEQUALITIES = 10,
  SUSTAINABLE_CITIES_AND_COMMUNITIES = 11,
  RESPONSIBLE_CONSUMPTION_AND_PRODUCTION = 12,
  CLIMATE_ACTION = 13,
  LIFE_BELOW_WATER = 14,
  LIFE_ON_LAND = 15,
  PEACE_JUSTICE_AND_STRONG_INSTITUTIONS = 16,
  PARTNERSHIPS_FOR_THE_GOALS = 17,
}
registerEnumType(Sdg, { name: 'Sdg', description: 'UN Sustainable Development Goal (goal number 1..17).' });

/** CHECK expression for an `sdgs smallint[]` column: goal numbers 1..17 only. */
export const SDG_CHECK = `sdgs <@ ARRAY[${Array.from({ length: 17 }, (_, i) => i + 1).join(',')}]::smallint[]`;

/** SDG lists are stored without duplicates, in goal order. */
export const normalizeSdgs = (values: number[]): number[] => [...new Set(values)].sort((a, b) => a - b);
