# Generated from openapi/aiwyn.yaml by openapi-python-client 0.29.1 with overlays/templates/model.py.jinja: edit those; `make generate` rewrites this file.
from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

T = TypeVar("T", bound="CommunicationPreferences")


@_attrs_define(repr=False)
class CommunicationPreferences(Model):
    preferred_method: str | Unset = UNSET
    email_frequency: str | Unset = UNSET
    newsletter_subscription: bool | Unset = UNSET
    marketing_emails: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False)
    """ Keys the description does not declare. Made on first use (aiwyn_client._model): most records have none. """
    _known_keys: ClassVar[frozenset[str]] = frozenset(
        {
            "preferredMethod",
            "emailFrequency",
            "newsletterSubscription",
            "marketingEmails",
        }
    )
    _wire_fields: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("preferred_method", "preferredMethod", False, ""),
        ("email_frequency", "emailFrequency", False, ""),
        ("newsletter_subscription", "newsletterSubscription", False, ""),
        ("marketing_emails", "marketingEmails", False, ""),
    )
    """ How aiwyn_client._wire builds this model's msgspec Struct: attribute, JSON key, required, and whether its values are records (list:Model, one:Model). """

    def to_dict(self) -> dict[str, Any]:
        preferred_method = self.preferred_method

        email_frequency = self.email_frequency

        newsletter_subscription = self.newsletter_subscription

        marketing_emails = self.marketing_emails

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if preferred_method is not UNSET:
            field_dict["preferredMethod"] = preferred_method
        if email_frequency is not UNSET:
            field_dict["emailFrequency"] = email_frequency
        if newsletter_subscription is not UNSET:
            field_dict["newsletterSubscription"] = newsletter_subscription
        if marketing_emails is not UNSET:
            field_dict["marketingEmails"] = marketing_emails

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if cls is CommunicationPreferences and len(src_dict) >= 4:
            try:
                communication_preferences = cls.__new__(cls)
                communication_preferences.preferred_method = src_dict["preferredMethod"]
                communication_preferences.email_frequency = src_dict["emailFrequency"]
                communication_preferences.newsletter_subscription = src_dict["newsletterSubscription"]
                communication_preferences.marketing_emails = src_dict["marketingEmails"]
            except (KeyError, TypeError):
                pass  # a field missing, or a value that does not decode: the path below decides
            else:
                if len(src_dict) > 4:
                    known = CommunicationPreferences._known_keys
                    communication_preferences.additional_properties = {
                        k: v for k, v in src_dict.items() if k not in known
                    }
                return communication_preferences

        get = src_dict.get
        preferred_method = get("preferredMethod", UNSET)
        email_frequency = get("emailFrequency", UNSET)
        newsletter_subscription = get("newsletterSubscription", UNSET)
        marketing_emails = get("marketingEmails", UNSET)
        communication_preferences = cls(
            preferred_method,
            email_frequency,
            newsletter_subscription,
            marketing_emails,
        )

        known = CommunicationPreferences._known_keys
        if not known.issuperset(src_dict):  # otherwise the empty dict the constructor made stays
            communication_preferences.additional_properties = {k: v for k, v in src_dict.items() if k not in known}
        return communication_preferences

    @classmethod
    def _list_from_dicts(cls: type[T], items: Iterable[Mapping[str, Any]]) -> list[T]:
        """``[cls.from_dict(item) for item in items]``, with the fast path in line: no call per item."""
        if cls is not CommunicationPreferences:
            return [cls.from_dict(item) for item in items]
        decoded: list[T] = []
        append, new = decoded.append, cls.__new__
        for src_dict in items:
            if len(src_dict) >= 4:
                try:
                    communication_preferences = new(cls)
                    communication_preferences.preferred_method = src_dict["preferredMethod"]
                    communication_preferences.email_frequency = src_dict["emailFrequency"]
                    communication_preferences.newsletter_subscription = src_dict["newsletterSubscription"]
                    communication_preferences.marketing_emails = src_dict["marketingEmails"]
                except (KeyError, TypeError):
                    communication_preferences = cls.from_dict(src_dict)
                else:
                    if len(src_dict) > 4:
                        known = CommunicationPreferences._known_keys
                        communication_preferences.additional_properties = {
                            k: v for k, v in src_dict.items() if k not in known
                        }
            else:
                communication_preferences = cls.from_dict(src_dict)
            append(communication_preferences)
        return decoded

    @classmethod
    def _from_wire(cls: type[T], src_wire: Any) -> T:
        """The model from its msgspec Struct (aiwyn_client._wire), with from_dict's semantics."""
        if type(src_wire) is dict:  # a model with no Struct (aiwyn_client._wire): it came as a dict
            return cls.from_dict(src_wire)
        extra = src_wire.aiwyn_extra_
        communication_preferences = cls.__new__(cls)
        communication_preferences.preferred_method = src_wire.preferred_method
        communication_preferences.email_frequency = src_wire.email_frequency
        communication_preferences.newsletter_subscription = src_wire.newsletter_subscription
        communication_preferences.marketing_emails = src_wire.marketing_emails
        if extra is not None:  # keys the description does not declare, which this Struct learnt (aiwyn_client._wire)
            found = extra(src_wire)
            if found:
                communication_preferences.additional_properties = found
        return communication_preferences

    @classmethod
    def _list_from_wire(cls: type[T], items: list[Any]) -> list[T]:
        """``[cls._from_wire(item) for item in items]``, in line: no call per item."""
        if not items or type(items[0]) is dict:  # an item model with no Struct: its records came as dicts
            return cls._list_from_dicts(items)
        extra = items[0].aiwyn_extra_  # one Struct type for every item
        decoded: list[T] = []
        append, new = decoded.append, cls.__new__
        for src_wire in items:
            communication_preferences = new(cls)
            communication_preferences.preferred_method = src_wire.preferred_method
            communication_preferences.email_frequency = src_wire.email_frequency
            communication_preferences.newsletter_subscription = src_wire.newsletter_subscription
            communication_preferences.marketing_emails = src_wire.marketing_emails
            if (
                extra is not None
            ):  # keys the description does not declare, which this Struct learnt (aiwyn_client._wire)
                found = extra(src_wire)
                if found:
                    communication_preferences.additional_properties = found
            append(communication_preferences)
        return decoded

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
