"""The HSDS 3.0 object model as data: each object's fields, its required fields, and the
names older versions and other systems used for them.

Taken from the official HSDS 3.0 JSON Schemas (openreferral/specification, branch 3.0,
``schema/*.json``). Importers use it to keep records to HSDS 3 names (docs/records.md);
the export uses it to never write an object that lacks a required field.
"""

from __future__ import annotations

#: Every property the HSDS 3.0 schema defines, per object kind.
HSDS_FIELDS: dict[str, frozenset[str]] = {
    "service": frozenset(
        {
            "accreditations",
            "alert",
            "alternate_name",
            "application_process",
            "assured_date",
            "assurer_email",
            "attributes",
            "contacts",
            "cost_options",
            "description",
            "eligibility_description",
            "email",
            "fees",
            "fees_description",
            "funding",
            "id",
            "interpretation_services",
            "languages",
            "last_modified",
            "licenses",
            "maximum_age",
            "metadata",
            "minimum_age",
            "name",
            "organization",
            "organization_id",
            "phones",
            "program",
            "program_id",
            "required_documents",
            "schedules",
            "service_areas",
            "service_at_locations",
            "status",
            "url",
            "wait_time",
        }
    ),
    "organization": frozenset(
        {
            "alternate_name",
            "attributes",
            "contacts",
            "description",
            "email",
            "funding",
            "id",
            "legal_status",
            "locations",
            "logo",
            "metadata",
            "name",
            "organization_identifiers",
            "parent_organization_id",
            "phones",
            "programs",
            "tax_id",
            "tax_status",
            "uri",
            "website",
            "year_incorporated",
        }
    ),
    "location": frozenset(
        {
            "accessibility",
            "addresses",
            "alternate_name",
            "attributes",
            "contacts",
            "description",
            "external_identifier",
            "external_identifier_type",
            "id",
            "languages",
            "latitude",
            "location_type",
            "longitude",
            "metadata",
            "name",
            "organization_id",
            "phones",
            "schedules",
            "transportation",
            "url",
        }
    ),
    "service_at_location": frozenset(
        {
            "attributes",
            "contacts",
            "description",
            "id",
            "location",
            "location_id",
            "metadata",
            "phones",
            "schedules",
            "service_id",
        }
    ),
    "address": frozenset(
        {
            "address_1",
            "address_2",
            "address_type",
            "attention",
            "attributes",
            "city",
            "country",
            "id",
            "location_id",
            "metadata",
            "postal_code",
            "region",
            "state_province",
        }
    ),
    "phone": frozenset(
        {
            "attributes",
            "contact_id",
            "description",
            "extension",
            "id",
            "languages",
            "location_id",
            "metadata",
            "number",
            "organization_id",
            "service_at_location_id",
            "service_id",
            "type",
        }
    ),
    "schedule": frozenset(
        {
            "attending_type",
            "attributes",
            "byday",
            "bymonthday",
            "byweekno",
            "byyearday",
            "closes_at",
            "count",
            "description",
            "dtstart",
            "freq",
            "id",
            "interval",
            "location_id",
            "metadata",
            "notes",
            "opens_at",
            "schedule_link",
            "service_at_location_id",
            "service_id",
            "timezone",
            "until",
            "valid_from",
            "valid_to",
            "wkst",
        }
    ),
    "service_area": frozenset(
        {
            "attributes",
            "description",
            "extent",
            "extent_type",
            "id",
            "metadata",
            "name",
            "service_id",
            "uri",
        }
    ),
    "language": frozenset(
        {
            "attributes",
            "code",
            "id",
            "location_id",
            "metadata",
            "name",
            "note",
            "phone_id",
            "service_id",
        }
    ),
    "funding": frozenset(
        {"attributes", "id", "metadata", "organization_id", "service_id", "source"}
    ),
    "cost_option": frozenset(
        {
            "amount",
            "amount_description",
            "attributes",
            "currency",
            "id",
            "metadata",
            "option",
            "service_id",
            "valid_from",
            "valid_to",
        }
    ),
    "program": frozenset(
        {"alternate_name", "attributes", "description", "id", "metadata", "name", "organization_id"}
    ),
    "required_document": frozenset(
        {"attributes", "document", "id", "metadata", "service_id", "uri"}
    ),
    "contact": frozenset(
        {
            "attributes",
            "department",
            "email",
            "id",
            "location_id",
            "metadata",
            "name",
            "organization_id",
            "phones",
            "service_at_location_id",
            "service_id",
            "title",
        }
    ),
    "attribute": frozenset(
        {
            "id",
            "link_entity",
            "link_id",
            "link_type",
            "metadata",
            "taxonomy_term",
            "taxonomy_term_id",
            "value",
        }
    ),
    "metadata": frozenset(
        {
            "field_name",
            "id",
            "last_action_date",
            "last_action_type",
            "previous_value",
            "replacement_value",
            "resource_id",
            "resource_type",
            "updated_by",
        }
    ),
    "accessibility": frozenset(
        {"attributes", "description", "details", "id", "location_id", "metadata", "url"}
    ),
    "taxonomy_term": frozenset(
        {
            "code",
            "description",
            "id",
            "language",
            "metadata",
            "name",
            "parent_id",
            "taxonomy",
            "taxonomy_detail",
            "taxonomy_id",
            "term_uri",
        }
    ),
    "taxonomy": frozenset({"description", "id", "metadata", "name", "uri", "version"}),
    "organization_identifier": frozenset(
        {
            "attributes",
            "id",
            "identifier",
            "identifier_scheme",
            "identifier_type",
            "metadata",
            "organization_id",
        }
    ),
}

#: Fields the HSDS 3.0 schema requires, per object kind.
HSDS_REQUIRED: dict[str, tuple[str, ...]] = {
    "service": ("id", "name", "status"),
    "organization": ("id", "name", "description"),
    "location": ("id", "location_type"),
    "service_at_location": ("id",),
    "address": (
        "id",
        "address_1",
        "city",
        "state_province",
        "postal_code",
        "country",
        "address_type",
    ),
    "phone": ("id", "number"),
    "schedule": ("id",),
    "service_area": ("id",),
    "language": ("id",),
    "funding": ("id",),
    "cost_option": ("id",),
    "program": ("id", "name", "description"),
    "required_document": ("id",),
    "contact": ("id",),
    "attribute": ("id",),
    "metadata": (
        "id",
        "last_action_date",
        "last_action_type",
        "field_name",
        "previous_value",
        "replacement_value",
        "updated_by",
    ),
    "accessibility": ("id",),
    "taxonomy_term": ("id", "name", "description"),
    "taxonomy": ("id", "name", "description"),
    "organization_identifier": ("id", "identifier_type", "identifier"),
}

#: Column names from HSDS 1.x/2.x, Ohana and spreadsheet exports, per object kind, and
#: the HSDS 3 field each one means. A name is only renamed when the HSDS 3 field is empty.
OLDER_NAMES: dict[str, dict[str, str]] = {
    "service": {
        "website": "url",
        "eligibility": "eligibility_description",
        "fees": "fees_description",
        "fee": "fees_description",
        "wait": "wait_time",
        "service_name": "name",
        "service_description": "description",
        "funding_sources": "funding",
        "interpretation": "interpretation_services",
        "email_address": "email",
        "min_age": "minimum_age",
        "max_age": "maximum_age",
        "age_min": "minimum_age",
        "age_max": "maximum_age",
    },
    "organization": {
        "url": "website",
        "funding_sources": "funding",
        "organization_name": "name",
        "email_address": "email",
    },
    "location": {
        "website": "url",
        "location_name": "name",
        "lat": "latitude",
        "lon": "longitude",
        "lng": "longitude",
        "long": "longitude",
        "accessibility_for_disabilities": "accessibility",
    },
    "address": {
        "address": "address_1",
        "street": "address_1",
        "street_address": "address_1",
        "address1": "address_1",
        "address2": "address_2",
        "state": "state_province",
        "province": "state_province",
        "zip": "postal_code",
        "zip_code": "postal_code",
        "zipcode": "postal_code",
        "postcode": "postal_code",
        "county": "region",
    },
    "phone": {
        "number_type": "type",
        "phone_type": "type",
        "phone_number": "number",
        "phone": "number",
        "department": "description",
    },
    "taxonomy_term": {"term": "name", "vocabulary": "taxonomy", "parent": "parent_id"},
    "language": {"language": "name"},
    "accessibility": {"accessibility": "description"},
    "service_area": {"service_area": "name"},
    "funding": {"funding_source": "source", "funding": "source"},
    "required_document": {"required_document": "document"},
    "contact": {"contact_name": "name"},
    "schedule": {"start_date": "valid_from", "end_date": "valid_to"},
}
