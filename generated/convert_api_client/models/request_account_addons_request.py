from __future__ import annotations

from ..models.account_addons_types import AccountAddonsTypes
from ..types import UNSET, Model, UnsetType


class RequestAccountAddonsRequest(
    Model,
    omit_defaults=False,
):
    """
    Attributes:
        addon (AccountAddonsTypes):
        collaborator_email (str | Unset): Email of the collaborator for whom the add-on is being requested (if
            applicable).
        collaborator_name (str | Unset): Name of the collaborator for whom the add-on is being requested (if
            applicable).
    """

    addon: AccountAddonsTypes
    collaborator_email: str | UnsetType = UNSET
    collaborator_name: str | UnsetType = UNSET
