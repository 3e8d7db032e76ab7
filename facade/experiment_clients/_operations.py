"""The operations of a generated package, listed and found by name without importing them.

``scripts/regenerate`` writes two tables into each generated package: the
generator's view (``<package>.api.OPERATIONS``: module, tag, method, path,
summary, description, path parameters; from ``templates/api_init.py.jinja``)
and the spec's own words (``<package>._spec``: each ``operationId`` as
written, and the ``servers``). Reading them costs one small import, so a
command line listing every operation starts quickly; an operation's module
is imported only when it is looked up.

An operation is named by its operationId (``listFeatures``), its Python
name (``list_features``) or its command-line name (``list-features``);
:func:`endpoint_function` turns whatever ``call()`` was given into the function to run.
"""

from __future__ import annotations

import difflib
import functools
import importlib
import importlib.util
import re
import sys
import types
from collections.abc import Callable
from pathlib import Path
from typing import Any

import attrs

from ._errors import InvalidArgumentError

#: Short service names and the generated package of each.
SERVICES = {"growthbook": "growthbook_api_client", "convert": "convert_api_client"}


@attrs.frozen
class OperationInfo:
    """One operation of a generated package, as its index describes it."""

    operation_id: str  # as the spec writes it, e.g. "listFeatures"
    name: str  # Python name, e.g. "list_features" (the module's name)
    kebab: str  # command-line name, e.g. "list-features"
    method: str  # "GET", "POST", ...
    path: str  # path template relative to the server URL, e.g. "/features/{id}"
    summary: str
    description: str
    tag: str  # the tag's package, e.g. "features"
    module: str  # e.g. "growthbook_api_client.api.features.list_features"
    path_parameters: tuple[str, ...]  # Python names of the path parameters, in path order

    def load(self) -> types.ModuleType:
        """Import the operation's module (its ``operation``, ``sync_detailed``, ...)."""
        return importlib.import_module(self.module)


def package_of(service_or_package: str) -> str:
    """``growthbook`` -> ``growthbook_api_client``; a package name is returned as is."""
    if not isinstance(service_or_package, str) or not service_or_package:
        raise InvalidArgumentError(
            f"service: expected one of {', '.join(SERVICES)} or a generated package name, "
            f"got {service_or_package!r}"
        )
    return SERVICES.get(service_or_package, service_or_package)


def _camel(snake: str) -> str:
    head, *rest = snake.split("_")
    return head + "".join(part[:1].upper() + part[1:] for part in rest)


#: The modules scripts/regenerate writes for this one, and their files in the package.
_TABLE_FILES = {"api": ("api", "__init__.py"), "_spec": ("_spec.py",)}


def _table(package: str, module: str) -> types.ModuleType | None:
    """``<package>.<module>`` (an index written at regeneration), or None if it has none.

    Loaded from its file when the package is not imported yet: the package's
    ``__init__`` imports its client and with it httpx, which a command line only
    listing operations need not pay for.
    """
    loaded = sys.modules.get(f"{package}.{module}")
    if loaded is not None:
        return loaded
    try:
        spec = importlib.util.find_spec(package)  # locates a top-level package, imports nothing
    except (ImportError, ValueError):
        return None
    locations = spec.submodule_search_locations if spec is not None else None
    if not locations:
        return None
    path = Path(locations[0], *_TABLE_FILES[module])
    file_spec = importlib.util.spec_from_file_location(f"_index_.{package}.{module}", path)
    if file_spec is None or file_spec.loader is None or not path.is_file():
        return None
    table = importlib.util.module_from_spec(file_spec)
    file_spec.loader.exec_module(table)
    return table


@functools.cache
def _index(package: str) -> tuple[OperationInfo, ...]:
    api = _table(package, "api")
    table = getattr(api, "OPERATIONS", None)
    if table is None:
        raise InvalidArgumentError(
            f"service: {package!r} is not a generated package with an operation index; "
            f"use one of {', '.join(SERVICES)} (or regenerate the package with scripts/regenerate)"
        )
    operation_ids: dict[str, str] = getattr(_table(package, "_spec"), "OPERATION_IDS", {})
    return tuple(
        OperationInfo(
            operation_id=operation_ids.get(f"{method} {path}") or _camel(name),
            name=name,
            kebab=name.replace("_", "-"),
            method=method,
            path=path,
            summary=summary,
            description=description,
            tag=tag,
            module=f"{package}.api.{tag}.{name}",
            path_parameters=tuple(path_parameters),
        )
        for name, tag, method, path, summary, description, path_parameters in table
    )


@functools.cache
def _by_name(package: str) -> dict[str, OperationInfo]:
    names: dict[str, OperationInfo] = {}
    for info in _index(package):
        for key in (info.operation_id, info.name, info.kebab):
            names.setdefault(key, info)
    return names


@functools.cache
def _by_module(package: str) -> dict[str, OperationInfo]:
    return {info.module: info for info in _index(package)}


def operations(service_or_package: str) -> list[OperationInfo]:
    """Every operation of a service (``growthbook``, ``convert``) or generated package."""
    return list(_index(package_of(service_or_package)))


def _folded(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", name.lower())


def find(service_or_package: str, name: str) -> OperationInfo:
    """The operation called ``name`` (operationId, snake_case or kebab-case).

    Raises :class:`InvalidArgumentError` with the closest names on a typo.
    """
    package = package_of(service_or_package)
    if not isinstance(name, str) or not name:
        raise InvalidArgumentError(f"operation: expected an operation name, got {name!r}")
    names = _by_name(package)
    found = names.get(name)
    if found is None:  # other spellings of the same words: ListFeatures, LIST_FEATURES
        folded = {_folded(info.name): info for info in _index(package)}
        found = folded.get(_folded(name))
    if found is not None:
        return found
    raise InvalidArgumentError(_unknown(package, name))


def _unknown(package: str, name: str) -> str:
    infos = _index(package)
    # Suggest in the caller's own style: kebab for kebab, snake for snake, else operationIds.
    if "-" in name:
        pool = [i.kebab for i in infos]
    elif "_" in name or name.islower():
        pool = [i.name for i in infos]
    else:
        pool = [i.operation_id for i in infos]
    close = difflib.get_close_matches(name, pool, n=3, cutoff=0.6)
    if not close:  # a typo in another style than the names we matched against
        folded = {_folded(p): p for p in pool}
        close = [folded[f] for f in difflib.get_close_matches(_folded(name), folded, n=3)]
    hint = f"; did you mean {' or '.join(map(repr, close))}?" if close else ""
    return (
        f"operation: {package} has no operation {name!r}{hint} "
        f"(experiment_clients.operations({package!r}) lists all {len(infos)})"
    )


def lookup(service_or_package: str, name: str) -> types.ModuleType:
    """The module of the operation called ``name`` (see :func:`find`), imported."""
    return find(service_or_package, name).load()


def info_for_module(module_name: str) -> OperationInfo | None:
    """The index entry of an operation module (``<package>.api.<tag>.<name>``), if indexed."""
    package = module_name.split(".", 1)[0]
    try:
        return _by_module(package).get(module_name)
    except InvalidArgumentError:
        return None


def servers(service_or_package: str) -> tuple[str, ...]:
    """The spec's server URLs, variables filled with their defaults (``/`` when none is given)."""
    package = package_of(service_or_package)
    spec = _table(package, "_spec")
    if spec is None:
        raise InvalidArgumentError(
            f"service: {package!r} carries no server list; regenerate it with scripts/regenerate"
        )
    variables: dict[str, str] = spec.SERVER_VARIABLES
    return tuple(
        re.sub(r"\{([^{}]*)\}", lambda m: variables.get(m.group(1), m.group(0)), url)
        for url in spec.SERVERS
    )


#: (package, endpoint) -> (operation name, generated module): every call resolves its endpoint
#: (a function, module or name), whose module never changes. Only endpoints found are kept.
_RESOLVED: dict[tuple[str, object], tuple[str, types.ModuleType]] = {}


def endpoint_function(package: str, endpoint: object, attr: str) -> tuple[str, Callable[..., Any]]:
    """What ``call(endpoint, ...)`` runs: the operation's name and its module's ``attr`` function.

    ``endpoint`` is an operation's name (operationId, snake or kebab case), its generated module,
    or one of that module's functions. The module is found once per endpoint; the function is
    read from it each time, so a patched one is honoured.
    """
    key = (package, endpoint)
    try:
        found = _RESOLVED.get(key)
    except TypeError:  # unhashable: certainly not an endpoint
        raise _not_an_endpoint(package, endpoint) from None
    if found is None:
        found = _RESOLVED[key] = _endpoint_module(package, endpoint)
    name, module = found
    function = getattr(module, attr, None)
    if function is None:
        raise _not_an_endpoint(package, endpoint)
    return name, function


def _endpoint_module(package: str, endpoint: object) -> tuple[str, types.ModuleType]:
    if isinstance(endpoint, str):
        endpoint = lookup(package, endpoint)
    module = endpoint if isinstance(endpoint, types.ModuleType) else None
    if module is None and callable(endpoint):
        module = sys.modules.get(getattr(endpoint, "__module__", ""))
    name = getattr(module, "__name__", "")
    if module is None or not name.startswith(f"{package}.api."):
        raise _not_an_endpoint(package, endpoint)
    return name.rsplit(".", 1)[-1], module


def _not_an_endpoint(package: str, endpoint: object) -> InvalidArgumentError:
    return InvalidArgumentError(
        f"endpoint: expected an operation's name (e.g. 'listFeatures'), its module of "
        f"{package}.api (e.g. {package}.api.<tag>.<operation>) or one of its functions, "
        f"got {endpoint!r}"
    )
