import type { ComponentPropsWithRef } from 'react';

type Props = Omit<ComponentPropsWithRef<'button'>, 'type' | 'onClick' | 'aria-disabled'> & {
  /** The work it starts is under way: the button says it is unavailable and ignores presses. */
  busy: boolean;
  onClick: () => void;
};

/**
 * A button for work that takes a moment. It is never `disabled` while busy, which would drop
 * focus to the page: focus stays on it, and screen readers hear that it is unavailable.
 */
export function BusyButton({ busy, onClick, className = 'button', ...rest }: Props) {
  return (
    <button
      {...rest}
      type="button"
      className={className}
      aria-disabled={busy || undefined}
      onClick={busy ? undefined : onClick}
    />
  );
}
