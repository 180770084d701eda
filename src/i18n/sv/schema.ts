// Organisation charts.

export const schema = {
  rubrik: 'Organisationsschema',
  sidrubrik: (plats: string) => `Organisationsschema: ${plats}`,
  ingress:
    'Vem som ingår i eller rapporterar till vem, som källorna beskriver det. Varje ruta är en länk till organets sida. Organ utan känd rapporteringsväg visas direkt under sin nivå, sjukvårdsregion eller region.',
  bild: (plats: string) => `Organisationsschema för ${plats}`,
  lista: 'Samma schema som lista',
  forklaring: 'En heldragen linje visar vad ett organ ingår i eller rapporterar till. En streckad linje visar att det också rapporterar till ett annat organ.',
  ocksa: 'rapporterar också till',
  lankNot: 'alla råd och grupper och vem de ingår i eller rapporterar till',
  ovriga: 'Organisationsscheman för sjukvårdsregionerna',
} as const;
