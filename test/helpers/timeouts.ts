/**
 * Timeouts for the slow end-to-end steps. Generous on purpose: on a shared 2-core machine under load the whole
 * suite once took ~18 minutes, and a headless-browser screenshot hit Playwright's 30 s default. A timeout here
 * only says something hangs; speed is measured by `npm run bench`, never by a test.
 */

/** One end-to-end test (a few CLI runs, a pseudo-terminal session, a browser page). */
export const E2E_TEST_MS = 300_000;
/** One spawned CLI run. */
export const CLI_RUN_MS = 120_000;
/** One browser step (launch, navigation, locator, screenshot). */
export const BROWSER_STEP_MS = 120_000;
/** One wait for the CLI's screen in a pseudo-terminal. */
export const SCREEN_WAIT_MS = 60_000;
