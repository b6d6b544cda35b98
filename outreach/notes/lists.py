"""The needs checklist and the supplies list, from ``resources/notes.toml`` (teams extend them)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from outreach.directory.text import fold, load_resource


@dataclass(frozen=True)
class ListItem:
    """One need or supply: the key the vault stores and its words in English and Spanish."""

    key: str
    en: str
    es: str
    also: tuple[str, ...] = ()

    def label(self, language: str = "en") -> str:
        return self.es if language.startswith("es") and self.es else self.en


def _items(section: str) -> tuple[ListItem, ...]:
    table = load_resource("notes.toml").get(section, {})
    return tuple(
        ListItem(
            key, str(spec.get("en", key)), str(spec.get("es", "")), tuple(spec.get("also", ()))
        )
        for key, spec in table.items()
    )


@lru_cache(maxsize=1)
def needs() -> tuple[ListItem, ...]:
    """The needs checklist, in the order of the form."""
    return _items("needs")


@lru_cache(maxsize=1)
def supplies() -> tuple[ListItem, ...]:
    """The harm-reduction supplies handed out, in the order of the form."""
    return _items("supplies")


def _lookup(items: tuple[ListItem, ...]) -> dict[str, str]:
    table: dict[str, str] = {}
    for item in items:
        for word in (item.key, item.key.replace("_", " "), item.en, item.es, *item.also):
            if word:
                table.setdefault(fold(word).strip(), item.key)
    return table


@lru_cache(maxsize=1)
def _need_lookup() -> dict[str, str]:
    return _lookup(needs())


@lru_cache(maxsize=1)
def _supply_lookup() -> dict[str, str]:
    return _lookup(supplies())


def need_key(word: str) -> str | None:
    """The need a word names, in English or Spanish, or None."""
    return _need_lookup().get(fold(word).strip())


def supply_key(word: str) -> str | None:
    """The supply a word names, in English or Spanish, or None."""
    return _supply_lookup().get(fold(word).strip())


def need_label(key: str, language: str = "en") -> str:
    """A need's words; a key no longer in the list (a team removed it) shows as itself."""
    for item in needs():
        if item.key == key:
            return item.label(language)
    return key.replace("_", " ")


def supply_label(key: str, language: str = "en") -> str:
    for item in supplies():
        if item.key == key:
            return item.label(language)
    return key.replace("_", " ")
