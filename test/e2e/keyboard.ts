// The keyboard, and nothing else, for the e2e journey: every move of focus checked for a
// visible, ringed control.

import type { Page } from 'playwright-core';
import { expect } from 'vitest';

function focusProblem(page: Page): Promise<{ what: string; problem?: string }> {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!(element instanceof HTMLElement) || element === document.body) {
      return { what: 'the page', problem: 'focus is on no control (lost)' };
    }
    const text = (element.textContent ?? '').trim().slice(0, 30);
    const what =
      element.getAttribute('data-testid') ?? `${element.tagName.toLowerCase()} “${text}”`;
    // A browser scrolls a focused element into view; so does the person's screen reader.
    element.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    if (!element.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true })) {
      return { what, problem: 'hidden (display, visibility or opacity)' };
    }
    const box = element.getBoundingClientRect();
    if (box.width < 2 || box.height < 2) return { what, problem: 'has no size' };
    if (box.bottom <= 0 || box.right <= 0 || box.top >= innerHeight || box.left >= innerWidth) {
      return { what, problem: 'outside the window after scrolling' };
    }
    return { what };
  });
}

/** The keyboard, and nothing else, with a visibility check after every move of focus. */
export class Keyboard {
  count = 0;
  readonly page: Page;
  /** What each focus ring looked like, for the test's report. */
  readonly ringLog: string[];
  constructor(page: Page, ringLog: string[]) {
    this.page = page;
    this.ringLog = ringLog;
  }

  async press(key: string): Promise<void> {
    this.count += 1;
    await this.page.keyboard.press(key);
  }

  async type(text: string): Promise<void> {
    this.count += text.length;
    await this.page.keyboard.type(text);
  }

  /** Fails unless the focused element is a visible control inside the window. */
  async expectFocusVisible(): Promise<string> {
    const { what, problem } = await focusProblem(this.page);
    expect(problem, `focus on ${what}`).toBeUndefined();
    return what;
  }

  /** Tab (or Shift+Tab) until `selector` has focus, checking each element passed on the way. */
  async tabTo(selector: string, back = false, max = 80): Promise<void> {
    for (let i = 0; i <= max; i += 1) {
      if (await this.page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) {
        return;
      }
      await this.press(back ? 'Shift+Tab' : 'Tab');
      await this.expectFocusVisible();
    }
    throw new Error(`${selector} never got focus in ${max} presses of ${back ? 'Shift+' : ''}Tab`);
  }

  /** Selects what a text field holds and types over it. */
  async replaceText(text: string): Promise<void> {
    await this.press('Control+A');
    await this.type(text);
  }

  /**
   * The focused control shows a ring: its outline or box-shadow differs from when it is not
   * focused. Focus moves away with (Shift+)Tab and comes back, keyboard only.
   */
  async expectFocusRing(away: 'Tab' | 'Shift+Tab' = 'Tab'): Promise<void> {
    const ring = () =>
      this.page.evaluate(() => {
        const element = (window as unknown as { ringTarget?: Element }).ringTarget;
        if (!element) return { outline: 'none', shadow: 'none' };
        const style = getComputedStyle(element);
        const drawn = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
        return {
          outline: drawn
            ? `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}`
            : 'none',
          shadow: style.boxShadow,
        };
      });
    const name = await this.page.evaluate(() => {
      const element = document.activeElement;
      (window as unknown as { ringTarget?: Element | null }).ringTarget = element;
      return element?.getAttribute('data-testid') ?? element?.tagName.toLowerCase() ?? '';
    });
    const focused = await ring();
    await this.press(away);
    const unfocused = await ring();
    await this.press(away === 'Tab' ? 'Shift+Tab' : 'Tab');
    const back = await this.page.evaluate(
      () => document.activeElement === (window as unknown as { ringTarget?: Element }).ringTarget,
    );
    expect(back, `focus came back to ${name}`).toBe(true);
    expect(focused.outline !== 'none' || focused.shadow !== 'none', `${name} has a ring`).toBe(
      true,
    );
    expect(focused, `${name}: focused differs from unfocused`).not.toEqual(unfocused);
    this.ringLog.push(`${name}: ${focused.outline} (unfocused: ${unfocused.outline})`);
  }
}
