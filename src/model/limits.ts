/** The limits content must keep (rule file/limit); the loader checks them, the README lists them. */

/**
 * What content may be, so that content that passes the check also builds: the renderer and the site walk
 * trees recursively, and a pathological file would overflow their stack or take minutes.
 */
export const LIMITS = {
  /** Bytes per file: the longest file today (the 31st meeting's minutes) is 8 KiB. */
  fileBytes: 512 * 1024,
  /** Levels of a Markdown/MDX body's tree (block quotes, lists, emphasis, components inside one another; the
   * body itself is level 0, a paragraph's text level 2): the deepest body today is 5 levels deep. */
  depth: 16,
} as const;
