"""The handbook as a list of blocks, already worded, ready for any format."""

from __future__ import annotations

from dataclasses import dataclass, field

from tandem_desktop.domain.records import Tandem


@dataclass
class Block:
    kind: str  # h2 | h3 | h4 | p | note | quote | bullets | table | signatures
    text: str = ""
    items: list[str] = field(default_factory=list)
    header: list[str] = field(default_factory=list)
    rows: list[list[str]] = field(default_factory=list)
    widths: list[int] = field(default_factory=list)  # percent per column, tables only


@dataclass(frozen=True)
class Labels:
    """The fixed words around the content: the title page's captions and the page footer."""

    leader: str
    assistant: str
    as_of: str
    page: str  # "Page {page} of {pages}", filled in per page


@dataclass
class Handbook:
    title: str
    tandem: Tandem
    as_of: str  # the date, written out in the document's language
    intro: str
    blocks: list[Block]
    labels: Labels
