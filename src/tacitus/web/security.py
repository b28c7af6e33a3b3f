"""Security layers: body size limit, response headers, error handling without leaks, the write token."""

from __future__ import annotations

import hmac
import json
import logging
import uuid
from typing import Any

from fastapi import Request
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from tacitus.web.state import web_state

log = logging.getLogger(__name__)

# Scripts, styles and data only from this server: hostile article text can never load or run code.
CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)
SECURITY_HEADERS = [
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"no-referrer"),
    (b"cross-origin-opener-policy", b"same-origin"),
]


class ApiError(Exception):
    """An error answered as JSON `{"error": slug, "detail": message}` with an HTTP status."""

    def __init__(self, status: int, slug: str, detail: str, headers: dict[str, str] | None = None) -> None:
        super().__init__(detail)
        self.status = status
        self.slug = slug
        self.detail = detail
        self.headers = headers or {}


async def send_json(
    send: Send, status: int, body: dict[str, Any], headers: dict[str, str] | None = None
) -> None:
    """Send a complete JSON response from ASGI middleware."""
    payload = json.dumps(body).encode()
    raw = [(b"content-type", b"application/json"), (b"content-length", str(len(payload)).encode())]
    raw += [(k.lower().encode(), v.encode()) for k, v in (headers or {}).items()]
    await send({"type": "http.response.start", "status": status, "headers": raw})
    await send({"type": "http.response.body", "body": payload})


class SecurityHeadersMiddleware:
    """Adds CSP, nosniff and framing headers to every HTTP response."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                names = {k for k, _ in message.get("headers", [])}
                extra = [(k, v) for k, v in SECURITY_HEADERS if k not in names]
                message = {**message, "headers": [*message.get("headers", []), *extra]}
            await send(message)

        await self.app(scope, receive, send_with_headers)


class BodyLimitMiddleware:
    """Rejects request bodies above `max_bytes` with 413 before any endpoint reads them."""

    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = dict(scope.get("headers", [])).get(b"content-length")
        if declared is not None:
            if not declared.isdigit():
                await send_json(send, 400, {"error": "bad_request", "detail": "invalid Content-Length"})
                return
            if int(declared) > self.max_bytes:
                await self._too_large(send)
                return
        # Buffer the body (bounded by the limit) so chunked uploads are counted too, then replay it.
        chunks: list[bytes] = []
        size = 0
        more = True
        while more:
            message = await receive()
            if message["type"] != "http.request":
                break
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > self.max_bytes:
                await self._too_large(send)
                return
            chunks.append(chunk)
            more = message.get("more_body", False)
        body = b"".join(chunks)
        sent = False

        async def replay() -> Message:
            nonlocal sent
            if not sent:
                sent = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        await self.app(scope, replay, send)

    async def _too_large(self, send: Send) -> None:
        limit = f"{self.max_bytes / 1e6:.1f} MB"
        detail = f"request body too large: the limit is {limit}; send one article per request"
        await send_json(send, 413, {"error": "too_large", "detail": detail, "limit_bytes": self.max_bytes})


class CatchAllMiddleware:
    """Turns any unhandled exception into a generic 500 with an error id; the traceback goes to the log."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = False

        async def tracking_send(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, receive, tracking_send)
        except Exception:
            error_id = uuid.uuid4().hex[:12]
            log.exception("unhandled error %s on %s %s", error_id, scope.get("method"), scope.get("path"))
            if not started:
                detail = f"internal server error (error id {error_id}; details are in the server log)"
                await send_json(send, 500, {"error": "internal", "detail": detail, "error_id": error_id})


def require_token(request: Request) -> None:
    """Dependency of write endpoints: 403 when writes are disabled, 401 without the right bearer token."""
    token = web_state(request).config.api_token
    if token is None:
        raise ApiError(
            403,
            "writes_disabled",
            "write endpoints are disabled: start the server with a token (TACITUS_API_TOKEN or --token-file)",
        )
    scheme, _, given = request.headers.get("authorization", "").partition(" ")
    challenge = {"WWW-Authenticate": 'Bearer realm="tacitus"'}
    if scheme.lower() != "bearer" or not given.strip():
        raise ApiError(401, "unauthorized", "missing bearer token (Authorization: Bearer TOKEN)", challenge)
    if not hmac.compare_digest(given.strip().encode(), token.encode()):
        raise ApiError(401, "unauthorized", "invalid bearer token", challenge)
