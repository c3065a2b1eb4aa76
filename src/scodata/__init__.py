"""scodata: an open, validated dataset of Shanghai Cooperation Organisation communiqués."""

__version__ = "0.1.0"
