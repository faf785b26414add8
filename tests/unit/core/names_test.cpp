#include <gtest/gtest.h>

#include <string>

#include "core/dossier.hpp"
#include "core/procedure.hpp"
#include "core/unit.hpp"

namespace motcua::core {
namespace {

TEST(Names, ServiceLevels) {
  EXPECT_EQ(service_level_name(ServiceLevel::toan_trinh), "toan_trinh");
  EXPECT_EQ(service_level_name(ServiceLevel::mot_phan), "mot_phan");
  EXPECT_EQ(service_level_name(ServiceLevel::truc_tiep), "truc_tiep");
  EXPECT_EQ(parse_service_level("mot_phan"), ServiceLevel::mot_phan);
  EXPECT_EQ(parse_service_level("toan_trinh"), ServiceLevel::toan_trinh);
  EXPECT_FALSE(parse_service_level("toàn trình"));
}

TEST(Names, Audiences) {
  for (Audience a : {Audience::citizen, Audience::business, Audience::both}) {
    EXPECT_EQ(parse_audience(audience_name(a)), a);
  }
  EXPECT_EQ(audience_name(Audience::both), "both");
  EXPECT_FALSE(parse_audience("everyone"));
}

TEST(Names, FieldTypes) {
  const std::pair<FieldType, std::string> names[] = {
      {FieldType::text, "text"},         {FieldType::textarea, "textarea"},
      {FieldType::number, "number"},     {FieldType::date, "date"},
      {FieldType::select, "select"},     {FieldType::radio, "radio"},
      {FieldType::checkbox, "checkbox"}, {FieldType::email, "email"},
      {FieldType::phone, "phone"},       {FieldType::citizen_id, "citizen_id"},
      {FieldType::address, "address"},   {FieldType::rows, "rows"},
      {FieldType::file, "file"}};
  for (const auto& [type, name] : names) {
    EXPECT_EQ(field_type_name(type), name);
    EXPECT_EQ(parse_field_type(name), type);
  }
  EXPECT_FALSE(parse_field_type("password"));
}

TEST(Names, UnitKinds) {
  const std::pair<UnitKind, std::string> names[] = {{UnitKind::province, "province"},
                                                    {UnitKind::agency, "agency"},
                                                    {UnitKind::department, "department"},
                                                    {UnitKind::centre, "centre"},
                                                    {UnitKind::commune, "commune"}};
  for (const auto& [kind, name] : names) {
    EXPECT_EQ(unit_kind_name(kind), name);
    EXPECT_EQ(parse_unit_kind(name), kind);
  }
  EXPECT_FALSE(parse_unit_kind("center"));
}

TEST(Names, ChannelsAndReturnMethods) {
  const std::pair<Channel, std::string> channels[] = {
      {Channel::counter, "counter"},
      {Channel::online, "online"},
      {Channel::post, "post"},
      {Channel::national_portal, "national_portal"}};
  for (const auto& [channel, name] : channels) {
    EXPECT_EQ(channel_name(channel), name);
    EXPECT_EQ(parse_channel(name), channel);
  }
  EXPECT_FALSE(parse_channel("email"));
  const std::pair<ReturnMethod, std::string> methods[] = {{ReturnMethod::counter, "counter"},
                                                          {ReturnMethod::post, "post"},
                                                          {ReturnMethod::online, "online"}};
  for (const auto& [method, name] : methods) {
    EXPECT_EQ(return_method_name(method), name);
    EXPECT_EQ(parse_return_method(name), method);
  }
  EXPECT_FALSE(parse_return_method("national_portal"));
}

}  // namespace
}  // namespace motcua::core
