/** The Chromium launcher, axe and screenshot helpers, shared by every domain's browser tests. */
export { describeInChromium, launchBrowser, screenshot, seriousAxeViolations, artifactsDir } from '../../channels/web/e2e/browser.ts';
