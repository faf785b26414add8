#include "web/json_text.hpp"

#include <gtest/gtest.h>

#include <limits>
#include <random>

namespace {

using motcua::web::json_text;
using nlohmann::json;

std::string library(const json& value) {
  return value.dump(-1, ' ', false, json::error_handler_t::replace);
}

TEST(JsonText, WritesWhatTheLibraryWrites) {
  const std::vector<std::string> strings = {
      "",
      "plain",
      "Hồ sơ đã tiếp nhận",
      "quote \" and backslash \\",
      "\b\f\n\r\t and \x01\x1f",
      "slash / and DEL \x7f",
      "two \xc3\xa9, three \xe2\x82\xac, four \xf0\x9f\x98\x80",
      "lone continuation \x80 here",
      "cut short \xe2\x82",
      "overlong \xc0\xaf",
      "surrogate \xed\xa0\x80",
      "beyond \xf4\x90\x80\x80",
      "\xff\xfe",
  };
  json object = json::object();
  json array = json::array();
  for (const auto& text : strings) {
    EXPECT_EQ(json_text(json(text)), library(json(text))) << text;
    object[text] = text;
    array.push_back(text);
  }
  const json values[] = {
      object,
      array,
      json::object(),
      json::array(),
      nullptr,
      true,
      false,
      0,
      -1,
      std::numeric_limits<std::int64_t>::min(),
      std::numeric_limits<std::uint64_t>::max(),
      0.1,
      -0.0,
      1e300,
      std::numeric_limits<double>::quiet_NaN(),
      {{"nested", {{"list", {1, "hai", nullptr, {{"ba", 3.5}}}}}}, {"empty", json::object()}},
  };
  for (const auto& value : values) EXPECT_EQ(json_text(value), library(value)) << library(value);
}

TEST(JsonText, WritesWhatTheLibraryWritesForAnyBytes) {
  std::mt19937 random(7);
  // Bytes drawn mostly from the ranges where UTF-8 goes wrong.
  const std::string alphabet = "a\"\\\x01\x7f\x80\xbf\xc0\xc2\xdf\xe0\xed\xef\xf0\xf4\xf5\xff";
  for (int round = 0; round < 20000; ++round) {
    std::string text(random() % 12, ' ');
    for (auto& c : text) c = alphabet[random() % alphabet.size()];
    ASSERT_EQ(json_text(json(text)), library(json(text)));
  }
}

}  // namespace
