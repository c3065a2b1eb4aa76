"""Full-text search over paragraphs (SQL run when the database is written)."""

from __future__ import annotations


def search_sql() -> list[str]:
    """SQL that sets up paragraph search in the published database."""
    return [
        "CREATE VIRTUAL TABLE [paragraphs_fts] USING fts5([text], content=[paragraphs], tokenize='trigram');"
        "INSERT INTO [paragraphs_fts] (rowid, [text]) SELECT rowid, [text] FROM [paragraphs];"
    ]
