from __future__ import annotations

from ..types import UNSET, Model, UnsetType


class AcceptInvitationRequest(
    Model,
    rename={
        "hash_": "hash",
    },
    omit_defaults=False,
):
    """
    Attributes:
        hash_ (str | Unset): The unique invitation token from the collaborator invitation email.
    """

    hash_: str | UnsetType = UNSET
