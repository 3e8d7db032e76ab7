from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.feature_value_type import FeatureValueType

if TYPE_CHECKING:
    from ..models.feature_environments import FeatureEnvironments
    from ..models.feature_revision import FeatureRevision


T = TypeVar("T", bound="Feature")


@_attrs_define
class Feature:
    """
    Attributes:
        id (str): The feature key.
        date_created (datetime.datetime):
        date_updated (datetime.datetime):
        archived (bool):
        description (str):
        owner (str):
        project (str):
        value_type (FeatureValueType):
        default_value (str): The default value, serialized as a string.
        tags (list[str]):
        environments (FeatureEnvironments): Per-environment settings, keyed by environment name.
        revision (FeatureRevision): The feature's latest published revision.
    """

    id: str
    date_created: datetime.datetime
    date_updated: datetime.datetime
    archived: bool
    description: str
    owner: str
    project: str
    value_type: FeatureValueType
    default_value: str
    tags: list[str]
    environments: FeatureEnvironments
    revision: FeatureRevision
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        date_created = self.date_created.isoformat()

        date_updated = self.date_updated.isoformat()

        archived = self.archived

        description = self.description

        owner = self.owner

        project = self.project

        value_type = self.value_type.value

        default_value = self.default_value

        tags = self.tags

        environments = self.environments.to_dict()

        revision = self.revision.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "dateCreated": date_created,
                "dateUpdated": date_updated,
                "archived": archived,
                "description": description,
                "owner": owner,
                "project": project,
                "valueType": value_type,
                "defaultValue": default_value,
                "tags": tags,
                "environments": environments,
                "revision": revision,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        date_created = datetime.datetime.fromisoformat(d.pop("dateCreated"))

        date_updated = datetime.datetime.fromisoformat(d.pop("dateUpdated"))

        archived = d.pop("archived")

        description = d.pop("description")

        owner = d.pop("owner")

        project = d.pop("project")

        value_type = FeatureValueType(d.pop("valueType"))

        default_value = d.pop("defaultValue")

        tags = cast(list[str], d.pop("tags"))

        environments = FeatureEnvironments.from_dict(d.pop("environments"))

        revision = FeatureRevision.from_dict(d.pop("revision"))

        feature = cls(
            id=id,
            date_created=date_created,
            date_updated=date_updated,
            archived=archived,
            description=description,
            owner=owner,
            project=project,
            value_type=value_type,
            default_value=default_value,
            tags=tags,
            environments=environments,
            revision=revision,
        )

        feature.additional_properties = d
        return feature

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# Models that refer to each other are imported here, once, after this class exists (so cycles
# resolve), instead of inside to_dict/from_dict on every call.
from ..models.feature_environments import FeatureEnvironments
from ..models.feature_revision import FeatureRevision
