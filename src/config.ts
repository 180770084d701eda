// Site-wide settings that editors or deployers may change. Read from the environment where a
// deployment needs its own value.
export const config = {
  /** Repository where the content lives; "Föreslå ändring" links open files here. */
  repo: process.env.REPO_URL ?? 'https://github.com/cancerrad/cancerrad',
  /** Who runs the site: named on /om/ and in the accessibility statement. */
  utgivare: process.env.UTGIVARE ?? 'Cancerrådsregistrets redaktion (ideellt projekt, fristående från regionerna och RCC)',
  /**
   * Address for error reports from readers without a GitHub account (DIGG requires a feedback
   * channel): the site's functional mailbox, set by whoever deploys it (FELRAPPORT; on GitHub the
   * repository variable FELRAPPORT). Never a made-up address: unset, the pages offer only the
   * GitHub route and say so.
   */
  felrapport: process.env.FELRAPPORT?.trim() || undefined,
  /** Branch that the edit links point to. */
  gren: process.env.REPO_BRANCH ?? 'main',
  /** An entry whose `granskad` date is older than this many months shows an "may be out of date" note. */
  granskningManader: Number(process.env.GRANSKNING_MANADER ?? 12),
  /** A source older than this many years is flagged on the pages that use it. */
  kallaGammalAr: 3,
  /** "Today" for time-dependent notes; fixed in tests with BUILD_DATE=YYYY-MM-DD. */
  idag: process.env.BUILD_DATE ?? new Date().toISOString().slice(0, 10),
};
