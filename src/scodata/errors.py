"""Domain errors: raised in the library, turned into one clear line at the CLI edge."""

from __future__ import annotations


class ScodataError(Exception):
    """Base class of every error the pipeline reports to users."""

    exit_code = 1


class InputError(ScodataError):
    """A source could not be read or is not a communiqué."""

    exit_code = 2


class FetchError(InputError):
    """An http(s) fetch failed (status, timeout, size cap)."""

    def __init__(self, message: str, *, retryable: bool = False) -> None:
        super().__init__(message)
        self.retryable = retryable


class ValidationFailed(ScodataError):
    """Records failed their JSON Schema; the report says which."""

    exit_code = 3

    def __init__(self, message: str, report_path: str | None = None) -> None:
        super().__init__(message)
        self.report_path = report_path


class PublishError(ScodataError):
    """The dataset could not be published (another run holds the lock, disk error)."""

    exit_code = 4


class OrchestratorError(ScodataError):
    """The Prefect API could not be reached or started, or the orchestrated run broke down."""

    exit_code = 6


PUBLISHED_WITH_REFUSALS = 5  # exit code: the dataset was published, but some sources were refused
