/**
 * The model every page reads, loaded once per build (a module is evaluated once), and the site's links.
 * MIDNET_CONTENT_DIR (read by loadModel) points the build at another content folder without touching the pages.
 */
import { loadModel } from '../model/load.ts';
import { routes } from '../model/routes.ts';

const loaded = loadModel();
const errors = loaded.diagnostics.filter((d) => d.severity === 'error').length;
if (errors) {
  // The pages still build from what loaded; the checker (npm run check) explains each problem.
  console.warn(`[site] ${errors} content error(s) in ${loaded.model.root}/: pages show what could be read. Run the checker for details.`);
}

export const model = loaded.model;
export const link = routes(import.meta.env.BASE_URL);
export const base = import.meta.env.BASE_URL;

/**
 * Where readers report a mistake (REPORT_URL at build time: an issue tracker, a form, a mailto: address). Unset,
 * the about page says that no such place has been set up, rather than pointing at an invented one.
 */
export const reportUrl: string | undefined = process.env['REPORT_URL'] || undefined;
