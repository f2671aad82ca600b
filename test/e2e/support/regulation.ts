import { readFileSync } from 'node:fs';
import type { Lang } from './texts.js';

interface Localized {
  readonly kk: string;
  readonly ru: string;
  readonly en: string;
}

const SEED = JSON.parse(
  readFileSync(new URL('../../../data/regulations/atyrau-2015-155.json', import.meta.url), 'utf8'),
) as {
  procedure: { steps: { code: string; summary: Localized }[] };
  services: { code: string; documents: { code: string; title: Localized; required: boolean }[] }[];
};

/** A step's short name as the shipped regulation words it: what the case page shows. */
export function stepName(code: string, lang: Lang): string {
  const step = SEED.procedure.steps.find((s) => s.code === code);

  if (step === undefined) throw new Error(`no step ${code}`);

  return step.summary[lang];
}

/** The codes of a service's required documents (§9 of its Standard). */
export function requiredDocuments(service: string): string[] {
  const found = SEED.services.find((s) => s.code === service);

  if (found === undefined) throw new Error(`no service ${service}`);

  return found.documents.filter((d) => d.required).map((d) => d.code);
}

export function documentTitle(service: string, code: string, lang: Lang): string {
  const found = SEED.services
    .find((s) => s.code === service)
    ?.documents.find((d) => d.code === code);

  if (found === undefined) throw new Error(`no document ${code} of ${service}`);

  return found.title[lang];
}
