"""schema.org Dataset JSON-LD for the home page, from schemas/dataset.json and the served tables."""

from __future__ import annotations

import json
from typing import Any

from ..release.datapackage import PARQUET_MEDIATYPE
from ..tables import dataset_info, load_tables


def dataset_jsonld(base_url: str) -> dict[str, Any]:
    """A schema.org Dataset describing scodata, with one DataDownload per Parquet file and the SQLite file."""
    info = dataset_info()
    downloads = [{"@type": "DataDownload", "name": f"{name}.parquet", "encodingFormat": PARQUET_MEDIATYPE,
                  "contentUrl": f"{base_url}/-/parquet/{name}.parquet", "description": table.description}
                 for name, table in load_tables().items()]
    downloads.append({"@type": "DataDownload", "name": "scodata.db", "encodingFormat": "application/vnd.sqlite3",
                      "contentUrl": f"{base_url}/scodata.db"})
    return {
        "@context": "https://schema.org/",
        "@type": "Dataset",
        "name": info["title"],
        "description": info["description"],
        "version": info["version"],
        "url": base_url + "/",
        "sameAs": info["homepage"],
        "license": info["licenses"][0]["path"],
        "isAccessibleForFree": True,
        "inLanguage": ["zh-Hans", "en"],
        "keywords": ["Shanghai Cooperation Organisation", "SCO", "上海合作组织", "communiqué", "diplomacy"],
        "citation": info["citation"],
        "creator": {"@type": "Organization", "name": "scodata contributors", "url": info["homepage"]},
        "distribution": downloads,
    }


def jsonld_script(base_url: str) -> str:
    """The JSON-LD, safe to place inside a <script> element."""
    return json.dumps(dataset_jsonld(base_url), ensure_ascii=False).replace("</", "<\\/")
