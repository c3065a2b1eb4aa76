"""Prefect flows over the scodata library."""

import os
from pathlib import Path

PROJECT_DIR = Path(__file__).resolve().parents[1]


def configure_prefect() -> None:
    """Keep Prefect's state inside the project and its analytics off (before prefect is imported)."""
    os.environ.setdefault("PREFECT_HOME", str(PROJECT_DIR / ".prefect"))
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    os.environ.setdefault("DO_NOT_TRACK", "1")
    os.environ.setdefault("PREFECT_LOGGING_LEVEL", "INFO")
    os.environ.setdefault("PREFECT_SERVER_LOGGING_LEVEL", "WARNING")


configure_prefect()
