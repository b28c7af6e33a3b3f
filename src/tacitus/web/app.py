"""The FastAPI application: API routers, static UI pages, security middleware and error handlers."""

from __future__ import annotations

import logging
from importlib import resources
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

import tacitus
from tacitus.errors import InputError, StoreError, TacitusError
from tacitus.ontology import QUAD_CLASS_NAMES, ontology
from tacitus.pipeline import Pipeline
from tacitus.web import api_code, api_store
from tacitus.web.config import WebConfig
from tacitus.web.security import ApiError, BodyLimitMiddleware, CatchAllMiddleware, SecurityHeadersMiddleware
from tacitus.web.state import WebState, web_state

log = logging.getLogger(__name__)

STATIC = Path(str(resources.files("tacitus") / "web" / "static"))
PAGES = {"/": "index.html", "/explore": "explore.html"}
HTTP_SLUGS = {
    400: "bad_request",
    401: "unauthorized",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
}


def create_app(
    config: WebConfig | None = None, pipeline: Pipeline | None = None, store: Any = None
) -> FastAPI:
    """Build the app; `pipeline` and `store` may be injected (tests), else they are built on first use."""
    config = config or WebConfig()
    app = FastAPI(
        title="Tacitus API",
        version=getattr(tacitus, "__version__", "0"),
        description="Political event data from news: code articles, query events, dyads and actors.",
        docs_url=None,  # Swagger UI and ReDoc load from a CDN: the UI must work offline
        redoc_url=None,
    )
    app.state.tacitus = WebState(config, pipeline=pipeline, store=store)
    app.include_router(api_code.router)
    app.include_router(api_store.router)
    _add_meta_routes(app)
    _add_pages(app)
    _add_error_handlers(app)
    if config.cors_origins:
        from fastapi.middleware.cors import CORSMiddleware

        app.add_middleware(
            CORSMiddleware,
            allow_origins=list(config.cors_origins),
            allow_methods=["GET", "POST"],
            allow_headers=["Authorization", "Content-Type"],
        )
    app.add_middleware(BodyLimitMiddleware, max_bytes=config.max_body_bytes)
    app.add_middleware(CatchAllMiddleware)
    app.add_middleware(SecurityHeadersMiddleware)  # added last = outermost: every response gets the headers
    return app


def _add_meta_routes(app: FastAPI) -> None:
    @app.get("/v1/health", tags=["meta"], summary="Server status: database and write endpoints")
    def health(request: Request) -> dict[str, Any]:
        state = web_state(request)
        return {
            "status": "ok",
            "version": app.version,
            "database": bool(state.config.db_url) or state.store() is not None,
            "writes": state.config.api_token is not None,
        }

    @app.get("/v1/ontology", tags=["meta"], summary="CAMEO roots, PLOVER types and QuadClasses (for filters)")
    def ontology_summary() -> dict[str, Any]:
        onto = ontology()
        return {
            "cameo_roots": [{"code": c.code, "name": c.name} for c in onto.roots()],
            "plover": sorted({c.plover for c in onto.codes.values() if c.plover}),
            "quad_classes": [{"code": k, "name": v} for k, v in QUAD_CLASS_NAMES.items()],
        }


def _add_pages(app: FastAPI) -> None:
    app.mount("/static", StaticFiles(directory=STATIC), name="static")

    def page(name: str) -> Any:
        def serve() -> FileResponse:
            return FileResponse(STATIC / name, media_type="text/html")

        return serve

    for path, name in PAGES.items():
        app.add_api_route(path, page(name), methods=["GET"], include_in_schema=False)

    @app.get("/documents/{doc_id:path}", include_in_schema=False)
    def document_page(doc_id: str) -> FileResponse:
        return FileResponse(STATIC / "document.html", media_type="text/html")


def _error(status: int, slug: str, detail: str, **extra: Any) -> JSONResponse:
    return JSONResponse({"error": slug, "detail": detail, **extra}, status_code=status)


def _add_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(ApiError)
    async def api_error(request: Request, exc: ApiError) -> JSONResponse:
        response = _error(exc.status, exc.slug, exc.detail)
        response.headers.update(exc.headers)
        return response

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        response = _error(exc.status_code, HTTP_SLUGS.get(exc.status_code, "error"), str(exc.detail))
        response.headers.update(exc.headers or {})
        return response

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> JSONResponse:
        errors = [
            {
                "field": ".".join(str(p) for p in e.get("loc", ())),
                "message": e.get("msg", ""),
                "type": e.get("type"),
            }
            for e in exc.errors()
        ]
        detail = "; ".join(f"{e['field']}: {e['message']}" for e in errors) or "invalid request"
        return _error(422, "invalid_request", detail, errors=errors)

    @app.exception_handler(InputError)
    async def bad_input(request: Request, exc: InputError) -> JSONResponse:
        return _error(422, "invalid_input", exc.problem)

    @app.exception_handler(StoreError)
    async def store_error(request: Request, exc: StoreError) -> JSONResponse:
        log.error("store error on %s: %s", request.url.path, exc)  # may name the DB URL: log only
        return _error(503, "store_unavailable", "the database cannot be read or written (see the server log)")

    @app.exception_handler(TacitusError)
    async def tacitus_error(request: Request, exc: TacitusError) -> JSONResponse:
        log.error("processing error on %s: %s", request.url.path, exc)
        return _error(422, "processing_failed", "the article could not be processed (see the server log)")
