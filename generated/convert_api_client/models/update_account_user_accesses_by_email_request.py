from __future__ import annotations

from typing import TYPE_CHECKING

from ..models.account_user_accesses_expand_fields import AccountUserAccessesExpandFields
from ..types import UNSET, Model, UnsetType

if TYPE_CHECKING:
    from ..models.update_account_user_accesses_by_email_request_accesses_item import (
        UpdateAccountUserAccessesByEmailRequestAccessesItem,
    )


class UpdateAccountUserAccessesByEmailRequest(
    Model,
    omit_defaults=False,
):
    """Identifies a pending invitee by email.

    Attributes:
        email (str | Unset): The email address of the collaborator or invitee.
        first_name (str | Unset): Collaborator's first name
        last_name (str | Unset): Collaborator's last name
        accesses (list[UpdateAccountUserAccessesByEmailRequestAccessesItem] | Unset): List of projects the user can
            access
        custom_message (str | Unset): (For invitations) A custom message to include in the invitation email sent to a
            new collaborator.
        expand (list[AccountUserAccessesExpandFields] | Unset): Specifies linked objects to expand in the response,
            e.g., 'accesses.project'. Refer to the Expanding Fields section.
    """

    email: str | UnsetType = UNSET
    first_name: str | UnsetType = UNSET
    last_name: str | UnsetType = UNSET
    accesses: list[UpdateAccountUserAccessesByEmailRequestAccessesItem] | UnsetType = (
        UNSET
    )
    custom_message: str | UnsetType = UNSET
    expand: list[AccountUserAccessesExpandFields] | UnsetType = UNSET


# Models that refer to each other are imported here, once, after this class exists (so cycles
# resolve); msgspec reads the annotations when a decoder is first built.
from ..models.update_account_user_accesses_by_email_request_accesses_item import (
    UpdateAccountUserAccessesByEmailRequestAccessesItem,
)
