import type { MouseEvent, ReactNode } from 'react';
import BackToTopButton from '@theme-original/BackToTopButton';

/**
 * The theme scrolls back to the top with a JavaScript animation, even for readers who asked their
 * system for less motion (prefers-reduced-motion: reduce). For them, jump to the top instead.
 * The button is position: fixed, so the wrapping element changes no layout.
 */
export default function BackToTopButtonWrapper(): ReactNode {
  const jumpIfLessMotion = (event: MouseEvent) => {
    if (!window.matchMedia('(prefers-reduced-motion: reduce)').matches) return;
    event.stopPropagation();
    window.scrollTo(0, 0);
  };
  return (
    <div onClickCapture={jumpIfLessMotion}>
      <BackToTopButton />
    </div>
  );
}
