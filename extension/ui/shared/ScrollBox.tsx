/** A scrolling region with a name, reachable by keyboard (a scrolled area must be, or its content is lost). */
import type { ComponentChildren, Ref } from 'preact';

interface Props {
  label: string;
  class?: string;
  boxRef?: Ref<HTMLElement>;
  onScroll?: (e: Event) => void;
  children: ComponentChildren;
}

export function ScrollBox({ label, class: cls = 'scroll', boxRef, onScroll, children }: Props) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: scrollable regions need focus for keyboard scrolling
    <section class={cls} aria-label={label} tabIndex={0} ref={boxRef} onScroll={onScroll}>
      {children}
    </section>
  );
}
