from __future__ import annotations

from typing import TYPE_CHECKING

from ..types import UNSET, Model, UnsetType

if TYPE_CHECKING:
    from ..models.delete_account_user_accesses_by_email_request_accesses_item import (
        DeleteAccountUserAccessesByEmailRequestAccessesItem,
    )


class DeleteAccountUserAccessesByEmailRequest(
    Model,
    omit_defaults=False,
):
    """Identifies a pending invitee by email.

    Attributes:
        email (str | Unset): The email address of the collaborator or invitee.
        accesses (list[DeleteAccountUserAccessesByEmailRequestAccessesItem] | Unset): A list defining the user's access
            to specific projects or all projects within the account. Each item specifies a project (ID or null for all
            projects) and the role granted.
    """

    email: str | UnsetType = UNSET
    accesses: list[DeleteAccountUserAccessesByEmailRequestAccessesItem] | UnsetType = (
        UNSET
    )


# Models that refer to each other are imported here, once, after this class exists (so cycles
# resolve); msgspec reads the annotations when a decoder is first built.
from ..models.delete_account_user_accesses_by_email_request_accesses_item import (
    DeleteAccountUserAccessesByEmailRequestAccessesItem,
)
