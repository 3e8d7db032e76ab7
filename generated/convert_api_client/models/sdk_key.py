from __future__ import annotations

from ..models.sdk_key_statuses import SdkKeyStatuses
from ..types import Model


class SdkKey(
    Model,
):
    """This object describes an SDK key which is used to get data under respective project/account

    Attributes:
        name (str | Unset): A user-defined, friendly name for the SDK key to help identify its purpose or the
            application/service using it (e.g., "Production Backend API", "Staging iOS App").
        sdk_key (str | Unset): Unique identifier used to authenticate requests to Convert's serving API endpoints. This
            key is required to fetch experiments, personalizations and other serving data via the API (see /doc/serving).
            Generated automatically when creating a new SDK key.
        sdk_secret (None | str | Unset): Secret key used for SDK authentication. This value is only returned in full
            when the SDK key is first created. In subsequent GET requests, the secret will be partially redacted (e.g.,
            "abc12*****123") for security purposes. When this is null, the SDK key can be used without authentication
            (public access).
        environment (str | Unset): The specific environment within the Full Stack project that this SDK key is
            associated with (e.g., "production", "development", "staging"). The SDK will fetch configurations relevant to
            this environment. This must match one of the environments defined at the project level. KB: "The Environments
            Feature".
        status (SdkKeyStatuses | Unset): Indicates whether the SDK key is active and can be used for API authentication.
            When disabled, all requests using this key will be rejected.
    """

    name: str | None = None
    sdk_key: str | None = None
    sdk_secret: None | str = None
    environment: str | None = None
    status: SdkKeyStatuses | None = None
