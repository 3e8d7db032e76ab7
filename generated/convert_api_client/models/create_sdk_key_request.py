from __future__ import annotations

from ..models.sdk_key_statuses import SdkKeyStatuses
from ..types import UNSET, Model, UnsetType


class CreateSdkKeyRequest(
    Model,
    omit_defaults=False,
):
    """The name, environment and secret option of the new SDK key.

    Attributes:
        name (str): A user-defined, friendly name for the SDK key to help identify its purpose or the
            application/service using it (e.g., "Production Backend API", "Staging iOS App").
        environment (str): The specific environment within the Full Stack project that this SDK key is associated with
            (e.g., "production", "development", "staging"). The SDK will fetch configurations relevant to this environment.
            This must match one of the environments defined at the project level. KB: "The Environments Feature".
        status (SdkKeyStatuses | Unset): Indicates whether the SDK key is active and can be used for API authentication.
            When disabled, all requests using this key will be rejected.
        has_secret (bool | Unset): Whether the SDK key should have a secret key. When true, a secret key will be
            generated and returned in the response. Default: True.
    """

    name: str
    environment: str
    status: SdkKeyStatuses | UnsetType = UNSET
    has_secret: bool = True
