"""The command tree: ``experiment-clients SERVICE OPERATION [options]``, sandbox, demo, completion.

A service's commands are its operations, read from the operation index
(:mod:`experiment_clients._operations`) at run time: listing them or
completing their names imports no operation module, and an operation's
module is imported (and its options built from its signature) only when that
command runs or shows its help. Calls go through the facade's clients, so
auth, retries, pacing and errors are the library's.
"""

from __future__ import annotations

import contextlib
import difflib
import sys
from collections.abc import Iterator, Mapping, Sequence
from typing import Any

import click
from click.shell_completion import CompletionItem

from .. import _operations
from .._version import __version__
from . import _body, _exits, _options, _output
from ._services import SERVICES, Service

PROG = "experiment-clients"
CONTEXT = {"help_option_names": ["-h", "--help"], "max_content_width": 100}


def _exit_codes_epilog() -> str:
    rows = "\n".join(f"  {code:>3}  {text}" for code, text in _exits.MEANINGS)
    return f"\b\nExit codes:\n{rows}"


# -- one operation -------------------------------------------------------------------------


def _pageable(params: list[_options.Param], model: type | None) -> bool:
    """Whether the operation lists in pages the library can walk (``--all``)."""
    names = {p.name for p in params}
    if {"limit", "offset"} <= names:
        return True
    if model is not None:
        fields = {name for name, _required in _options.model_fields(model)}
        return {"page", "results_per_page"} <= fields
    return False


def _common_options(pageable: bool) -> list[click.Parameter]:
    made: list[click.Parameter] = [
        click.Option(
            ["-o", "--output"],
            type=click.Choice(_output.FORMATS),
            help="output format [default: table on a terminal, json otherwise]",
        ),
        click.Option(
            ["--base-url"],
            metavar="URL",
            help="a host (the spec's API path is added) or the API root; any other path is "
            "used as given [default: from the environment, else the spec's server]",
        ),
        click.Option(
            ["--timeout"],
            type=click.FloatRange(min=0, min_open=True),
            metavar="SECONDS",
            help="bound on each network step of a request [default: 30]",
        ),
        click.Option(
            ["--deadline"],
            type=click.FloatRange(min=0, min_open=True),
            metavar="SECONDS",
            help="bound on a whole call, retries and waits included (with --all: on each "
            "page) [default: none]",
        ),
        click.Option(
            ["--max-retries"],
            type=click.IntRange(min=0),
            metavar="N",
            help="retries of a failed safe request [default: 2]",
        ),
        click.Option(["--debug"], is_flag=True, help="on error, print the traceback too"),
    ]
    if pageable:
        made[1:1] = [
            click.Option(
                ["--all", "all_pages"], is_flag=True, help="fetch every page, item by item"
            ),
            click.Option(
                ["--max-items"],
                type=click.IntRange(min=1),
                metavar="N",
                help="with --all: stop after N items",
            ),
            click.Option(
                ["--page-size"],
                type=click.IntRange(min=1),
                metavar="N",
                help="with --all: items per request [default: the service's maximum]",
            ),
            click.Option(
                ["--dedupe-by"],
                metavar="FIELD",
                help="with --all: skip an item whose FIELD (e.g. id) was already printed, "
                "for a listing that changes while it is walked",
            ),
            click.Option(
                ["--progress/--no-progress"],
                default=None,
                help="with --all: report items, pages and waits on stderr "
                "[default: when stderr is a terminal]",
            ),
        ]
    return made


class OperationCommand(click.Command):
    """One operation; its help starts with the method and path."""

    def format_help_text(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        info: _operations.OperationInfo = ctx.command.info  # type: ignore[attr-defined]
        formatter.write_paragraph()
        # Method, path and operationId unwrapped, so they can be copied and searched for.
        formatter.write(f"{'':>{formatter.current_indent + 2}}{info.method} {info.path}\n")
        formatter.write(f"{'':>{formatter.current_indent + 2}}operationId: {info.operation_id}\n")
        for text in dict.fromkeys(t for t in (info.summary, info.description) if t):
            formatter.write_paragraph()
            with formatter.indentation():
                formatter.write_text(text)


def _need_extra(fmt: str) -> None:
    """Fail before any request when the output format's library is missing."""
    module = {"table": "rich", "yaml": "yaml"}.get(fmt)
    if module:
        import importlib

        importlib.import_module(module)


class _Run:
    """Runs one operation command with the values click parsed."""

    def __init__(
        self,
        service: Service,
        info: _operations.OperationInfo,
        params: list[_options.Param],
        model: type | None,
    ) -> None:
        self.service = service
        self.info = info
        self.params = params
        self.model = model

    def _kwargs(self, values: Mapping[str, Any]) -> dict[str, Any]:
        kwargs = _options.arguments(self.params, values)
        body_param = next((p for p in self.params if p.kind == "body"), None)
        if body_param is not None:
            try:
                body = _body.build(values.get("json_body"), values.get("fields") or (), self.model)
            except _body.BodyError as exc:
                raise click.UsageError(str(exc)) from None
            if body is None and body_param.required:
                body = self._empty_body()
            if body is not None:
                kwargs["body"] = body
        return kwargs

    def _empty_body(self) -> dict[str, Any]:
        """The body to send when none is given but one is required: ``{}`` if no field is."""
        model = self.model
        fields = _options.model_fields(model) if model is not None else []
        required = [name for name, needed in fields if needed]
        if model is not None and not required:
            return {}
        named = f" ({model.__name__} requires {', '.join(required)})" if model is not None else ""
        raise click.UsageError(
            f"missing the request body: give --json '{{...}}' or --field key=value{named}"
        )

    def _check_filled(self, client: Any, kwargs: Mapping[str, Any]) -> None:
        """A parameter the client would fill but has no value for: name the option and variable."""
        for p in self.params:
            if (
                p.env
                and p.needed
                and p.name not in kwargs
                and getattr(client, p.name, None) is None
            ):
                raise click.UsageError(f"missing option {p.option} (or set {p.env})")

    def __call__(self, **values: Any) -> int:
        kwargs = self._kwargs(values)
        paging = values.get("all_pages", False)
        for option in ("max_items", "page_size", "dedupe_by"):
            if values.get(option) is not None and not paging:
                raise click.UsageError(f"--{option.replace('_', '-')} works with --all only")
        if paging:
            given = sorted({"limit", "offset"} & kwargs.keys())
            if given:
                raise click.UsageError(
                    f"{', '.join('--' + g for g in given)}: --all sets these; use --page-size"
                )
        fmt = values.get("output") or _output.default_format(sys.stdout)
        _need_extra(fmt)
        module = self.info.load()
        client = self.service.client(
            base_url=values.get("base_url"),
            timeout=values.get("timeout"),
            deadline=values.get("deadline"),
            max_retries=values.get("max_retries"),
        )
        with client:
            self._check_filled(client, kwargs)
            if paging:
                self._all(client, module, kwargs, fmt, values)
            else:
                result = client.call(module, **kwargs)
                _output.writer(fmt).result(_output.plain(result))
        return _exits.OK

    def _all(
        self, client: Any, module: Any, kwargs: dict[str, Any], fmt: str, values: Mapping[str, Any]
    ) -> None:
        from ._progress import Progress

        pager = client.paginate(
            module,
            page_size=values.get("page_size"),
            max_items=values.get("max_items"),
            dedupe_by=values.get("dedupe_by"),
            **kwargs,
        )
        show = values.get("progress")
        if show is None:
            show = sys.stderr.isatty()
        out = _output.writer(fmt)
        label = f"{self.service.name} {self.info.kebab}"
        progress = (
            Progress(label, live=sys.stderr.isatty(), redirect_stdout=sys.stdout.isatty())
            if show
            else contextlib.nullcontext()
        )
        with progress as shown:
            for page in pager.iter_pages():
                if shown is not None:
                    total = pager.total
                    cap = values.get("max_items")
                    shown.page(len(page.items), min(total, cap) if total and cap else total)
                out.items([_output.plain(item) for item in page.items])
        out.close()


def build_command(service: Service, info: _operations.OperationInfo) -> click.Command:
    """The command of one operation, its options read from the generated function's signature."""
    from .._validate import _hints

    function = info.load().sync_detailed
    hints = _hints(function)
    params = _options.parameters(function, hints, service.defaults)
    model = _options.body_model(hints)
    pageable = _pageable(params, model)
    command = OperationCommand(
        name=info.kebab,
        params=_options.click_options(params) + _common_options(pageable),
        callback=_Run(service, info, params, model),
        short_help=info.summary,
        context_settings=CONTEXT,
        epilog=(
            "Without --all, one request answers with one page, as the service returns it."
            if pageable
            else None
        ),
    )
    command.info = info  # type: ignore[attr-defined]
    return command


# -- a service -----------------------------------------------------------------------------


class ServiceGroup(click.Group):
    """A service's operations as commands, from the operation index (no module imported)."""

    def __init__(self, service: Service) -> None:
        env = "\n".join(f"  {name:<24} {text}" for name, text in service.environment)
        super().__init__(
            name=service.name,
            help=f"Call any operation of the {service.title}: "
            f"{PROG} {service.name} OPERATION [OPTIONS].",
            short_help=f"call any operation of the {service.title}",
            epilog=f"\b\nEnvironment:\n{env}",
            context_settings=CONTEXT,
            no_args_is_help=True,
            subcommand_metavar="OPERATION [OPTIONS]",
        )
        self.service = service

    def _infos(self) -> list[_operations.OperationInfo]:
        return _operations.operations(self.service.name)

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(info.kebab for info in self._infos())

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        from .._errors import InvalidArgumentError

        try:
            info = _operations.find(self.service.name, cmd_name)
        except InvalidArgumentError:
            return None
        return build_command(self.service, info)

    def resolve_command(
        self, ctx: click.Context, args: list[str]
    ) -> tuple[str | None, click.Command | None, list[str]]:
        name = args[0]
        command = self.get_command(ctx, name)
        if command is None:
            if name.startswith("-"):
                return super().resolve_command(ctx, args)
            close = difflib.get_close_matches(name, self.list_commands(ctx), n=3, cutoff=0.6)
            hint = f"; did you mean {' or '.join(close)}?" if close else ""
            raise click.UsageError(
                f"{self.service.name} has no operation {name!r}{hint} "
                f"('{PROG} {self.service.name} --help' lists them all)"
            )
        return command.name, command, args[1:]

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        rows = sorted((info.kebab, info.summary) for info in self._infos())
        with formatter.section(f"Operations ({len(rows)})"):
            formatter.write_dl(rows)

    def shell_complete(self, ctx: click.Context, incomplete: str) -> list[CompletionItem]:
        found = [
            CompletionItem(info.kebab, help=info.summary)
            for info in sorted(self._infos(), key=lambda i: i.kebab)
            if info.kebab.startswith(incomplete)
        ]
        return found + [
            item for item in click.Command.shell_complete(self, ctx, incomplete) if item.value
        ]


# -- sandbox, demo, completion ---------------------------------------------------------------


@click.command(context_settings=CONTEXT)
@click.option("--host", default="127.0.0.1", show_default=True, help="address to listen on")
@click.option(
    "--port",
    type=click.IntRange(0, 65535),
    default=8080,
    show_default=True,
    help="port to listen on (0: any free port)",
)
@click.option("--seed", type=int, default=0, show_default=True, help="seed of the generated data")
@click.option(
    "--features", type=click.IntRange(min=0), default=260, show_default=True,
    help="GrowthBook features to seed",
)  # fmt: skip
@click.option(
    "--experiences", type=click.IntRange(min=0), default=120, show_default=True,
    help="Convert experiences to seed",
)  # fmt: skip
@click.option(
    "--rate-limit", type=click.IntRange(min=0), default=60, show_default=True,
    help="GrowthBook requests per minute per key (0: no limit)",
)  # fmt: skip
@click.option("--no-validate", is_flag=True, help="skip openapi-core request validation")
def sandbox(**options: Any) -> int:
    """Run the local sandbox of both APIs until Ctrl-C, and print how to point clients at it."""
    from ._sandbox import serve

    return serve(**options)


@click.command(context_settings=CONTEXT)
@click.option("--verbose", is_flag=True, help="also log every request")
def demo(verbose: bool) -> int:
    """Walk through both clients against a sandbox started for the purpose."""
    from ..demo import run

    return run(verbose=verbose)


@click.command(context_settings=CONTEXT)
@click.argument("shell", type=click.Choice(["bash", "zsh", "fish"]))
def completion(shell: str) -> int:
    """Print the shell completion script for SHELL.

    \b
    bash: eval "$(experiment-clients completion bash)"    (in ~/.bashrc)
    zsh:  eval "$(experiment-clients completion zsh)"     (in ~/.zshrc)
    fish: experiment-clients completion fish | source     (in ~/.config/fish/config.fish)
    """
    from click.shell_completion import get_completion_class

    cls = get_completion_class(shell)
    assert cls is not None  # the choice lists only shells click supports
    script = cls(root, {}, PROG, "_EXPERIMENT_CLIENTS_COMPLETE").source()
    click.echo(script)
    return _exits.OK


@click.group(context_settings=CONTEXT, epilog=_exit_codes_epilog())
@click.version_option(__version__, "--version", prog_name=PROG, message="%(prog)s %(version)s")
@click.option("--debug", is_flag=True, help="on error, print the traceback too")
def root(debug: bool) -> None:
    """Call any operation of GrowthBook (REST API v1) or Convert (Experiences REST API v2)
    from a shell, or run the local sandbox of both.

    \b
    experiment-clients growthbook list-features --all -o jsonl
    experiment-clients convert get-experience --experience-id 1000001
    experiment-clients growthbook --help          (every GrowthBook operation)
    """


for _service in SERVICES.values():
    root.add_command(ServiceGroup(_service))
root.add_command(sandbox)
root.add_command(demo)
root.add_command(completion)


# -- running -------------------------------------------------------------------------------


def _wants_debug(args: Sequence[str]) -> bool:
    return "--debug" in list(args)[: list(args).index("--")] if "--" in args else "--debug" in args


def _error(message: str) -> None:
    click.echo(f"error: {_exits.one_line(message)}", err=True)


_EXTRAS = {
    "rich": "cli", "yaml": "cli", "starlette": "sandbox", "uvicorn": "sandbox",
    "openapi_core": "sandbox",
}  # fmt: skip


@contextlib.contextmanager
def _library_warnings() -> Iterator[None]:
    """Show the library's warnings on stderr (a stripped credential, say), one line each."""
    import logging

    handler = logging.StreamHandler(sys.stderr)
    handler.setLevel(logging.WARNING)
    handler.setFormatter(logging.Formatter("warning: %(message)s"))
    logger = logging.getLogger("experiment_clients")
    logger.addHandler(handler)
    try:
        yield
    finally:
        logger.removeHandler(handler)


def run(argv: Sequence[str] | None = None) -> int:
    """Run the command line with ``argv`` (default: ``sys.argv[1:]``); return the exit code."""
    args = list(sys.argv[1:] if argv is None else argv)
    debug = _wants_debug(args)
    try:
        with _library_warnings():
            result = root.main(args=args, prog_name=PROG, standalone_mode=False)
        return result if isinstance(result, int) else _exits.OK
    except click.exceptions.Abort:
        click.echo("interrupted", err=True)
        return _exits.INTERRUPTED
    except click.ClickException as exc:
        if debug:
            import traceback

            traceback.print_exc()
        _error(exc.format_message())
        return _exits.USAGE if isinstance(exc, click.UsageError) else exc.exit_code
    except BrokenPipeError:  # `... | head`: the reader left; stop quietly
        import os

        with contextlib.suppress(OSError):
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return _exits.OK
    except KeyboardInterrupt:
        click.echo("interrupted", err=True)
        return _exits.INTERRUPTED
    except ModuleNotFoundError as exc:
        extra = _EXTRAS.get((exc.name or "").split(".")[0])
        if extra is None or debug:
            raise
        said = str(exc)  # the sandbox package names its extra itself
        _error(
            said
            if "extra" in said
            else f"this needs the '{extra}' extra ({exc.name} is missing): "
            f"pip install 'experiment-clients[{extra}]'"
        )
        return _exits.CONFIGURATION
    except Exception as exc:
        if debug:
            import traceback

            traceback.print_exc()
        code = _exits.exit_code(exc)
        text = str(exc) or type(exc).__name__
        if code == _exits.FAILED:  # not one of ours: say what it is, and how to see more
            text = f"{type(exc).__name__}: {text} (--debug shows the traceback)"
        _error(text)
        return code
