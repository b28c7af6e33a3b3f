"""API tests with FastAPI's TestClient: every endpoint, good and bad requests."""

from __future__ import annotations

from typing import Any

import pytest
from fastapi.testclient import TestClient

from tacitus.store import Store
from tacitus.web.app import create_app
from tacitus.web.config import WebConfig

from .conftest import TOKEN

AUTH = {"Authorization": f"Bearer {TOKEN}"}


def events(client: TestClient, **params: Any) -> dict[str, Any]:
    r = client.get("/v1/events", params=params)
    assert r.status_code == 200, r.text
    body: dict[str, Any] = r.json()
    return body


# ---- GET /v1/events --------------------------------------------------------------------------------


def test_events_returns_total_and_a_page_of_contract_records(client: TestClient, corpus_store: Store) -> None:
    body = events(client, limit=5)
    assert body["total"] == corpus_store.count_events() > 5
    assert len(body["events"]) == 5
    first = body["events"][0]
    for key in (
        "doc_id",
        "sentence",
        "sentence_index",
        "source",
        "target",
        "cameo",
        "cameo_name",
        "plover",
        "goldstein",
        "quad_class",
        "date",
        "trigger",
    ):
        assert key in first


def test_events_pages_do_not_overlap_and_cover_everything(client: TestClient) -> None:
    total = events(client, limit=1)["total"]
    seen = []
    for offset in range(0, total, 7):
        seen += [e["id"] for e in events(client, limit=7, offset=offset)["events"]]
    assert len(seen) == len(set(seen)) == total


def test_events_default_order_is_newest_first(client: TestClient) -> None:
    dates = [e["date"] for e in events(client, limit=50)["events"]]
    assert dates == sorted(dates, reverse=True)


@pytest.mark.parametrize(
    ("params", "check"),
    [
        ({"actor": "RUS"}, lambda e: "RUS" in (e["source"]["code"][:3], e["target"]["code"][:3])),
        ({"source": "USA"}, lambda e: e["source"]["code"] == "USA"),
        ({"target": "CHN"}, lambda e: e["target"]["code"] == "CHN"),
        (
            {"dyad": "RUS-UKR"},
            lambda e: e["source"]["code"].startswith("RUS") and e["target"]["code"] == "UKR",
        ),
        ({"cameo": "19"}, lambda e: e["cameo"].startswith("19")),
        ({"root": "11"}, lambda e: e["cameo_root"] == "11"),
        ({"quad_class": 4}, lambda e: e["quad_class"] == 4),
        ({"plover": "accuse"}, lambda e: e["plover"] == "ACCUSE"),
        ({"from": "2026-02-01", "to": "2026-02-10"}, lambda e: "2026-02-01" <= e["date"] <= "2026-02-10"),
        ({"q": "SANCTIONS"}, lambda e: "sanctions" in e["sentence"].lower()),
    ],
)
def test_events_filters_select_only_matching_events(
    client: TestClient, params: dict[str, Any], check: Any
) -> None:
    body = events(client, limit=500, **params)
    everything = events(client, limit=1)["total"]
    assert 0 < body["total"] < everything
    assert len(body["events"]) == body["total"]
    assert all(check(e) for e in body["events"])


def test_events_filter_by_document(client: TestClient) -> None:
    doc_id = events(client, limit=1)["events"][0]["doc_id"]
    body = events(client, doc_id=doc_id)
    assert body["total"] >= 1
    assert {e["doc_id"] for e in body["events"]} == {doc_id}


@pytest.mark.parametrize(
    ("params", "field"),
    [
        ({"quad_class": "abc"}, "query.quad_class"),
        ({"quad_class": 7}, "query.quad_class"),
        ({"limit": 0}, "query.limit"),
        ({"limit": 100000}, "query.limit"),
        ({"offset": -1}, "query.offset"),
        ({"from": "last tuesday"}, "query.from"),
        ({"cameo": "1a"}, "query.cameo"),
        ({"order": "random"}, "query.order"),
    ],
)
def test_events_bad_parameters_get_422_naming_the_field(
    client: TestClient, params: dict[str, Any], field: str
) -> None:
    r = client.get("/v1/events", params=params)
    assert r.status_code == 422
    body = r.json()
    assert body["error"] == "invalid_request"
    assert field in body["detail"]
    assert body["errors"][0]["field"] == field


def test_events_malformed_dyad_gets_422_with_the_expected_form(client: TestClient) -> None:
    r = client.get("/v1/events", params={"dyad": "RUS"})
    assert r.status_code == 422
    assert "SOURCE-TARGET" in r.json()["detail"]


def test_store_endpoints_without_a_database_answer_503() -> None:
    with TestClient(create_app(WebConfig())) as c:
        for path in (
            "/v1/events",
            "/v1/actors",
            "/v1/network",
            "/v1/dyads/RUS/UKR/timeline",
            "/v1/documents/x",
        ):
            r = c.get(path)
            assert r.status_code == 503, path
            assert "--db" in r.json()["detail"]


# ---- network, dyad timeline, actors ----------------------------------------------------------------


def test_network_edges_count_the_events_of_each_dyad(client: TestClient, corpus_store: Store) -> None:
    net = client.get("/v1/network", params={"top": 50}).json()
    ids = {n["id"] for n in net["nodes"]}
    assert {"RUSMIL", "UKR", "USA", "RUS"} <= ids
    edge = next(e for e in net["edges"] if (e["source"], e["target"]) == ("RUSMIL", "UKR"))
    # Edges count deduplicated events (one per source, target, code and day), like the analysis module.
    assert edge["events"] == corpus_store.count_event_groups(dyad="RUSMIL-UKR") > 0
    assert edge["goldstein"] == -10.0
    assert all(e["source"] in ids and e["target"] in ids for e in net["edges"])


def test_network_top_keeps_the_most_active_actors(client: TestClient) -> None:
    net = client.get("/v1/network", params={"top": 3}).json()
    assert len(net["nodes"]) == 3
    counts = [n["events"] for n in net["nodes"]]
    assert counts == sorted(counts, reverse=True)


def test_dyad_timeline_counts_events_per_week(client: TestClient, corpus_store: Store) -> None:
    r = client.get("/v1/dyads/RUSMIL/ukr/timeline", params={"freq": "week"})
    assert r.status_code == 200, r.text
    body = r.json()
    assert (body["source"], body["target"], body["freq"]) == ("RUSMIL", "UKR", "week")
    assert len(body["points"]) == 8  # one per week of the corpus
    assert sum(p["events"] for p in body["points"]) == corpus_store.count_event_groups(dyad="RUSMIL-UKR")
    assert all(p["period"] < q["period"] for p, q in zip(body["points"], body["points"][1:], strict=False))
    assert body["points"][0]["period"] == "2026-01-05"  # ISO date of the period start, no time part
    assert body["points"][0]["goldstein_mean"] == -10.0


def test_dyad_timeline_without_events_has_no_points(client: TestClient) -> None:
    r = client.get("/v1/dyads/FRA/TUR/timeline")
    assert r.status_code == 200
    assert r.json()["points"] == []


@pytest.mark.parametrize(
    ("path", "field"),
    [("/v1/dyads/RUS/UKR/timeline?freq=hourly", "query.freq"), ("/v1/dyads/RU$/UKR/timeline", "path.a")],
)
def test_dyad_timeline_bad_requests_get_422(client: TestClient, path: str, field: str) -> None:
    r = client.get(path)
    assert r.status_code == 422
    assert field in r.json()["detail"]


def test_actors_are_ranked_by_events(client: TestClient) -> None:
    r = client.get("/v1/actors", params={"limit": 4})
    assert r.status_code == 200
    actors = r.json()["actors"]
    assert len(actors) == 4
    assert [a["events"] for a in actors] == sorted((a["events"] for a in actors), reverse=True)
    assert actors[0]["events"] == actors[0]["as_source"] + actors[0]["as_target"]
    assert client.get("/v1/actors", params={"limit": 0}).status_code == 422


def test_actors_accept_the_event_filters(client: TestClient) -> None:
    actors = client.get("/v1/actors", params={"plover": "AID"}).json()["actors"]
    assert {a["code"] for a in actors} == {"EUR", "UKR"}


# ---- documents ---------------------------------------------------------------------------------------


def test_document_returns_text_with_consistent_spans(client: TestClient) -> None:
    event = events(client, limit=1)["events"][0]
    r = client.get(f"/v1/documents/{event['doc_id']}")
    assert r.status_code == 200
    body = r.json()
    doc = body["documents"][0]
    text = doc["text"]
    assert doc["doc_id"] == event["doc_id"] and doc["title"]
    assert body["actors"] and body["events"]
    for m in body["actors"]:
        assert text[m["start"] : m["end"]] == m["text"] and m["code"]
    for e in body["events"]:
        assert text[e["trigger"]["start"] : e["trigger"]["end"]] == e["trigger"]["text"]
    for q in body["quotes"]:
        assert text[q["start"] : q["end"]] == q["text"]
    spans = {s["index"]: s for s in doc["sentence_spans"]}
    s = spans[event["sentence_index"]]
    assert text[s["start"] : s["end"]] == event["sentence"]


def test_unknown_document_is_404(client: TestClient) -> None:
    r = client.get("/v1/documents/no-such-document")
    assert r.status_code == 404
    assert r.json() == {"error": "not_found", "detail": "no document 'no-such-document' in the database"}


# ---- POST /v1/code: validation (no model needed) ------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "needle"),
    [
        ({"text": 42}, "body.text: Input should be a valid string"),
        ({"text": "x", "date": "yesterday"}, "body.date"),
        ({"text": "x", "html": "<p>x</p>"}, 'exactly one of "text" or "html"'),
        ({}, 'exactly one of "text" or "html"'),
        ({"text": "x", "colour": "red"}, "body.colour: Extra inputs are not permitted"),
        ({"text": "x", "id": "has spaces"}, "body.id"),
        ([1, 2], "body"),
    ],
)
def test_code_bad_bodies_get_422_with_a_clear_message(client: TestClient, body: Any, needle: str) -> None:
    r = client.post("/v1/code", json=body)
    assert r.status_code == 422
    assert needle in r.json()["detail"]


def test_code_invalid_json_gets_422(client: TestClient) -> None:
    r = client.post("/v1/code", content=b"{not json", headers={"Content-Type": "application/json"})
    assert r.status_code == 422
    assert r.json()["error"] == "invalid_request"


def test_code_empty_text_gets_422_invalid_input(client: TestClient) -> None:
    r = client.post("/v1/code", json={"text": "   \n "})
    assert r.status_code == 422
    assert r.json() == {"error": "invalid_input", "detail": "empty input"}


def test_code_too_large_body_gets_413(client: TestClient) -> None:
    r = client.post("/v1/code", json={"text": "word " * 500_000})
    assert r.status_code == 413
    body = r.json()
    assert body["error"] == "too_large" and "2.0 MB" in body["detail"]


def test_code_too_large_chunked_body_without_length_gets_413(client: TestClient) -> None:
    def chunks() -> Any:
        for _ in range(30):
            yield b"x" * 100_000

    r = client.post("/v1/code", content=chunks(), headers={"Content-Type": "application/json"})
    assert r.status_code == 413


def test_body_limit_is_configurable() -> None:
    with TestClient(create_app(WebConfig(max_body_bytes=100))) as c:
        r = c.post("/v1/code", json={"text": "x" * 200})
        assert r.status_code == 413
        assert r.json()["limit_bytes"] == 100


# ---- POST /v1/documents: the write token --------------------------------------------------------------


def test_ingest_without_configured_token_is_403(corpus_store: Store) -> None:
    with TestClient(create_app(WebConfig(db_url=corpus_store.url), store=corpus_store)) as c:
        r = c.post("/v1/documents", json={"text": "Russia shelled Kharkiv."}, headers=AUTH)
    assert r.status_code == 403
    assert "TACITUS_API_TOKEN" in r.json()["detail"]


@pytest.mark.parametrize(
    "headers",
    [
        {},
        {"Authorization": "Bearer wrong-token-0123456789"},
        {"Authorization": f"Basic {TOKEN}"},
        {"Authorization": "Bearer "},
    ],
)
def test_ingest_without_the_right_token_is_401(client: TestClient, headers: dict[str, str]) -> None:
    r = client.post("/v1/documents", json={"text": "Russia shelled Kharkiv."}, headers=headers)
    assert r.status_code == 401
    assert r.headers["www-authenticate"].startswith("Bearer")
    assert r.json()["error"] == "unauthorized"


def test_ingest_checks_the_token_before_the_body(client: TestClient) -> None:
    assert client.post("/v1/documents", json={"text": 1}).status_code == 401
    assert client.post("/v1/documents", json={"text": 1}, headers=AUTH).status_code == 422


def test_read_endpoints_need_no_token(client: TestClient) -> None:
    assert client.get("/v1/events").status_code == 200


# ---- errors, headers, CORS, OpenAPI, pages ---------------------------------------------------------------


class _BrokenStore:
    def events(self, *a: Any, **kw: Any) -> Any:
        raise RuntimeError("secret connection string postgresql://admin:hunter2@db")


def test_unexpected_errors_are_500_with_an_error_id_and_no_details(caplog: pytest.LogCaptureFixture) -> None:
    with TestClient(
        create_app(WebConfig(db_url="x"), store=_BrokenStore()), raise_server_exceptions=False
    ) as c:
        r = c.get("/v1/events")
    assert r.status_code == 500
    body = r.json()
    assert body["error"] == "internal" and len(body["error_id"]) == 12
    assert "hunter2" not in r.text and "Traceback" not in r.text and "RuntimeError" not in r.text
    assert body["error_id"] in caplog.text and "hunter2" in caplog.text  # the details go to the log only
    assert r.headers["x-content-type-options"] == "nosniff"


@pytest.mark.parametrize(
    "path", ["/", "/explore", "/documents/abc", "/v1/events", "/static/js/dom.js", "/nope"]
)
def test_every_response_has_security_headers(client: TestClient, path: str) -> None:
    r = client.get(path)
    csp = r.headers["content-security-policy"]
    assert "script-src 'self'" in csp and "object-src 'none'" in csp and "unsafe-inline" not in csp
    assert r.headers["x-content-type-options"] == "nosniff"
    assert r.headers["x-frame-options"] == "DENY"


def test_cors_is_closed_by_default(client: TestClient) -> None:
    r = client.get("/v1/events", headers={"Origin": "https://evil.example"})
    assert "access-control-allow-origin" not in r.headers
    pre = client.options(
        "/v1/code", headers={"Origin": "https://evil.example", "Access-Control-Request-Method": "POST"}
    )
    assert "access-control-allow-origin" not in pre.headers
    assert pre.status_code == 405


def test_cors_allows_only_configured_origins() -> None:
    app = create_app(WebConfig(cors_origins=("https://analyst.example",)))
    with TestClient(app) as c:
        ok = c.get("/v1/health", headers={"Origin": "https://analyst.example"})
        bad = c.get("/v1/health", headers={"Origin": "https://evil.example"})
    assert ok.headers["access-control-allow-origin"] == "https://analyst.example"
    assert "access-control-allow-origin" not in bad.headers


def test_openapi_lists_every_endpoint(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    paths = spec["paths"]
    for path in (
        "/v1/code",
        "/v1/events",
        "/v1/dyads/{a}/{b}/timeline",
        "/v1/actors",
        "/v1/documents/{doc_id}",
        "/v1/documents",
        "/v1/network",
        "/v1/health",
        "/v1/ontology",
    ):
        assert path in paths, path
    assert "post" in paths["/v1/documents"] and "get" in paths["/v1/events"]


def test_docs_pages_that_need_a_cdn_are_not_served(client: TestClient) -> None:
    assert client.get("/docs").status_code == 404
    assert client.get("/redoc").status_code == 404


def test_pages_and_assets_are_served_with_their_types(client: TestClient) -> None:
    for path in ("/", "/explore", "/documents/some-doc"):
        r = client.get(path)
        assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    assert "Analyze" in client.get("/").text and 'id="graph"' in client.get("/explore").text
    js = client.get("/static/js/analyze.js")
    assert js.status_code == 200 and "javascript" in js.headers["content-type"]
    assert client.get("/static/css/tacitus.css").headers["content-type"].startswith("text/css")
    assert client.get("/static/../config.py").status_code == 404


def test_health_and_ontology(client: TestClient) -> None:
    health = client.get("/v1/health").json()
    assert health["status"] == "ok" and health["database"] is True and health["writes"] is True
    onto = client.get("/v1/ontology").json()
    assert len(onto["cameo_roots"]) == 20 and "ASSAULT" in onto["plover"] and len(onto["quad_classes"]) == 4


def test_unknown_route_is_json_404(client: TestClient) -> None:
    r = client.get("/v1/nothing")
    assert r.status_code == 404
    assert r.json()["error"] == "not_found"


# ---- with the model: coding and ingesting real articles ------------------------------------------------


@pytest.mark.model
def test_code_text_returns_the_cli_contract(model_client: TestClient, code: Any) -> None:
    text = 'Russia accused Ukraine of shelling a border town. "We will respond," Putin said.'
    r = model_client.post("/v1/code", json={"text": text, "date": "2026-03-02", "id": "t1"})
    assert r.status_code == 200, r.text
    body = r.json()
    assert set(body) == {"documents", "actors", "quotes", "events"}
    doc = body["documents"][0]
    assert doc["doc_id"] == "t1" and doc["text"] == text and doc["date"] == "2026-03-02"
    assert doc["sentences"] == len(doc["sentence_spans"]) == 2
    # Same records as the library/CLI produce for the same article.
    from tacitus.serialize import event_record, quote_record

    expected = code(text, date="2026-03-02")
    assert [q["text"] for q in body["quotes"]] == [quote_record(expected, q)["text"] for q in expected.quotes]
    assert len(body["events"]) == len([event_record(expected, e) for e in expected.events])
    assert any(q["text"] == "We will respond" for q in body["quotes"])


@pytest.mark.model
def test_code_html_extracts_the_main_text(model_client: TestClient) -> None:
    html = (
        "<html><head><title>Border clash</title></head><body><nav>Home | World | Sport</nav>"
        "<article><h1>Border clash</h1><p>Russia accused Ukraine on Monday of shelling a border town, "
        "and officials said two people were wounded in the attack.</p>"
        "<p>Kyiv denied the accusation and said its forces had not fired across the border.</p></article>"
        "<footer>Copyright</footer></body></html>"
    )
    r = model_client.post("/v1/code", json={"html": html, "date": "2026-03-02"})
    assert r.status_code == 200, r.text
    doc = r.json()["documents"][0]
    assert "Russia accused Ukraine" in doc["text"] and "Home | World" not in doc["text"]


@pytest.mark.model
def test_html_without_main_text_gets_422(model_client: TestClient) -> None:
    r = model_client.post("/v1/code", json={"html": "<html><body></body></html>"})
    assert r.status_code == 422
    assert "no main text" in r.json()["detail"]


@pytest.mark.model
def test_ingested_articles_are_queryable(model_client: TestClient) -> None:
    r = model_client.get("/v1/documents/wire-1")
    assert r.status_code == 200
    doc = r.json()["documents"][0]
    assert doc["text"].startswith("Russia accuses Ukraine") and doc["date"] == "2026-03-02"


@pytest.mark.model
def test_ingest_with_token_stores_once(model_client: TestClient) -> None:
    article = {"text": "France urged Iran to return to talks on Friday.", "date": "2026-03-06", "id": "new-1"}
    first = model_client.post("/v1/documents", json=article, headers=AUTH)
    assert first.status_code == 201, first.text
    assert first.json()["stored"] is True and first.json()["doc_id"] == "new-1"
    again = model_client.post("/v1/documents", json=article, headers=AUTH)
    assert again.status_code == 200 and again.json()["stored"] is False
    stored = model_client.get("/v1/documents/new-1").json()["documents"][0]
    assert stored["text"] == article["text"]


def test_ui_scripts_never_turn_data_into_html() -> None:
    from tacitus.web.app import STATIC

    forbidden = ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(", "new Function")
    scripts = sorted((STATIC / "js").glob("*.js"))
    assert len(scripts) >= 7
    for path in scripts:
        source = path.read_text(encoding="utf-8")
        assert not [f for f in forbidden if f in source], path.name
    for page in STATIC.glob("*.html"):
        html = page.read_text(encoding="utf-8")
        assert (
            "<script>" not in html and " style=" not in html and "http" not in html.replace("http-equiv", "")
        )
