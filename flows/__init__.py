"""Prefect flows over the scodata library."""

from pathlib import Path

from scodata.orchestrator import configure_prefect

PROJECT_DIR = Path(__file__).resolve().parents[1]

configure_prefect()
