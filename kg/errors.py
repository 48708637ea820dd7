"""One family of exceptions: the CLI turns each into a one-line message and an exit code."""


class KgError(Exception):
    """Base of every error policy-kg reports to a user."""

    exit_code = 1


class InputError(KgError):
    """A file or folder that cannot be read as a source text."""

    exit_code = 2


class FactsError(KgError):
    """A facts file that is not valid JSON in the facts format."""

    exit_code = 2


class StoreError(KgError):
    """Neo4j unreachable, credentials refused, or a write that failed."""

    exit_code = 3


class StoreTimeout(StoreError):
    """Neo4j did not answer within the time allowed (a frozen or overloaded server).

    The call that waited may still hold a thread blocked on the server's socket, so the
    CLI ends the process at once after printing the message."""


class QueryError(KgError):
    """An unknown named query or a missing or bad parameter."""

    exit_code = 4


class SliceError(KgError):
    """A time slice that is not one: a bound that is no date, since after until, year with both."""

    exit_code = 2


class ToolError(KgError):
    """An external program that a file needs (Tesseract, LibreOffice) is missing or failed."""

    exit_code = 1
