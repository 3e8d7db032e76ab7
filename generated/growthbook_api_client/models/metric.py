from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.metric_behavior import MetricBehavior
    from ..models.metric_mixpanel import MetricMixpanel
    from ..models.metric_sql import MetricSql


T = TypeVar("T", bound="Metric")


@_attrs_define
class Metric:
    """
    Attributes:
        id (str):
        date_created (str): Creation time (the reference gives no date-time format here).
        date_updated (str): Last update time (the reference gives no date-time format here).
        owner (str):
        datasource_id (str):
        name (str):
        description (str):
        type_ (str):
        tags (list[str]):
        projects (list[str]):
        archived (bool):
        behavior (MetricBehavior):
        sql (MetricSql | Unset): Definition of a SQL-based metric.
        mixpanel (MetricMixpanel | Unset): Definition of a Mixpanel-based metric.
    """

    id: str
    date_created: str
    date_updated: str
    owner: str
    datasource_id: str
    name: str
    description: str
    type_: str
    tags: list[str]
    projects: list[str]
    archived: bool
    behavior: MetricBehavior
    sql: MetricSql | Unset = UNSET
    mixpanel: MetricMixpanel | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        date_created = self.date_created

        date_updated = self.date_updated

        owner = self.owner

        datasource_id = self.datasource_id

        name = self.name

        description = self.description

        type_ = self.type_

        tags = self.tags

        projects = self.projects

        archived = self.archived

        behavior = self.behavior.to_dict()

        sql: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sql, Unset):
            sql = self.sql.to_dict()

        mixpanel: dict[str, Any] | Unset = UNSET
        if not isinstance(self.mixpanel, Unset):
            mixpanel = self.mixpanel.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "dateCreated": date_created,
                "dateUpdated": date_updated,
                "owner": owner,
                "datasourceId": datasource_id,
                "name": name,
                "description": description,
                "type": type_,
                "tags": tags,
                "projects": projects,
                "archived": archived,
                "behavior": behavior,
            }
        )
        if sql is not UNSET:
            field_dict["sql"] = sql
        if mixpanel is not UNSET:
            field_dict["mixpanel"] = mixpanel

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        date_created = d.pop("dateCreated")

        date_updated = d.pop("dateUpdated")

        owner = d.pop("owner")

        datasource_id = d.pop("datasourceId")

        name = d.pop("name")

        description = d.pop("description")

        type_ = d.pop("type")

        tags = cast(list[str], d.pop("tags"))

        projects = cast(list[str], d.pop("projects"))

        archived = d.pop("archived")

        behavior = MetricBehavior.from_dict(d.pop("behavior"))

        _sql = d.pop("sql", UNSET)
        sql: MetricSql | Unset
        if isinstance(_sql, Unset):
            sql = UNSET
        else:
            sql = MetricSql.from_dict(_sql)

        _mixpanel = d.pop("mixpanel", UNSET)
        mixpanel: MetricMixpanel | Unset
        if isinstance(_mixpanel, Unset):
            mixpanel = UNSET
        else:
            mixpanel = MetricMixpanel.from_dict(_mixpanel)

        metric = cls(
            id=id,
            date_created=date_created,
            date_updated=date_updated,
            owner=owner,
            datasource_id=datasource_id,
            name=name,
            description=description,
            type_=type_,
            tags=tags,
            projects=projects,
            archived=archived,
            behavior=behavior,
            sql=sql,
            mixpanel=mixpanel,
        )

        metric.additional_properties = d
        return metric

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
from ..models.metric_behavior import MetricBehavior
from ..models.metric_mixpanel import MetricMixpanel
from ..models.metric_sql import MetricSql
