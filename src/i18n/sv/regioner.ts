// Texts of the region pages: what the sources name for a region's own cancer work, and the bodies
// that cover it from its healthcare region(s).

export const regionsida = {
  /** Before the date (a <time>): "I de källor som webbplatsen sökte i den". */
  soktaKallorFore: 'I de källor som webbplatsen sökte i den',
  /** After the date. */
  soktaKallorEfter: (region: string) => `nämns inget eget råd och ingen egen grupp för cancervården i ${region}.`,
  tacksAv: 'Regionen täcks av de råd och grupper som arbetar för hela sjukvårdsregionen:',
  tacksAvFlera: 'Regionen täcks av de råd och grupper som arbetar för dess sjukvårdsregioner:',
  /** Heading of one healthcare region's group, with the part of the region that belongs there. */
  gruppRubrik: (sjukvardsregion: string, del?: string) => (del ? `${sjukvardsregion} (${del})` : sjukvardsregion),
  /** A region with no bodies of its own and no date of a search: nothing to say but that. */
  ingaUppgifter: (region: string) => `Webbplatsen har ännu inga uppgifter om råd och grupper i ${region}.`,
} as const;
