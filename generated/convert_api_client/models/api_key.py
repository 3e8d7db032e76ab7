from __future__ import annotations

from ..models.api_key_auth_types import ApiKeyAuthTypes
from ..types import Model


class ApiKey(
    Model,
):
    """This object describes an API key which is used to authenticate, same as the owner of the respective project/account

    Attributes:
        name (str | Unset): A user-defined, friendly name for the API key to help identify its purpose or the
            application using it (e.g., "Reporting Dashboard Integration", "Nightly Data Sync Script").
        auth_type (ApiKeyAuthTypes | Unset): The authentication type for this API key:

            - requestSigning: Each request must be signed with the key and a hash sent in the header (most secure)
            - secretKey: A simpler authentication method using the secret key as a Bearer token in the Authorization header
            (good security)
        projects (list[float] | None | Unset): An optional list of project IDs that this API key is authorized to
            access. If null or an empty list, the key typically grants access to all projects within the account it belongs
            to. This allows for granular control over API key permissions.
        key_id (str | Unset): The public identifier part of the API key pair (ApplicationID). This is sent in the
            Convert-Application-ID header.
        key_secret (str | Unset): The secret part of the API key pair (ApplicationSecretKey). This is used to sign API
            requests and is critical for authentication. Important: The full key_secret is only returned at the time of API
            key creation. For security reasons, subsequent retrievals of this API key will show this field masked (e.g.,
            with asterisks or partially hidden). Store the secret securely upon creation.
    """

    name: str | None = None
    auth_type: ApiKeyAuthTypes | None = None
    projects: list[float] | None = None
    key_id: str | None = None
    key_secret: str | None = None
