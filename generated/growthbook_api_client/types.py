"""Contains some shared types for properties"""

import functools
from collections.abc import Mapping, MutableMapping
from http import HTTPStatus
from typing import IO, Any, BinaryIO, Generic, Self, TypeVar

import msgspec
from attrs import define
from msgspec import UNSET, UnsetType

#: The type of UNSET, the default of a parameter or request field that is left out.
Unset = UnsetType


class Model(msgspec.Struct, kw_only=True, omit_defaults=True, repr_omit_defaults=True):
    """Base of every generated model: a msgspec.Struct with keyword-only fields.

    Equality compares fields; the repr shows the fields that are set; a field the
    spec does not declare is ignored when decoding (the raw bytes stay in the
    generated ``Response.content``).
    """

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready builtins, with the API's JSON names; unset fields left out."""
        result: dict[str, Any] = msgspec.to_builtins(self)
        return result

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """Build the model from a mapping with the API's JSON names (as ``to_dict`` gives)."""
        return msgspec.convert(data, cls)


# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


M = TypeVar("M", bound=Model)


def build_with_files(cls: type[M], data: Mapping[str, Any]) -> M:
    """A multipart model from JSON names; a File cannot pass through msgspec.convert."""
    names = {f.encode_name: f.name for f in msgspec.structs.fields(cls)}
    return cls(**{names.get(key, key): value for key, value in dict(data).items()})


def multipart_of(model: Model) -> RequestFiles:
    """The multipart/form-data parts of a model: files as files, other fields as text."""
    files: RequestFiles = []
    for field in msgspec.structs.fields(model):
        value = getattr(model, field.name)
        if value is UNSET or value is None:
            continue
        if isinstance(value, File):
            files.append((field.encode_name, value.to_tuple()))
        else:
            text = (
                value if isinstance(value, str) else msgspec.json.encode(value).decode()
            )
            files.append((field.encode_name, (None, text.encode(), "text/plain")))
    return files


@functools.cache
def _decoder(tp: Any) -> "msgspec.json.Decoder[Any]":
    return msgspec.json.Decoder(tp)


def decode(tp: Any, content: bytes) -> Any:
    """Parse a response body into ``tp`` (a model, a list of models, ...) in one pass."""
    return _decoder(tp).decode(content)


def status_of(code: int) -> HTTPStatus | int:
    """The HTTPStatus for a code the stdlib knows, else the int itself (so 299 or 599 still parse)."""
    try:
        return HTTPStatus(code)
    except ValueError:
        return code


T = TypeVar("T")


@define
class Response(Generic[T]):
    """A response from an endpoint"""

    status_code: HTTPStatus | int
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None


__all__ = [
    "UNSET",
    "File",
    "FileTypes",
    "Model",
    "RequestFiles",
    "Response",
    "Unset",
    "UnsetType",
    "decode",
    "status_of",
]
