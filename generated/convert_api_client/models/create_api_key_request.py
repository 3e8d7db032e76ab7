from __future__ import annotations

from ..models.create_api_key_request_auth_type import CreateApiKeyRequestAuthType
from ..types import UNSET, Model, UnsetType


class CreateApiKeyRequest(
    Model,
    omit_defaults=False,
):
    """
    Attributes:
        name (str): A user-defined, friendly name for the API key to help identify its purpose or the application using
            it (e.g., "Reporting Dashboard Integration", "Nightly Data Sync Script").
        auth_type (CreateApiKeyRequestAuthType | Unset): The authentication type for this API key:

            * requestSigning: Each request must be signed with the key and a hash sent in the header (most secure)
            * secretKey: A simpler authentication method using the secret key as a Bearer token in the Authorization header
            (good security) Default: CreateApiKeyRequestAuthType.REQUESTSIGNING.
        projects (list[float] | None | Unset): An optional list of project IDs that this API key is authorized to
            access. If null or an empty list, the key typically grants access to all projects within the account it belongs
            to. This allows for granular control over API key permissions.
    """

    name: str
    auth_type: CreateApiKeyRequestAuthType = CreateApiKeyRequestAuthType.REQUESTSIGNING
    projects: list[float] | None | UnsetType = UNSET
