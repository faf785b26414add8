// The shared validation cases (tests/data/form_validation_cases.json) on the server's side: the
// browser's static/js/eform-rules.js must give the same answers (tests/e2e/eform_rules.test.mjs).
#include <gtest/gtest.h>

#include "test_paths.hpp"

#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "app/form_json.hpp"
#include "app/procedure_json.hpp"
#include "core/form.hpp"

namespace motcua::app {
namespace {

using nlohmann::json;

json load_cases() {
  std::ifstream in(std::string(MOTCUA_TEST_DIR) + "/data/form_validation_cases.json");
  std::stringstream text;
  text << in.rdbuf();
  return json::parse(text.str());
}

std::vector<core::FormField> fields_of(const json& definitions) {
  return procedure_from_json({{"code", "0.000000"}, {"name", "cases"}, {"form", definitions}}).form;
}

std::map<std::string, std::string> expected_errors(const json& errors) {
  return errors.get<std::map<std::string, std::string>>();
}

core::FormContext context_of(const json& item) {
  core::FormContext context;
  if (item.contains("today")) context.today = core::parse_date(item.at("today").get<std::string>());
  return context;
}

TEST(FormValidationCases, EachFieldCaseGivesTheExpectedErrors) {
  const auto cases = load_cases();
  ASSERT_GT(cases.at("fields").size(), 50u);
  for (const auto& item : cases.at("fields")) {
    const auto fields = fields_of(json::array({item.at("field")}));
    json form = json::object();
    if (!item.at("value").is_null()) form[item.at("field").at("name").get<std::string>()] = item.at("value");
    const auto errors = core::validate_form(fields, to_form_values(form), context_of(item));
    EXPECT_EQ(errors, expected_errors(item.at("errors"))) << item.at("name");
  }
}

TEST(FormValidationCases, EachFormCaseAppliesVisibility) {
  const auto cases = load_cases();
  ASSERT_GE(cases.at("forms").size(), 6u);
  for (const auto& item : cases.at("forms")) {
    const auto errors = core::validate_form(fields_of(item.at("fields")),
                                            to_form_values(item.at("values")), context_of(item));
    EXPECT_EQ(errors, expected_errors(item.at("errors"))) << item.at("name");
  }
}

TEST(FormValidationCases, RulesSurviveTheProcedureJson) {
  const json definition{{"name", "so"},     {"label", "Số"},      {"type", "number"},
                        {"min", 1},         {"max", 9},           {"pattern", "[0-9]"},
                        {"min_length", 1},  {"min_date", "today"}, {"max_rows", 3},
                        {"hint", "Một chữ số"}};
  const auto field = fields_of(json::array({definition})).at(0);
  const auto back = form_field_to_json(field);
  EXPECT_EQ(back.at("min").get<double>(), 1);
  EXPECT_EQ(back.at("max").get<double>(), 9);
  EXPECT_EQ(back.at("pattern"), "[0-9]");
  EXPECT_EQ(back.at("min_date"), "today");
  EXPECT_EQ(back.at("max_rows"), 3);
  EXPECT_EQ(back.at("hint"), "Một chữ số");
}

}  // namespace
}  // namespace motcua::app
