import { applyDecorators } from '@nestjs/common';
import { Field, Int } from '@nestjs/graphql';
import { IsInt, Min } from 'class-validator';
import { OptionalNullable } from '../validation/decorators.js';

/** `version` of an updatable object (optimistic concurrency; see docs/decisions.md). */
export const VersionField = () =>
  Field(() => Int, {
    description: 'Starts at 1; every change adds one. Send it as `version` of the update to refuse the edit if someone changed it since.',
  });

/** `version` of an update input: the version the client's edit was based on. */
export const BasedOnVersionField = () =>
  applyDecorators(
    Field(() => Int, {
      nullable: true,
      description:
        'The version this edit is based on. If the object has changed since, the update is refused (CONFLICT on input.version) and nothing is written. Left out: the last writer wins.',
    }),
    OptionalNullable(),
    IsInt(),
    Min(1),
  );
