// Investigation ids: random, URL-safe and unguessable, so that knowing one id says nothing about the others.
import { randomBytes } from 'node:crypto';

export function newInvestigationId(): string {
  return randomBytes(12).toString('base64url');
}

/** The shape newInvestigationId makes (the story's fixed id too): anything else in a URL is refused before SQL. */
export const INVESTIGATION_ID = /^[A-Za-z0-9_-]{1,64}$/;
