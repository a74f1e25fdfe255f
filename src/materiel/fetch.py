"""Fetching one URL for ingest: http(s) only, public addresses only, redirects by hand, size capped.

Every hop is resolved with `socket.getaddrinfo` and refused when any address it resolves to is
private, loopback, link-local, multicast, reserved or unspecified (unless `allow_private`). The
connection then goes to the address that was checked (the Host header and TLS server name carry
the original host name), so a name that resolves differently a moment later cannot slip a private
address past the check. For the same reason proxies from the environment are not used.
"""

from __future__ import annotations

import ipaddress
import socket
import time
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import httpx

__all__ = ["MAX_BYTES", "FetchError", "fetch_url"]

MAX_BYTES = 20_000_000
USER_AGENT = "materiel/0.1 (news ingest)"
_REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
_IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address


class FetchError(Exception):
    """A URL that could not be fetched; the message says why and is meant for the user."""


def too_large(size: int | None, max_bytes: int) -> str:
    """The message for content over the size cap, with the size when it is known."""
    if size is None:
        return f"too large (more than {max_bytes:,} bytes)"
    return f"too large ({size:,} bytes > {max_bytes:,})"


def fetch_url(
    url: str,
    *,
    allow_private: bool = False,
    max_bytes: int = MAX_BYTES,
    timeout: float = 15.0,
    max_redirects: int = 5,
) -> tuple[bytes, dict[str, str]]:
    """GET `url` and return its body and its response headers (names lower-cased).

    Raises `FetchError` for a refused address or scheme, a network error, an HTTP error status,
    more than `max_redirects` redirects, a body over `max_bytes` or a fetch longer than `timeout`
    seconds in all.
    """
    import httpx  # imported here: only URL sources need it

    deadline = time.monotonic() + timeout
    current = _parse(url)
    # No kept-alive connections: one pooled by address could carry a later hop for another host
    # name over TLS that was verified for the first.
    with httpx.Client(
        timeout=timeout,
        trust_env=False,
        follow_redirects=False,
        headers={"User-Agent": USER_AGENT},
        limits=httpx.Limits(max_keepalive_connections=0),
    ) as client:
        for _hop in range(max_redirects + 1):
            addresses = _checked_addresses(current, allow_private)
            location, body, headers = _get(client, current, addresses, max_bytes, deadline, timeout)
            if location is None:
                return body, headers
            try:
                current = current.join(location)
            except httpx.InvalidURL as exc:
                raise FetchError(f"bad redirect location {location!r} ({exc})") from None
        raise FetchError(f"too many redirects (more than {max_redirects})")


def _parse(url: str) -> httpx.URL:
    import httpx

    try:
        return httpx.URL(url)
    except httpx.InvalidURL as exc:
        raise FetchError(f"bad URL ({exc})") from None


def _checked_addresses(url: httpx.URL, allow_private: bool) -> list[_IPAddress]:
    """The addresses to connect to for `url`, after checking its scheme and every address."""
    if url.scheme not in ("http", "https"):
        raise FetchError(f"unsupported URL scheme {url.scheme!r} (only http and https)")
    host = url.raw_host.decode("ascii")
    if not host:
        raise FetchError("no host in URL")
    port = url.port or (443 if url.scheme == "https" else 80)
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as exc:
        raise FetchError(f"cannot resolve {host} ({exc})") from None
    addresses: list[_IPAddress] = []
    for info in infos:
        address = ipaddress.ip_address(str(info[4][0]).split("%", 1)[0])
        if address not in addresses:
            addresses.append(address)
    if not allow_private:
        for address in addresses:
            kind = _non_public_kind(address)
            if kind:
                raise FetchError(f"refused: {host} resolves to {address}, a {kind} address (allow_private is off)")
    if not addresses:
        raise FetchError(f"cannot resolve {host} (no addresses)")
    return addresses


def _non_public_kind(address: _IPAddress) -> str | None:
    """Why `address` is not a public one, or None when it is."""
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        address = address.ipv4_mapped
    for kind, flag in (
        ("loopback", address.is_loopback),
        ("link-local", address.is_link_local),
        ("multicast", address.is_multicast),
        ("unspecified", address.is_unspecified),
        ("reserved", address.is_reserved),
        ("private", address.is_private),
    ):
        if flag:
            return kind
    return None


def _get(
    client: httpx.Client,
    url: httpx.URL,
    addresses: list[_IPAddress],
    max_bytes: int,
    deadline: float,
    timeout: float,
) -> tuple[str | None, bytes, dict[str, str]]:
    """One request, tried on each checked address in turn: (redirect location or None, body, headers)."""
    import httpx

    extensions = {"sni_hostname": url.raw_host.decode("ascii")} if url.scheme == "https" else {}
    headers = {"Host": url.netloc.decode("ascii")}
    last_error: Exception | None = None
    for address in addresses:
        pinned = url.copy_with(host=str(address))
        try:
            with client.stream("GET", pinned, headers=headers, extensions=extensions) as response:
                status = response.status_code
                if status in _REDIRECT_STATUSES:
                    location = response.headers.get("location")
                    if not location:
                        raise FetchError(f"HTTP {status} redirect without a Location header")
                    return location, b"", {}
                if not 200 <= status < 300:
                    raise FetchError(f"HTTP {status} {response.reason_phrase}".rstrip())
                body = _read_capped(response, max_bytes, deadline, timeout)
                return None, body, {name.lower(): value for name, value in response.headers.items()}
        except httpx.ConnectError as exc:
            last_error = exc  # try the next address this host resolves to
        except httpx.TimeoutException:
            raise FetchError(f"timed out after {timeout:g} s") from None
        except httpx.HTTPError as exc:
            raise FetchError(f"{type(exc).__name__}: {exc}") from None
    raise FetchError(f"cannot connect to {url.host} ({last_error})")


def _read_capped(response: httpx.Response, max_bytes: int, deadline: float, timeout: float) -> bytes:
    declared = response.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > max_bytes:
        raise FetchError(too_large(int(declared), max_bytes))
    chunks: list[bytes] = []
    size = 0
    # iter_bytes() decodes any Content-Encoding, so the cap holds for what is kept in memory
    for chunk in response.iter_bytes():
        size += len(chunk)
        if size > max_bytes:
            raise FetchError(too_large(None, max_bytes))
        if time.monotonic() > deadline:
            raise FetchError(f"timed out after {timeout:g} s")
        chunks.append(chunk)
    return b"".join(chunks)
