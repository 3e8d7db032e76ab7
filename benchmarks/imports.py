"""3. Import time: the facade against ``import httpx``, each in a fresh interpreter.

Each figure is the time of the import statement itself inside a new process
(interpreter start-up excluded), the median of several runs, with the cases
interleaved run by run. Bytecode caches are written by a warm-up run first, as
``pip install`` does for an installed wheel, so no case pays for compiling.
"""

from __future__ import annotations

import os
import pkgutil
import random
import statistics
import subprocess
import sys

from ._measure import Mode, Row, Section, Target, ms, table

TARGET = Target(1.5)


def _all_generated_modules() -> list[str]:
    import convert_api_client
    import growthbook_api_client

    names = []
    for package in (growthbook_api_client, convert_api_client):
        names.append(package.__name__)
        for info in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
            names.append(info.name)
    return names


def _cases() -> dict[str, str]:
    every = _all_generated_modules()
    return {
        "import httpx": "import httpx",
        "import experiment_clients": "import experiment_clients",
        NO_CLI + "import httpx": "import httpx",
        NO_CLI + "import experiment_clients": "import experiment_clients",
        "+ both generated packages": "import experiment_clients, growthbook_api_client, "
        "convert_api_client",
        "+ both clients loaded": "from experiment_clients import GrowthBookClient, ConvertClient",
        f"full generated packages ({len(every)} modules)": "import importlib\n"
        f"for m in {every!r}: importlib.import_module(m)",
    }


# httpx imports its command-line tool (click, rich) when they are installed, as they are in
# the dev virtualenv (through openapi-python-client); an application's environment usually
# lacks them. Marking them absent before the timer starts shows that case too.
NO_CLI = "without click/rich: "
_HIDE_CLI = "import sys\nsys.modules['click'] = None\nsys.modules['rich'] = None\n"
_TIMER = "import time\n_t = time.perf_counter()\n{stmt}\nprint(time.perf_counter() - _t)\n"


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # let the warm-up write the bytecode caches
    env.pop("PYTHONPROFILEIMPORTTIME", None)
    return env


def _time_once(name: str, stmt: str, env: dict[str, str]) -> float:
    code = (_HIDE_CLI if name.startswith(NO_CLI) else "") + _TIMER.format(stmt=stmt)
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env=env,
        check=True,
    )
    return float(out.stdout.strip().splitlines()[-1])


def run(mode: Mode) -> Section:
    section = Section(3, "Import time")
    runs = mode.pick(9, 3, 1)
    cases = _cases()
    if mode is not Mode.FULL:  # the ones with a target
        cases = {k: v for k, v in cases.items() if not k.startswith(("full", "+"))}
    env = _env()
    for name, stmt in cases.items():
        _time_once(name, stmt, env)  # warm-up: bytecode caches
    times: dict[str, list[float]] = {name: [] for name in cases}
    order = list(cases)
    rng = random.Random(0)
    for _ in range(runs):
        rng.shuffle(order)
        for name in order:
            times[name].append(_time_once(name, cases[name], env))
    median = {name: statistics.median(values) for name, values in times.items()}
    base = median["import httpx"]
    bare = median[NO_CLI + "import httpx"]
    rows = []
    for name, values in times.items():
        against = bare if name.startswith(NO_CLI) else base
        q = (
            statistics.quantiles(values, n=4)
            if len(values) >= 4
            else [min(values), 0.0, max(values)]
        )
        rows.append(
            [
                name,
                ms(median[name]),
                f"{ms(q[0])} - {ms(q[2])}",
                f"{median[name] / against:.2f}x",
            ]
        )
    facade = median["import experiment_clients"]
    section.rows.append(
        Row(
            "3. import time: `import experiment_clients`",
            ms(facade),
            f"import httpx {ms(base)}",
            facade / base,
            TARGET,
        )
    )
    lean = median[NO_CLI + "import experiment_clients"]
    section.rows.append(
        Row(
            "3. import time: `import experiment_clients`, without httpx's CLI deps",
            ms(lean),
            f"import httpx {ms(bare)}",
            lean / bare,
            TARGET,
        )
    )
    for name in cases:
        if name.startswith(("+", "full")):
            section.rows.append(
                Row(
                    f"3. import time: {name}",
                    ms(median[name]),
                    f"import httpx {ms(base)}",
                    median[name] / base,
                )
            )
    section.body += [
        "Time of the import statement in a fresh `python -c` process (start-up of the "
        f"interpreter excluded), median of {runs} runs per case, cases interleaved; bytecode "
        "caches written by a warm-up run. `import experiment_clients` loads the errors, auth "
        "and settings; the clients and the generated packages behind them load on first use "
        "(`+ both clients loaded` is `from experiment_clients import GrowthBookClient, "
        "ConvertClient`). The last line imports every module of both generated packages. "
        "httpx imports its command-line tool when `click` and `rich` are installed, as they are "
        "in the dev virtualenv (openapi-python-client needs them) but seldom in an application; "
        f"the *{NO_CLI.rstrip(': ')}* cases hide them (`sys.modules['click'] = None` before the "
        "timer starts) and are compared with `import httpx` under the same condition.",
        "",
        *table(["case", "median", "inter-quartile range", "ratio to import httpx"], rows),
    ]
    return section
