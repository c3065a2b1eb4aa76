"""Prefect flows over the scodata library."""

from scodata.orchestrator import configure_prefect

configure_prefect()
