#include "core/procedure.hpp"

#include "core/enum_names.hpp"

namespace motcua::core {

namespace {

// Decree 42/2022 levels: full online, partial online, at the counter only.
constexpr detail::NameTable<ServiceLevel, 3> kLevels{{
    {ServiceLevel::toan_trinh, "toan_trinh"},
    {ServiceLevel::mot_phan, "mot_phan"},
    {ServiceLevel::truc_tiep, "truc_tiep"},
}};

constexpr detail::NameTable<Audience, 3> kAudiences{{
    {Audience::citizen, "citizen"},
    {Audience::business, "business"},
    {Audience::both, "both"},
}};

constexpr detail::NameTable<FieldType, 13> kFieldTypes{{
    {FieldType::text, "text"},
    {FieldType::textarea, "textarea"},
    {FieldType::number, "number"},
    {FieldType::date, "date"},
    {FieldType::select, "select"},
    {FieldType::radio, "radio"},
    {FieldType::checkbox, "checkbox"},
    {FieldType::email, "email"},
    {FieldType::phone, "phone"},
    {FieldType::citizen_id, "citizen_id"},
    {FieldType::address, "address"},
    {FieldType::rows, "rows"},
    {FieldType::file, "file"},
}};

}  // namespace

std::string_view service_level_name(ServiceLevel level) { return detail::name_of(kLevels, level); }

std::optional<ServiceLevel> parse_service_level(std::string_view name) {
  return detail::parse_name(kLevels, name);
}

std::string_view audience_name(Audience audience) { return detail::name_of(kAudiences, audience); }

std::optional<Audience> parse_audience(std::string_view name) {
  return detail::parse_name(kAudiences, name);
}

std::string_view field_type_name(FieldType type) { return detail::name_of(kFieldTypes, type); }

std::optional<FieldType> parse_field_type(std::string_view name) {
  return detail::parse_name(kFieldTypes, name);
}

}  // namespace motcua::core
