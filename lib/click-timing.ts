// When each step of one reader click happened, for `npm run bench`'s breakdown (epoch milliseconds with sub-ms
// precision, comparable across the background, the page and the reader page). Carries no page data.
export interface ClickTiming {
  /** The background received the click (action.onClicked). */
  clickAt: number;
  /** The background's service worker started (equal to or well before clickAt when it was running already). */
  workerStartAt: number;
  /** The extraction script started / finished inside the page. */
  extractStartAt: number;
  extractEndAt: number;
  /** The background had the article back. */
  extractedAt: number;
  /** The background asked the tab to navigate to the reader. */
  navigateAt: number;
}

export const epochNow = (): number => performance.timeOrigin + performance.now();
