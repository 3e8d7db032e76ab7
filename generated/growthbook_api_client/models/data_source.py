from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.data_source_assignment_query import DataSourceAssignmentQuery
    from ..models.data_source_identifier_join_query import DataSourceIdentifierJoinQuery
    from ..models.data_source_identifier_type import DataSourceIdentifierType
    from ..models.data_source_mixpanel_settings import DataSourceMixpanelSettings


T = TypeVar("T", bound="DataSource")


@_attrs_define
class DataSource:
    """
    Attributes:
        id (str):
        date_created (datetime.datetime):
        date_updated (datetime.datetime):
        type_ (str):
        name (str):
        description (str):
        project_ids (list[str]):
        event_tracker (str):
        identifier_types (list[DataSourceIdentifierType]):
        assignment_queries (list[DataSourceAssignmentQuery]):
        identifier_join_queries (list[DataSourceIdentifierJoinQuery]):
        mixpanel_settings (DataSourceMixpanelSettings | Unset):
    """

    id: str
    date_created: datetime.datetime
    date_updated: datetime.datetime
    type_: str
    name: str
    description: str
    project_ids: list[str]
    event_tracker: str
    identifier_types: list[DataSourceIdentifierType]
    assignment_queries: list[DataSourceAssignmentQuery]
    identifier_join_queries: list[DataSourceIdentifierJoinQuery]
    mixpanel_settings: DataSourceMixpanelSettings | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        date_created = self.date_created.isoformat()

        date_updated = self.date_updated.isoformat()

        type_ = self.type_

        name = self.name

        description = self.description

        project_ids = self.project_ids

        event_tracker = self.event_tracker

        identifier_types = []
        for identifier_types_item_data in self.identifier_types:
            identifier_types_item = identifier_types_item_data.to_dict()
            identifier_types.append(identifier_types_item)

        assignment_queries = []
        for assignment_queries_item_data in self.assignment_queries:
            assignment_queries_item = assignment_queries_item_data.to_dict()
            assignment_queries.append(assignment_queries_item)

        identifier_join_queries = []
        for identifier_join_queries_item_data in self.identifier_join_queries:
            identifier_join_queries_item = identifier_join_queries_item_data.to_dict()
            identifier_join_queries.append(identifier_join_queries_item)

        mixpanel_settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.mixpanel_settings, Unset):
            mixpanel_settings = self.mixpanel_settings.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "dateCreated": date_created,
                "dateUpdated": date_updated,
                "type": type_,
                "name": name,
                "description": description,
                "projectIds": project_ids,
                "eventTracker": event_tracker,
                "identifierTypes": identifier_types,
                "assignmentQueries": assignment_queries,
                "identifierJoinQueries": identifier_join_queries,
            }
        )
        if mixpanel_settings is not UNSET:
            field_dict["mixpanelSettings"] = mixpanel_settings

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        date_created = datetime.datetime.fromisoformat(d.pop("dateCreated"))

        date_updated = datetime.datetime.fromisoformat(d.pop("dateUpdated"))

        type_ = d.pop("type")

        name = d.pop("name")

        description = d.pop("description")

        project_ids = cast(list[str], d.pop("projectIds"))

        event_tracker = d.pop("eventTracker")

        identifier_types = []
        _identifier_types = d.pop("identifierTypes")
        if not isinstance(_identifier_types, list):
            raise TypeError(
                f"identifier_types: expected a list, got {type(_identifier_types).__name__}"
            )
        for identifier_types_item_data in _identifier_types:
            identifier_types_item = DataSourceIdentifierType.from_dict(
                identifier_types_item_data
            )

            identifier_types.append(identifier_types_item)

        assignment_queries = []
        _assignment_queries = d.pop("assignmentQueries")
        if not isinstance(_assignment_queries, list):
            raise TypeError(
                f"assignment_queries: expected a list, got {type(_assignment_queries).__name__}"
            )
        for assignment_queries_item_data in _assignment_queries:
            assignment_queries_item = DataSourceAssignmentQuery.from_dict(
                assignment_queries_item_data
            )

            assignment_queries.append(assignment_queries_item)

        identifier_join_queries = []
        _identifier_join_queries = d.pop("identifierJoinQueries")
        if not isinstance(_identifier_join_queries, list):
            raise TypeError(
                f"identifier_join_queries: expected a list, got {type(_identifier_join_queries).__name__}"
            )
        for identifier_join_queries_item_data in _identifier_join_queries:
            identifier_join_queries_item = DataSourceIdentifierJoinQuery.from_dict(
                identifier_join_queries_item_data
            )

            identifier_join_queries.append(identifier_join_queries_item)

        _mixpanel_settings = d.pop("mixpanelSettings", UNSET)
        mixpanel_settings: DataSourceMixpanelSettings | Unset
        if isinstance(_mixpanel_settings, Unset):
            mixpanel_settings = UNSET
        else:
            mixpanel_settings = DataSourceMixpanelSettings.from_dict(_mixpanel_settings)

        data_source = cls(
            id=id,
            date_created=date_created,
            date_updated=date_updated,
            type_=type_,
            name=name,
            description=description,
            project_ids=project_ids,
            event_tracker=event_tracker,
            identifier_types=identifier_types,
            assignment_queries=assignment_queries,
            identifier_join_queries=identifier_join_queries,
            mixpanel_settings=mixpanel_settings,
        )

        data_source.additional_properties = d
        return data_source

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
from ..models.data_source_assignment_query import DataSourceAssignmentQuery
from ..models.data_source_identifier_join_query import DataSourceIdentifierJoinQuery
from ..models.data_source_identifier_type import DataSourceIdentifierType
from ..models.data_source_mixpanel_settings import DataSourceMixpanelSettings
