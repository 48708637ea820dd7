"""Connecting to Neo4j and bounding every call: a driver that has reached the server and
logged in (:func:`connect`, credentials never shown), a call given a deadline (:func:`bounded`:
the driver has no read timeout), and driver errors as one-line ``StoreError`` (:func:`store_errors`).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, TypeVar
from urllib.parse import quote, unquote, urlsplit

from neo4j import Driver, GraphDatabase
from neo4j.exceptions import AuthError, ConfigurationError, DriverError, Neo4jError, ServiceUnavailable

from kg.errors import StoreError, StoreTimeout

_T = TypeVar("_T")

#: Seconds to wait for a connection, and for a retried transaction, before giving up.
CONNECT_TIMEOUT = 8.0


RETRY_TIME = 30.0


#: Seconds one Neo4j call (a batch, a count, the schema) may take before the load gives up
#: with ``StoreTimeout``; the server is also asked to abort a transaction after that long.
CALL_TIMEOUT = 120.0


BOLT_SCHEMES = ("bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc")


def connect(uri: str, user: str, password: str | None, *, timeout: float = CONNECT_TIMEOUT) -> Driver:
    """A driver that has reached the server and logged in, or a one-line ``StoreError``.

    Unreachable servers and refused credentials are told apart; either way the
    answer comes within about ``timeout`` seconds. Credentials written into the URI
    (``bolt://USER:PASSWORD@HOST:PORT``) are used and never shown: every message names
    the URI without them, and the password is masked wherever the driver repeats it.
    """
    shown = hide_credentials(uri)
    secrets = [s for s in (password,) if s]
    scheme = uri.partition("://")[0]
    if scheme not in BOLT_SCHEMES:
        raise StoreError(f"bad Neo4j URI {shown!r}: use bolt://HOST:PORT (or {', '.join(BOLT_SCHEMES[1:])})")
    try:
        parts = urlsplit(uri)
        parts.port  # noqa: B018  (raises ValueError for a port outside 0-65535 or not a number)
    except ValueError as exc:
        raise StoreError(_masked(f"bad Neo4j URI {shown!r}: {exc}", uri, secrets)) from None
    if not parts.hostname:
        raise StoreError(f"bad Neo4j URI {shown!r}: no host (use bolt://HOST:PORT)")
    if parts.username or parts.password:
        user = unquote(parts.username or user)
        password = unquote(parts.password) if parts.password is not None else password
        secrets.append(parts.password or "")
        uri = parts._replace(netloc=parts.netloc.rpartition("@")[2]).geturl()
    if password is None:
        raise StoreError("no Neo4j password: set NEO4J_PASSWORD (or pass --password)")
    try:
        driver = GraphDatabase.driver(uri, auth=(user, password), connection_timeout=timeout,
                                      connection_acquisition_timeout=timeout,
                                      max_transaction_retry_time=RETRY_TIME)
    except (ValueError, ConfigurationError) as exc:
        raise StoreError(_masked(f"bad Neo4j URI {shown!r}: {_one_line(exc)}", uri, secrets)) from None
    try:
        driver.verify_connectivity()
    except AuthError:
        driver.close()
        raise StoreError(f"Neo4j at {shown} refused the credentials of user {user!r} "
                         "(check NEO4J_USER / NEO4J_PASSWORD)") from None
    except (ServiceUnavailable, OSError) as exc:
        driver.close()
        raise StoreError(_masked(f"Neo4j is unreachable at {shown}: {_one_line(exc)} "
                                 "(start it: scripts/neo4j start, or docker compose up -d)", uri, secrets)) from None
    except (Neo4jError, DriverError) as exc:
        driver.close()
        raise StoreError(_masked(f"cannot use Neo4j at {shown}: {_one_line(exc)}", uri, secrets)) from None
    return driver


def hide_credentials(uri: str) -> str:
    """``uri`` without the password of its user part (``bolt://neo4j:***@host:7687``).

    >>> hide_credentials("bolt://neo4j:s3cret@127.0.0.1:7687")
    'bolt://neo4j:***@127.0.0.1:7687'
    """
    scheme, sep, rest = uri.partition("://")
    userinfo, at, host = rest.partition("@") if "@" in rest.split("/", 1)[0] else ("", "", rest)
    if not at:
        return uri
    user = userinfo.partition(":")[0]
    return f"{scheme}{sep}{user}:***@{host}"


def _masked(text: str, uri: str, secrets: list[str]) -> str:
    for secret in sorted((s for s in secrets if s), key=len, reverse=True):
        text = text.replace(secret, "***").replace(quote(secret, safe=""), "***")
    return text


class Call:
    """A function running in a daemon thread, waited for with a deadline."""

    def __init__(self, fn: Callable[[], Any]) -> None:
        self._done = threading.Event()
        self._value: Any = None
        self._error: BaseException | None = None

        def run() -> None:
            try:
                self._value = fn()
            except BaseException as exc:  # handed to the waiting thread by result()
                self._error = exc
            finally:
                self._done.set()

        threading.Thread(target=run, daemon=True, name="kg-neo4j-call").start()

    def wait(self, seconds: float) -> bool:
        return self._done.wait(seconds)

    def result(self) -> Any:
        if self._error is not None:
            raise self._error
        return self._value


def bounded(step: str, timeout: float, fn: Callable[..., _T], *args: Any, **kwargs: Any) -> _T:
    """``fn(*args, **kwargs)``, or ``StoreTimeout`` when it has not returned after ``timeout`` s.

    The driver has no read timeout: a server that accepts connections but stops answering
    (frozen, swapping, stopped with SIGSTOP) would block the call forever. The call runs in
    a daemon thread, which is abandoned on timeout (the CLI then ends the process).
    """
    began = time.monotonic()
    call = Call(lambda: fn(*args, **kwargs))
    if not call.wait(timeout):
        raise StoreTimeout(f"Neo4j did not answer within {timeout:.0f} s while {step} (waited "
                           f"{time.monotonic() - began:.1f} s; is the server frozen or overloaded? "
                           "rerun: loading is idempotent)")
    return call.result()


def _one_line(exc: BaseException) -> str:
    text = " ".join(str(exc).split())
    return text[:300] or type(exc).__name__


@contextmanager
def store_errors(step: str) -> Iterator[None]:
    """Turn driver and server errors into a one-line StoreError naming the step."""
    try:
        yield
    except AuthError:
        raise StoreError(f"Neo4j refused the credentials while {step}") from None
    except (ServiceUnavailable, OSError) as exc:
        raise StoreError(f"Neo4j became unreachable while {step}: {_one_line(exc)} "
                         "(rerun: loading is idempotent)") from None
    except (Neo4jError, DriverError) as exc:
        raise StoreError(f"Neo4j failed while {step}: {_one_line(exc)}") from None
