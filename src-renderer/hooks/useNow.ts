import { useEffect, useState } from 'react';

/**
 * The time now, read again every `everyMs`: a countdown's or a "tomorrow at 3:05 PM" clock. The
 * screen derives what is current from it rather than from when an event arrived.
 */
export function useNow(everyMs = 1000): number {
  const [now, setNow] = useState(Date.now);
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), everyMs);
    return () => window.clearInterval(timer);
  }, [everyMs]);
  return now;
}
