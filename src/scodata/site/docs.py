"""The data dictionary (docs/data-dictionary.md), generated from the schemas.

    python -m scodata.site.docs > docs/data-dictionary.md
"""

from __future__ import annotations

from ..tables import Column, Table, dataset_info, load_tables


def _type(column: Column) -> str:
    base = f"{column.json_type}<{column.fmt}>" if column.json_type == "array" else column.fmt or column.json_type
    return f"{base}{', nullable' if column.nullable else ''}"


def _table_section(table: Table) -> list[str]:
    lines = [f"## `{table.name}`", "", table.description, ""]
    if table.primary_key:
        lines.append(f"Primary key: `{', '.join(table.primary_key)}`. ")
    for fk in table.foreign_keys:
        ref = fk["reference"]
        lines.append(f"`{', '.join(fk['fields'])}` → `{ref['resource']}.{', '.join(ref['fields'])}`. ")
    lines += ["", "| column | type (JSON Schema) | SQLite | Parquet (Arrow) | description |", "|---|---|---|---|---|"]
    for c in table.columns:
        description = c.description.replace("|", "\\|")
        lines.append(f"| `{c.name}` | {_type(c)} | {c.sqlite_type} | {c.arrow_type} | {description} |")
    return lines + [""]


def data_dictionary() -> str:
    """Markdown describing every table and column of the dataset."""
    info = dataset_info()
    lines = [f"# Data dictionary: {info['title']}", "", info["description"], "",
             "Generated from `schemas/` by `python -m scodata.site.docs`; do not edit by hand.", ""]
    for table in load_tables().values():
        lines += _table_section(table)
    lines += ["## Citation", "", info["citation"], "", "## Licence", "",
              f"{info['licenses'][0]['title']} ({info['licenses'][0]['path']}). {info['source_note']}", ""]
    return "\n".join(lines)


if __name__ == "__main__":
    print(data_dictionary(), end="")
