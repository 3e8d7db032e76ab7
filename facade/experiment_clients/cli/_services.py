"""The two services as the command line sees them: package, client, environment, defaults.

Credentials and hosts come from the library's own environment variables (the
clients read them); the command line adds only ``--base-url``, ``--timeout``
and ``--max-retries``, and never prints a credential.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import attrs


@attrs.frozen
class Service:
    """One service: its command name, generated package and how to build its client."""

    name: str  # the command: growthbook, convert
    title: str
    package: str  # the generated package
    client_class: str  # in experiment_clients
    environment: tuple[tuple[str, str], ...]  # (variable, what it holds), for --help
    # Parameters the client fills when they are not given, and the variable that sets them.
    defaults: Mapping[str, str] = attrs.field(factory=dict)

    def client(self, **options: Any) -> Any:
        """A client configured from the environment and the command line's options (``base_url``,
        ``timeout``, ``deadline``, ``max_retries``; None leaves the library's default)."""
        import experiment_clients

        cls = getattr(experiment_clients, self.client_class)
        return cls(**{name: value for name, value in options.items() if value is not None})


SERVICES: Mapping[str, Service] = {
    "growthbook": Service(
        name="growthbook",
        title="GrowthBook REST API v1",
        package="growthbook_api_client",
        client_class="GrowthBookClient",
        environment=(
            ("GROWTHBOOK_API_KEY", "the secret API key (required)"),
            (
                "GROWTHBOOK_API_HOST",
                "a host (e.g. http://localhost:3100; the spec's API path is added) or the API "
                "root (default: the spec's server, GrowthBook Cloud)",
            ),
        ),
    ),
    "convert": Service(
        name="convert",
        title="Convert Experiences REST API v2",
        package="convert_api_client",
        client_class="ConvertClient",
        environment=(
            ("CONVERT_APPLICATION_ID", "request signing: the application id"),
            ("CONVERT_SECRET_KEY", "request signing: the secret key"),
            ("CONVERT_API_KEY_ID", "or a secret key: its id"),
            ("CONVERT_API_KEY_SECRET", "or a secret key: its secret"),
            ("CONVERT_ACCOUNT_ID", "the account every operation uses unless --account-id is given"),
            ("CONVERT_PROJECT_ID", "the project every operation uses unless --project-id is given"),
            (
                "CONVERT_API_BASE_URL",
                "a host (the spec's API path is added) or the API root "
                "(default: the spec's server, https://api.convert.com/api/v2)",
            ),
        ),
        defaults={"account_id": "CONVERT_ACCOUNT_ID", "project_id": "CONVERT_PROJECT_ID"},
    ),
}
