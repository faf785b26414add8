// The national procedure catalog as the portal sends it: read whole when well formed, malformed
// entries left out and counted, and answers that are not a catalog, or too big, refused.
#include "integrations/national_catalog_parser.hpp"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

namespace motcua::integrations {
namespace {

using nlohmann::json;

json entry(const std::string& code) {
  return {
      {"MATTHC", code},
      {"TENTTHC", "Đăng ký khai sinh"},
      {"LINHVUCTHUCHIEN", json::array({{{"MALINHVUC", "G09-TP04"}, {"TENLINHVUC", "Hộ tịch"}}})},
      {"COQUANTHUCHIEN", json::array({{{"TENDONVI", "Ủy ban nhân dân cấp xã"}}})},
      {"CACHTHUCTHUCHIEN",
       json::array({{{"KENH", 1},
                     {"THOIGIAN",
                      json::array({{{"THOIGIANGIAIQUYET", "1"}, {"DONVITINH", "Ngày làm việc"}}})},
                     {"PHILEPHI", json::array({{{"SOTIEN", 0}}, {{"SOTIEN", "8000"}}})}},
                    {{"KENH", 2},
                     {"THOIGIAN", json::array({{{"THOIGIANGIAIQUYET", 0.5},
                                                {"DONVITINH", "Ngày làm việc"}}})}}})}};
}

ParsedCatalog parsed(const json& body) {
  const auto result = parse_national_catalog(body.dump());
  EXPECT_TRUE(result) << body.dump();
  return result.value_or(ParsedCatalog{});
}

TEST(NationalCatalogParser, AWellFormedEntryIsReadWhole) {
  const auto result = parsed(json::array({entry("1.001193")}));
  EXPECT_EQ(result.rejected, 0);
  ASSERT_EQ(result.procedures.size(), 1U);
  const auto& procedure = result.procedures[0];
  EXPECT_EQ(procedure.code, "1.001193");
  EXPECT_EQ(procedure.name, "Đăng ký khai sinh");
  ASSERT_EQ(procedure.sectors.size(), 1U);
  EXPECT_EQ(procedure.sectors[0].code, "G09-TP04");
  EXPECT_EQ(procedure.sectors[0].name, "Hộ tịch");
  EXPECT_EQ(procedure.agencies, std::vector<std::string>{"Ủy ban nhân dân cấp xã"});
  ASSERT_EQ(procedure.durations.size(), 2U);
  EXPECT_EQ(procedure.durations[0].channel, 1);
  EXPECT_EQ(procedure.durations[0].value, "1");
  EXPECT_EQ(procedure.durations[0].unit, "Ngày làm việc");
  EXPECT_EQ(procedure.durations[1].channel, 2);
  EXPECT_EQ(procedure.durations[1].value, "0.5") << "a number is kept as its text";
  EXPECT_EQ(procedure.fees_vnd, (std::vector<long long>{0, 8000})) << "numbers and digit strings";
}

TEST(NationalCatalogParser, OptionalListsMayBeAbsent) {
  const auto result =
      parsed(json::array({{{"MATTHC", "1.000656"}, {"TENTTHC", "Đăng ký khai tử"}}}));
  ASSERT_EQ(result.procedures.size(), 1U);
  EXPECT_TRUE(result.procedures[0].durations.empty());
  EXPECT_TRUE(result.procedures[0].fees_vnd.empty());
}

TEST(NationalCatalogParser, AnEntryWithAMissingFieldIsLeftOutAndCounted) {
  auto no_code = entry("1.000001");
  no_code.erase("MATTHC");
  auto no_name = entry("1.000002");
  no_name.erase("TENTTHC");
  auto no_unit = entry("1.000003");
  no_unit["CACHTHUCTHUCHIEN"][0]["THOIGIAN"][0].erase("DONVITINH");
  auto no_amount = entry("1.000004");
  no_amount["CACHTHUCTHUCHIEN"][0]["PHILEPHI"][0].erase("SOTIEN");
  auto no_channel = entry("1.000005");
  no_channel["CACHTHUCTHUCHIEN"][0].erase("KENH");
  const auto result =
      parsed(json::array({no_code, no_name, entry("1.001193"), no_unit, no_amount, no_channel}));
  EXPECT_EQ(result.rejected, 5);
  ASSERT_EQ(result.procedures.size(), 1U);
  EXPECT_EQ(result.procedures[0].code, "1.001193");
}

TEST(NationalCatalogParser, AnEntryWithAWrongTypeIsLeftOutAndCounted) {
  std::vector<json> wrong(8, entry("1.000001"));
  wrong[0]["MATTHC"] = 1001193;
  wrong[1]["TENTTHC"] = json::array({"Đăng ký"});
  wrong[2]["LINHVUCTHUCHIEN"] = "Hộ tịch";
  wrong[3]["COQUANTHUCHIEN"] = json::array({"Ủy ban"});
  wrong[4]["CACHTHUCTHUCHIEN"][0]["KENH"] = "1";
  wrong[5]["CACHTHUCTHUCHIEN"][0]["PHILEPHI"][0]["SOTIEN"] = -5000;
  wrong[6]["CACHTHUCTHUCHIEN"][0]["PHILEPHI"][0]["SOTIEN"] = "8.000 đồng";
  wrong[7]["CACHTHUCTHUCHIEN"][0]["THOIGIAN"][0]["THOIGIANGIAIQUYET"] = json::object();
  json body = json::array({"1.001193", nullptr, 42});
  for (const auto& item : wrong) body.push_back(item);
  const auto result = parsed(body);
  EXPECT_EQ(result.rejected, 11);
  EXPECT_TRUE(result.procedures.empty());
}

TEST(NationalCatalogParser, ACodeListedTwiceIsReadOnce) {
  auto repeat = entry("1.001193");
  repeat["TENTTHC"] = "Khai sinh";
  const auto result = parsed(json::array({entry("1.001193"), repeat}));
  ASSERT_EQ(result.procedures.size(), 1U);
  EXPECT_EQ(result.procedures[0].name, "Đăng ký khai sinh");
  EXPECT_EQ(result.rejected, 1);
}

TEST(NationalCatalogParser, OversizedTextsListsAndCodesAreLeftOut) {
  auto long_name = entry("1.000001");
  long_name["TENTTHC"] = std::string(2001, 'a');
  auto long_code = entry(std::string(65, '1'));
  auto odd_code = entry("1.001193<script>");
  auto many_agencies = entry("1.000002");
  many_agencies["COQUANTHUCHIEN"] = json::array();
  for (int i = 0; i < 51; ++i) many_agencies["COQUANTHUCHIEN"].push_back({{"TENDONVI", "UBND"}});
  auto huge_fee = entry("1.000003");
  huge_fee["CACHTHUCTHUCHIEN"][0]["PHILEPHI"][0]["SOTIEN"] = 18446744073709551615ULL;
  const auto result =
      parsed(json::array({long_name, long_code, odd_code, many_agencies, huge_fee}));
  EXPECT_EQ(result.rejected, 5);
  EXPECT_TRUE(result.procedures.empty());
}

TEST(NationalCatalogParser, WhatIsNotACatalogIsNothing) {
  EXPECT_FALSE(parse_national_catalog(""));
  EXPECT_FALSE(parse_national_catalog("<html>Bảo trì</html>"));
  EXPECT_FALSE(parse_national_catalog(R"({"items": []})")) << "an object, not the list";
  EXPECT_FALSE(parse_national_catalog("[{\"MATTHC\": \"1\", \"TENTTHC\": \"\xC3\x28\"}]"))
      << "not UTF-8";
  json deep = json::array();
  for (int i = 0; i < 20; ++i) deep = json::array({deep});
  EXPECT_FALSE(parse_national_catalog(deep.dump()));
}

TEST(NationalCatalogParser, AnOversizedAnswerIsNothing) {
  json many = json::array();
  for (std::size_t i = 0; i <= kMaxCatalogProcedures; ++i) many.push_back(nullptr);
  EXPECT_FALSE(parse_national_catalog(many.dump()));
  EXPECT_FALSE(parse_national_catalog(std::string(kMaxCatalogBytes + 1, ' ')));
}

TEST(NationalCatalogParser, AnEmptyCatalogIsEmpty) {
  const auto result = parse_national_catalog("[]");
  ASSERT_TRUE(result);
  EXPECT_TRUE(result->procedures.empty());
}

}  // namespace
}  // namespace motcua::integrations
