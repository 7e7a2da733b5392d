/** Browser tests run alone (`npm run test:e2e`) get the same set-up as `npm test`: the browser, or one clear stop. */
import { main as setUpBrowser } from '../../scripts/setup-browser.ts';

export default function setup(): void {
  // The set-up has said what is missing and what to run; a stack trace from here would only bury that message.
  const code = setUpBrowser([]);
  if (code !== 0) process.exit(code);
}
