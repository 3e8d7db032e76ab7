"""Drive every operation of a freshly taken spec through the facade, with no code written for it.

    python facade_probe.py REPO_COPY SPEC_NAMES.json    (run by test_facade_on_new_operations.py)

Run in a subprocess whose ``sys.path`` holds the copy's generated/ and our facade/, so the facade
imports the package update-spec has just regenerated. A small HTTP server on 127.0.0.1 answers
the synthetic resources (tests/update_spec/synthetic.py) generically: a page of 25 items for a
list, the object for a get, create or update, the id for a delete. Prints a JSON summary.
"""

from __future__ import annotations

import importlib
import inspect
import json
import re
import sys
import threading
import types
import typing
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

TOTAL = 25


def _item(name: str, i: int) -> dict[str, Any]:
    return {"id": f"{name}_{i}", "name": f"{name} {i}", "dateCreated": "2026-01-02T03:04:05Z"}


class Handler(BaseHTTPRequestHandler):
    def log_message(self, *args: Any) -> None:
        pass

    def _send(self, body: dict[str, Any]) -> None:
        data = json.dumps(body).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def _answer(self, method: str) -> None:
        url = urlsplit(self.path)
        match = re.fullmatch(r"/api/v1/(\w+)s(?:/([^/]+))?", url.path)
        if not match:
            self.send_error(404)
            return
        name, ident = match.group(1), match.group(2)
        if method == "DELETE":
            self._send({"deletedId": ident})
        elif ident is None and method == "GET":
            query = parse_qs(url.query)
            limit = int(query.get("limit", ["10"])[0])
            offset = int(query.get("offset", ["0"])[0])
            items = [_item(name, i) for i in range(offset, min(offset + limit, TOTAL))]
            more = offset + limit < TOTAL
            self._send(
                {
                    f"{name}s": items,
                    "limit": limit,
                    "offset": offset,
                    "count": len(items),
                    "total": TOTAL,
                    "hasMore": more,
                    "nextOffset": offset + limit if more else None,
                }
            )
        else:
            if method == "POST":
                self.rfile.read(int(self.headers.get("Content-Length") or 0))
            self._send({name: _item(name, 0)})

    def do_GET(self) -> None:
        self._answer("GET")

    def do_POST(self) -> None:
        self._answer("POST")

    def do_DELETE(self) -> None:
        self._answer("DELETE")


def _arguments(module: types.ModuleType) -> dict[str, Any]:
    """Required arguments of the operation, built from its signature: what the spec says."""
    function = module.sync_detailed
    hints = typing.get_type_hints(function)
    kwargs: dict[str, Any] = {}
    for name, param in inspect.signature(function).parameters.items():
        if name == "client" or param.default is not inspect.Parameter.empty:
            continue
        hint = hints[name]
        if hint is str:
            kwargs[name] = "probe_1"
        elif hasattr(hint, "from_dict"):
            kwargs[name] = hint.from_dict({"name": "probe"})
        else:
            raise TypeError(f"{module.__name__}: no probe value for {name}: {hint}")
    return kwargs


def main() -> None:
    root, names_file = Path(sys.argv[1]), Path(sys.argv[2])
    sys.path[:0] = [str(root / "generated"), str(Path(__file__).resolve().parents[2] / "facade")]
    from experiment_clients import GrowthBookClient

    operations: list[str] = json.loads(names_file.read_text())
    api = root / "generated" / "growthbook_api_client" / "api"
    modules = {p.stem: p for p in api.rglob("*.py") if p.name != "__init__.py"}
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_address[1]}/api/v1"
    called: dict[str, str] = {}
    paged: dict[str, int] = {}
    with GrowthBookClient(api_key="secret_probe", base_url=url, rate_limit=None) as gb:
        for op_id in operations:
            snake = re.sub(r"(?<!^)(?=[A-Z])", "_", op_id).lower()
            path = modules[snake].relative_to(root / "generated").with_suffix("")
            module = importlib.import_module(".".join(path.parts))
            result = gb.call(module, **_arguments(module))
            called[op_id] = type(result).__name__
            if op_id.startswith("list"):
                paged[op_id] = sum(1 for _ in gb.paginate(module, page_size=10))
    server.shutdown()
    print(json.dumps({"called": called, "paged": paged}))


if __name__ == "__main__":
    main()
