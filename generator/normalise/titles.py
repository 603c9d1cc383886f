"""Titles that are sentences, not names. openapi-python-client names a schema's class after its
``title``; grpc-gateway and Kubernetes' openapi-gen copy each Go type's doc comment there
(Argo's 625: ``"CalendarEventSource describes a time based dependency. One of the fields ..."``),
which made class names of whole sentences, and module names too long for the file system (the
build stopped on "File name too long"). Such a title is left out, and the class is named as an
untitled schema's is: after its component's key, or its place."""

from __future__ import annotations

from generator.normalise.description import Normalised, every_node, is_data, note_many

MOST_WORDS = 10
"""More words than this make a sentence, not a name (Slack's ``Conversation IM Channel object from
conversations.* methods`` is a long name, but a name)."""
LONGEST = 80
"""More characters than this make a sentence (and a module name near what a file system takes)."""


def sentence_titles(result: Normalised) -> None:
    """Each schema ``title`` that is a sentence (a line break, more than ``MOST_WORDS`` words,
    longer than ``LONGEST``, or Markdown: ``MARKUP``) is left out; one line says how many."""
    left_out: list[str] = []
    for where, node in every_node(result.spec, "#"):
        title = node.get("title")
        if isinstance(title, str) and where != "#/info" and not is_data(where) and _a_sentence(title):
            del node["title"]
            left_out.append(where)
    note_many(
        result,
        "titles that are sentences, not names, are left out: their classes are named after their keys or places",
        left_out,
    )


MARKUP = ("`", "[", "]", "](", "://")
"""Marks no name holds: Markdown's code and links (Temporal's ``See `Payload```; its
``[cleanup-wv-pre-release]``), a URL."""


def _a_sentence(title: str) -> bool:
    marked = any(mark in title for mark in MARKUP)
    return marked or "\n" in title.strip() or len(title) > LONGEST or len(title.split()) > MOST_WORDS
