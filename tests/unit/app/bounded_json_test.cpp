// JSON from outside is refused when nested deeper than the bound, before any recursive walk sees
// it; and a form is stored only in the shallow shape every later walk expects.
#include "app/bounded_json.hpp"

#include <gtest/gtest.h>

#include "app/errors.hpp"
#include "app/form_json.hpp"
#include "app/procedure_json.hpp"

namespace motcua::app {
namespace {

using nlohmann::json;

std::string arrays(int depth) { return std::string(depth, '[') + std::string(depth, ']'); }

TEST(BoundedJson, ParsesADocumentUpToTheBound) {
  const auto parsed = parse_bounded_json(arrays(kMaxJsonDepth));
  ASSERT_FALSE(parsed.is_discarded());
  EXPECT_TRUE(parsed.is_array());
  EXPECT_EQ(parse_bounded_json(R"({"a": [1, {"b": "c"}]})")["a"][1]["b"], "c");
}

TEST(BoundedJson, RefusesOneLevelMoreAndAHundredThousand) {
  EXPECT_TRUE(parse_bounded_json(arrays(kMaxJsonDepth + 1)).is_discarded());
  EXPECT_TRUE(parse_bounded_json(arrays(100000)).is_discarded());
  EXPECT_TRUE(parse_bounded_json("{\"a\":" + std::string(100000, '{')).is_discarded());
}

TEST(BoundedJson, BracketsInStringsAreNotNesting) {
  const auto text = R"({"a": ")" + std::string(1000, '[') + R"(\"{{{{"})";
  EXPECT_FALSE(nests_deeper_than(text, 1));
  const auto parsed = parse_bounded_json(text);
  ASSERT_FALSE(parsed.is_discarded());
  EXPECT_EQ(parsed["a"].get<std::string>().size(), 1005u);
}

TEST(BoundedJson, CountsObjectsAndArraysTogetherAndClosedLevelsNoMore) {
  EXPECT_TRUE(nests_deeper_than(R"({"a": [{"b": [1]}]})", 3));
  EXPECT_FALSE(nests_deeper_than(R"({"a": [{"b": [1]}]})", 4));
  // Siblings are side by side, not inside one another.
  std::string siblings = "[";
  for (int i = 0; i < 1000; ++i) siblings += "[[1]],";
  siblings += "0]";
  EXPECT_FALSE(nests_deeper_than(siblings, 3));
}

TEST(BoundedJson, MalformedIsDiscarded) {
  EXPECT_TRUE(parse_bounded_json("{\"a\": ").is_discarded());
  EXPECT_TRUE(parse_bounded_json("").is_discarded());
}

AppError error_of(const json& form) {
  try {
    check_form_shape(form);
  } catch (const AppError& error) {
    return error;
  }
  ADD_FAILURE() << "accepted " << form.dump();
  return AppError(ErrorKind::unavailable, "none", "none");
}

TEST(FormShape, AcceptsScalarsRowsAndAddresses) {
  EXPECT_NO_THROW(check_form_shape({{"ho_ten", "Lê Thị Hoa"},
                                    {"so_con", 2},
                                    {"dong_y", true},
                                    {"ghi_chu", nullptr},
                                    {"con", json::array({{{"ten", "An"}, {"tuoi", 3}}})},
                                    {"dia_chi", {{"province", "H29"}, {"street", "1 Lê Lợi"}}}}));
}

TEST(FormShape, RefusesAnythingDeeperThanItsShape) {
  EXPECT_EQ(error_of({{"a", {{"b", {{"c", 1}}}}}}).kind(), ErrorKind::invalid_input);
  EXPECT_EQ(error_of({{"a", json::array({json::array({1})})}}).fields().count("a"), 1u);
  EXPECT_EQ(error_of({{"a", json::array({{{"b", json::array()}}})}}).kind(),
            ErrorKind::invalid_input);
}

// A row's cells are scalars: a column with columns of its own would only deepen every walk.
TEST(ProcedureJson, RefusesColumnsWithinAColumn) {
  const json field{{"name", "con"},
                   {"type", "rows"},
                   {"columns", json::array({{{"name", "x"}, {"columns", json::array()}}})}};
  EXPECT_THROW(
      procedure_from_json({{"code", "0.1"}, {"name", "n"}, {"form", json::array({field})}}),
      std::invalid_argument);
}

}  // namespace
}  // namespace motcua::app
