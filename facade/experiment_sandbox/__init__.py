"""A local, stateful HTTP server that behaves like Convert and GrowthBook, for trying the
library and testing code without credentials or network (in the spirit of stripe-mock and moto).

::

    from experiment_sandbox import Sandbox, Fault

    with Sandbox() as sb:
        sb.growthbook_url   # http://127.0.0.1:PORT/growthbook/api/v1
        sb.convert_url      # http://127.0.0.1:PORT/convert/api/v2
        sb.credentials      # the demo credentials it accepts
        with sb.fault(Fault.server_error(status=503, times=2), service="convert"):
            ...

From a shell: ``python -m experiment_sandbox --port 8080``.

Requests are validated against ``specs/*.yaml`` with openapi-core; every
operation of both specs answers a response valid for its spec schema. Needs
the ``sandbox`` extra: ``pip install 'experiment-clients[sandbox]'``. It is a
package of its own, apart from ``experiment_clients``: the client never imports
it, so a client-only install carries none of its dependencies.
"""

from . import _extra  # noqa: F401  (first: a clear message when the extra is missing)
from ._faults import Fault, FaultRule, JournalEntry
from ._sandbox import DEMO_CREDENTIALS, DemoCredentials, Sandbox, hold_stop_signals
from ._specs import spec_path
from .convert import sign as convert_signature
from .growthbook import MAX_LIMIT as GROWTHBOOK_MAX_LIMIT

__all__ = [
    "DEMO_CREDENTIALS",
    "GROWTHBOOK_MAX_LIMIT",
    "DemoCredentials",
    "Fault",
    "FaultRule",
    "JournalEntry",
    "Sandbox",
    "convert_signature",
    "hold_stop_signals",
    "spec_path",
]
