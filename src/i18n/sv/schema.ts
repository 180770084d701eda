// Organisation charts.

export const schema = {
  rubrik: 'Organisationsschema',
  sidrubrik: (plats: string) => `Organisationsschema: ${plats}`,
  ingress:
    'Vem som ingår i eller rapporterar till vem, som källorna beskriver det. Varje ruta är en länk till organets sida. Varje organ står under sin nivå: den nationella nivån, en sjukvårdsregion eller en region. Rapporterar ett organ till ett organ på en annan nivå, går en linje dit.',
  bild: (plats: string) => `Organisationsschema för ${plats}`,
  lista: 'Schemat som lista',
  forklaring: 'En heldragen linje visar vad ett organ ingår i eller rapporterar till. En streckad linje visar att det också rapporterar till ett annat organ.',
  ocksa: 'rapporterar också till',
  till: 'rapporterar till',
  ingarI: 'ingår i',
  lankNot: 'alla råd och grupper och vem de ingår i eller rapporterar till',
  ovriga: 'Organisationsscheman för sjukvårdsregionerna',
} as const;
