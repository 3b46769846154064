import { useEffect, useRef, type ReactNode } from 'react';

/**
 * A screen's <h1>. After a step change it takes focus, so screen readers announce the new screen
 * and keyboard users continue from the top of it; on first load focus stays where the browser put it.
 */
export function ScreenHeading({
  children,
  testId,
  takeFocus,
}: {
  children: ReactNode;
  testId: string;
  takeFocus: boolean;
}) {
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (takeFocus) heading.current?.focus();
  }, [takeFocus]);

  return (
    <h1 ref={heading} tabIndex={-1} className="screen-title" data-testid={testId}>
      {children}
    </h1>
  );
}
