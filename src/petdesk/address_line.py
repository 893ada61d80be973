"""A postal address on one line, its parts in the order the address's country writes them: a
Brazilian one "Rua Marquês de Itu, 70, São Paulo - SP, 01223-000, Brazil" (city - state, then the
CEP), a Colombian one "Calle 5 # 4-22, Aracataca, Magdalena, 478001" (city, department), as the
mailing list's blocks put them (field test 110: "street, CEP, city, state" read wrong in both)."""

from __future__ import annotations

from collections.abc import Callable, Mapping

#: The parts in the order most countries' lines give them: the postcode before the town.
_ADDRESS_PARTS = ("street", "extended", "po_box", "postcode", "city", "region")


def _brazil(p: Mapping[str, str]) -> list[str]:
    return [
        p["street"],
        p["extended"],
        p["po_box"],
        " - ".join(x for x in (p["city"], p["region"]) if x),
        p["postcode"],
    ]


def _city_region_postcode(p: Mapping[str, str]) -> list[str]:
    return [p["street"], p["extended"], p["po_box"], p["city"], p["region"], p["postcode"]]


#: Countries whose order is not ``_ADDRESS_PARTS``'s (libaddressinput's formats: BR "%C-%S %Z",
#: CO "%C, %S, %Z").
_ORDERS: dict[str, Callable[[Mapping[str, str]], list[str]]] = {"BR": _brazil, "CO": _city_region_postcode}


def one_line(address: Mapping[str, str], locale: str) -> str:
    """The parts given, the country by name in ``locale``; a file's ready-made "formatted" text when
    it gave no parts."""
    from petdesk.labels import country_code_in_any_language, country_name

    parts = {
        key: (address.get(key) or "").strip().replace("\n", ", ") for key in (*_ADDRESS_PARTS, "country")
    }
    typed = parts["country"]
    is_code = len(typed) == 2 and typed.isalpha()
    # the order of a country a file wrote by name ("Brasil", "Colômbia") too
    code = typed.upper() if is_code else (country_code_in_any_language(typed) or "")
    ordered = _ORDERS[code](parts) if code in _ORDERS else [parts[key] for key in _ADDRESS_PARTS]
    country = (country_name(code, locale) or typed) if is_code else typed
    return ", ".join(p for p in (*ordered, country) if p) or (address.get("formatted") or "")
