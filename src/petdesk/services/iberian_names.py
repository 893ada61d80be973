"""Spanish and Portuguese whole names: where the given names end and the two surnames begin.

"María José García de la Cruz" and "Ana Beatriz dos Santos Oliveira" have two given names and two
surnames. The import's general rule (the last word and the particles before it are the family name)
made them Ms "de la Cruz", given name "María José García", and Ms "Oliveira", given name "Ana Beatriz
dos Santos": name cards, sorting and the duplicate finder all went wrong (field test 110, São Paulo).
Here the given names are the leading words that are common Iberian given names; the rest, with its
particles and "Neto"/"Filho", is the family name. Only for a name that reads as Iberian, so that
"David Miller Jones" keeps its middle name.
"""

from __future__ import annotations

from petdesk.services.matching import fold_latin


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


#: Common Spanish and Portuguese given names, folded (no accents, lower case). A word outside the list
#: ends the given names, so a rare given name only makes the family name one word longer.
_GIVEN = _words(
    """
    ana maria jose juan joao pedro carlos luis luiz antonio francisco manuel jorge miguel rafael gabriel
    fernando ricardo eduardo paulo pablo sergio andres andre diego alejandro alexandre javier mateus
    mateo lucas felipe marcos marco mario roberto rodrigo daniel david gustavo guilherme henrique
    enrique hugo ignacio inacio julio julian leonardo lorenzo martin nicolas oscar raul ramon santiago
    sebastian thiago tiago vicente victor vitor alberto alfonso alvaro angel arturo bruno cesar cristian
    emilio esteban fabio federico gonzalo hector jaime joaquim joaquin leandro marcelo mauricio nelson
    octavio orlando patricio renato rogerio ruben samuel simon teodoro valentin wagner washington
    beatriz isabel lucia luisa luiza carmen teresa tereza juliana mariana fernanda gabriela adriana
    andrea angela camila carolina catalina claudia cristina daniela elena eliana fatima francisca
    helena ines isabela laura leticia lorena luciana manuela marcela margarida margarita marta monica
    natalia paula patricia raquel renata rosa sandra silvia sofia susana valentina vanessa veronica
    virginia ximena alejandra antonia aparecida conceicao dolores esperanza guadalupe graciela pilar
    rocio soledad yolanda clara cecilia julia lidia lourdes regina rita sara vera
    """
)

#: Iberian surnames, folded: with one of them, a name without accents or particles still reads as
#: Iberian ("Gabriel Garcia Marquez", "Juan Carlos Rodriguez Perez").
_SURNAMES = _words(
    """
    garcia rodriguez gonzalez fernandez lopez martinez sanchez perez gomez martin jimenez ruiz
    hernandez diaz moreno alvarez munoz romero alonso gutierrez navarro torres dominguez vazquez
    ramos gil ramirez serrano blanco molina morales suarez ortega delgado castro ortiz rubio marin
    sanz nunez iglesias medina garrido cortes castillo santos lozano guerrero cano prieto mendez
    cruz flores herrera pena leon marquez cabrera gallego calvo vidal campos vega reyes rios
    silva oliveira souza sousa pereira costa carvalho almeida ferreira ribeiro rodrigues gomes
    martins araujo barbosa lima alves cardoso rocha dias nascimento andrade moreira nunes soares
    vieira mendes freitas correia teixeira cavalcanti pinto monteiro moura neves machado lopes
    """
)

#: Particles inside Iberian names, folded.
_PARTICLES = frozenset({"de", "da", "das", "do", "dos", "del", "la", "las", "los", "y", "e"})

_IBERIAN_LETTERS = frozenset("áéíóúâêôãõçñàü")


def _reads_as_iberian(words: list[str]) -> bool:
    folded = [fold_latin(w).lower() for w in words]
    return (
        any(ch in _IBERIAN_LETTERS for ch in " ".join(words).lower())
        or any(w in _PARTICLES for w in folded[1:])
        or any(w in _SURNAMES for w in folded[1:])
    )


def split_given_first(words: list[str]) -> tuple[str, str] | None:
    """(family, given) of a Spanish or Portuguese name written given names first, or None where the
    name does not read as one (then the general rule applies): at least three words, the first a common
    Iberian given name, and a word that is not a given name before the end."""
    if len(words) < 3 or not _reads_as_iberian(words):
        return None
    folded = [fold_latin(w).lower() for w in words]
    if folded[0] not in _GIVEN:
        return None
    end = 1
    while end < len(words) - 1 and folded[end] in _GIVEN:
        end += 1
    return " ".join(words[end:]), " ".join(words[:end])


def written_given_first(family: str, given: str) -> bool:
    """Whether "García Márquez, Gabriel" (a list's "Family, Given" form) is an Iberian name, which its
    owner writes given name first: the first given name a common Iberian one and the whole reading as
    Iberian. "Zhang, Wei" and "Müller, Hans" are not (they keep the family-first reading)."""
    given_words, family_words = given.split(), family.split()
    if not given_words or not family_words:
        return False
    return fold_latin(given_words[0]).lower() in _GIVEN and _reads_as_iberian(given_words + family_words)
