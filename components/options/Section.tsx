// One titled section of the options page. Its own module, so the sections and OptionsApp both depend on it and
// nothing depends back on OptionsApp.
import type { ComponentChildren } from 'preact';

/** A titled section; `id` names the heading the section is labelled by. */
export function Section(props: { id: string; title: string; hint?: string; children: ComponentChildren }) {
  return (
    <section class="options-section" aria-labelledby={props.id}>
      <h2 id={props.id}>{props.title}</h2>
      {props.hint && <p class="hint">{props.hint}</p>}
      {props.children}
    </section>
  );
}
