"""The tandem handbook: one document a tandem can print, sign or send.

It gathers what the two have agreed on: working agreements, areas of
responsibility, decision rules with their levels and limits, the access register
(titles and scopes only), vision and goals, and the check-in rhythm. The content
is built once as a list of blocks, worded through the caller's ``Translate`` (the
"Handbook" context), and rendered as Markdown or as HTML; ``ui.printing`` lays
the HTML out as a paginated PDF. User text is escaped for both formats.

    document.py     the blocks and the handbook they make up
    content.py      the handbook of one tandem, section by section
    dates.py        dates and weekdays in the document's words
    cadence.py      a check-in rule in words
    as_markdown.py  the handbook as Markdown
    as_html.py      the handbook as HTML, with the places a page may break
    export.py       the handbook written to a file
"""
