import { answersSection } from './answers.ts';
import { bbcSummaries } from './bbc.ts';
import { conversationsSection } from './conversations.ts';
import { polnearSection } from './polnear.ts';
import { reutersLayout } from './reutersLayout.ts';
import { reutersPlaces } from './reutersPlaces.ts';
import type { EvalSection } from './section.ts';
import { seedSection } from './seed.ts';
import { squadSection } from './squad.ts';
import { typedSection } from './typed.ts';

/** Every eval section, in the order the table prints them. Each section's module adds itself here. */
export const sections: EvalSection[] = [
  reutersLayout,
  reutersPlaces,
  bbcSummaries,
  answersSection,
  conversationsSection,
  seedSection,
  polnearSection,
  squadSection,
  typedSection,
];
