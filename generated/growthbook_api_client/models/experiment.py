from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.experiment_analysis_settings import ExperimentAnalysisSettings
    from ..models.experiment_phase import ExperimentPhase
    from ..models.experiment_result_summary import ExperimentResultSummary
    from ..models.experiment_variation import ExperimentVariation


T = TypeVar("T", bound="Experiment")


@_attrs_define
class Experiment:
    """
    Attributes:
        id (str):
        date_created (datetime.datetime):
        date_updated (datetime.datetime):
        name (str):
        project (str):
        hypothesis (str):
        description (str):
        tags (list[str]):
        owner (str):
        archived (bool):
        status (str):
        auto_refresh (bool):
        hash_attribute (str):
        variations (list[ExperimentVariation]):
        phases (list[ExperimentPhase]):
        settings (ExperimentAnalysisSettings):
        result_summary (ExperimentResultSummary | Unset):
    """

    id: str
    date_created: datetime.datetime
    date_updated: datetime.datetime
    name: str
    project: str
    hypothesis: str
    description: str
    tags: list[str]
    owner: str
    archived: bool
    status: str
    auto_refresh: bool
    hash_attribute: str
    variations: list[ExperimentVariation]
    phases: list[ExperimentPhase]
    settings: ExperimentAnalysisSettings
    result_summary: ExperimentResultSummary | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        date_created = self.date_created.isoformat()

        date_updated = self.date_updated.isoformat()

        name = self.name

        project = self.project

        hypothesis = self.hypothesis

        description = self.description

        tags = self.tags

        owner = self.owner

        archived = self.archived

        status = self.status

        auto_refresh = self.auto_refresh

        hash_attribute = self.hash_attribute

        variations = []
        for variations_item_data in self.variations:
            variations_item = variations_item_data.to_dict()
            variations.append(variations_item)

        phases = []
        for phases_item_data in self.phases:
            phases_item = phases_item_data.to_dict()
            phases.append(phases_item)

        settings = self.settings.to_dict()

        result_summary: dict[str, Any] | Unset = UNSET
        if not isinstance(self.result_summary, Unset):
            result_summary = self.result_summary.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "dateCreated": date_created,
                "dateUpdated": date_updated,
                "name": name,
                "project": project,
                "hypothesis": hypothesis,
                "description": description,
                "tags": tags,
                "owner": owner,
                "archived": archived,
                "status": status,
                "autoRefresh": auto_refresh,
                "hashAttribute": hash_attribute,
                "variations": variations,
                "phases": phases,
                "settings": settings,
            }
        )
        if result_summary is not UNSET:
            field_dict["resultSummary"] = result_summary

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        date_created = datetime.datetime.fromisoformat(d.pop("dateCreated"))

        date_updated = datetime.datetime.fromisoformat(d.pop("dateUpdated"))

        name = d.pop("name")

        project = d.pop("project")

        hypothesis = d.pop("hypothesis")

        description = d.pop("description")

        tags = cast(list[str], d.pop("tags"))

        owner = d.pop("owner")

        archived = d.pop("archived")

        status = d.pop("status")

        auto_refresh = d.pop("autoRefresh")

        hash_attribute = d.pop("hashAttribute")

        variations = []
        _variations = d.pop("variations")
        if not isinstance(_variations, list):
            raise TypeError(
                f"variations: expected a list, got {type(_variations).__name__}"
            )
        for variations_item_data in _variations:
            variations_item = ExperimentVariation.from_dict(variations_item_data)

            variations.append(variations_item)

        phases = []
        _phases = d.pop("phases")
        if not isinstance(_phases, list):
            raise TypeError(f"phases: expected a list, got {type(_phases).__name__}")
        for phases_item_data in _phases:
            phases_item = ExperimentPhase.from_dict(phases_item_data)

            phases.append(phases_item)

        settings = ExperimentAnalysisSettings.from_dict(d.pop("settings"))

        _result_summary = d.pop("resultSummary", UNSET)
        result_summary: ExperimentResultSummary | Unset
        if isinstance(_result_summary, Unset):
            result_summary = UNSET
        else:
            result_summary = ExperimentResultSummary.from_dict(_result_summary)

        experiment = cls(
            id=id,
            date_created=date_created,
            date_updated=date_updated,
            name=name,
            project=project,
            hypothesis=hypothesis,
            description=description,
            tags=tags,
            owner=owner,
            archived=archived,
            status=status,
            auto_refresh=auto_refresh,
            hash_attribute=hash_attribute,
            variations=variations,
            phases=phases,
            settings=settings,
            result_summary=result_summary,
        )

        experiment.additional_properties = d
        return experiment

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
from ..models.experiment_analysis_settings import ExperimentAnalysisSettings
from ..models.experiment_phase import ExperimentPhase
from ..models.experiment_result_summary import ExperimentResultSummary
from ..models.experiment_variation import ExperimentVariation
