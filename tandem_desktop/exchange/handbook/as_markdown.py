"""The handbook as Markdown; user text escaped so that it shows literally."""

from __future__ import annotations

import re

from tandem_desktop.exchange.handbook.document import Handbook

_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>|#~])")
_MD_BULLET = re.compile(r"^(\s*)([-+])(\s)", re.MULTILINE)
_MD_NUMBERED = re.compile(r"^(\s*\d+)([.)])(\s)", re.MULTILINE)


def md_escape(text: str) -> str:
    """User text that Markdown shows literally (no markup, no raw HTML)."""
    escaped = _MD_SPECIAL.sub(r"\\\1", text)
    escaped = _MD_BULLET.sub(r"\1\\\2\3", escaped)
    return _MD_NUMBERED.sub(r"\1\\\2\3", escaped)


def _md_cell(text: str) -> str:
    return "<br>".join(md_escape(line) for line in text.strip().splitlines()) or " "


def to_markdown(book: Handbook) -> str:
    tandem = book.tandem
    lines = [f"# {md_escape(book.title)}: {md_escape(tandem.name)}", ""]
    lines += [
        f"**{book.labels.leader}:** {md_escape(tandem.leader_name)}  ",
        f"**{book.labels.assistant}:** {md_escape(tandem.assistant_name)}  ",
        f"**{book.labels.as_of}:** {book.as_of}",
        "",
        md_escape(book.intro),
        "",
    ]
    for block in book.blocks:
        if block.kind == "h2":
            lines += [f"## {md_escape(block.text)}", ""]
        elif block.kind == "h3":
            lines += [f"### {md_escape(block.text)}", ""]
        elif block.kind == "h4":
            lines += [f"#### {md_escape(block.text)}", ""]
        elif block.kind == "p":
            lines += [md_escape(block.text).replace("\n", "  \n"), ""]
        elif block.kind == "note":
            lines += [f"*{md_escape(block.text)}*", ""]
        elif block.kind == "quote":
            lines += ["> " + md_escape(block.text).replace("\n", "\n> "), ""]
        elif block.kind == "bullets":
            lines += [
                f"- {md_escape(item).replace(chr(10), '  ' + chr(10) + '  ')}"
                for item in block.items
            ] + [""]
        elif block.kind == "table":
            lines.append("| " + " | ".join(md_escape(cell) for cell in block.header) + " |")
            lines.append("|" + "---|" * len(block.header))
            lines += [
                "| " + " | ".join(_md_cell(cell) for cell in row) + " |" for row in block.rows
            ]
            lines.append("")
        elif block.kind == "signatures":
            for name, caption in zip(block.header, block.items, strict=True):
                lines += ["", "", "\\_" * 40, "", f"{md_escape(name)}: {md_escape(caption)}", ""]
    return "\n".join(lines).rstrip() + "\n"
