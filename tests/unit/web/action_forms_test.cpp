#include "web/backoffice/action_forms.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "web_test_support.hpp"

namespace motcua::web::backoffice {
namespace {

using core::Action;
using nlohmann::json;
using ::testing::HasSubstr;

std::string render(const json& view) {
  return testing::renderer().render("vi", "backoffice/action_form", view);
}

TEST(ActionParams, TakesEachActionsOwnFields) {
  EXPECT_EQ(action_params(Action::refuse, {{"reason", " Thiếu giấy tờ "}, {"amount", "5"}}),
            (json{{"reason", "Thiếu giấy tờ"}}));
  EXPECT_EQ(action_params(Action::forward, {{"to", "chuyenvien"}, {"comment", "Xử lý"}}),
            (json{{"to", "chuyenvien"}, {"comment", "Xử lý"}}));
  EXPECT_EQ(action_params(Action::request_supplement,
                          {{"reason", "Bổ sung"}, {"components", "a"}, {"components", "b"}}),
            (json{{"reason", "Bổ sung"}, {"components", {"a", "b"}}}));
  EXPECT_EQ(action_params(Action::receive, {}), (json{{"comment", ""}}));
}

TEST(ActionParams, AmountsAsNumbersAndDueDatesWithSeconds) {
  EXPECT_EQ(action_params(Action::request_payment, {{"amount", "1.500.000"}})["amount"], 1500000);
  EXPECT_EQ(action_params(Action::request_payment, {{"amount", "mười nghìn"}})["amount"],
            "mười nghìn");
  EXPECT_EQ(action_params(Action::apologize,
                          {{"reason", "Chậm"}, {"new_due_at", "2026-12-01T17:00"}})["new_due_at"],
            "2026-12-01T17:00:00");
}

TEST(ActionFormView, DrawsTheFieldsOfEachAction) {
  ActionFormInput input;
  input.code = "H29.50-261122-0001";
  input.csrf = "t";
  input.components = {{"to-khai", "Tờ khai", true, 1, 0, ""}};
  input.targets = {{"H29.12.05", "UBND phường (H29.12.05)", true},
                   {"chuyenvien", "Lê Văn Cường (chuyenvien)", false}};
  const auto& tr = testing::translations();
  const auto forward = render(action_form_view(tr, "vi", Action::forward, input));
  EXPECT_THAT(
      forward,
      HasSubstr(R"(action="&#x2F;mot-cua&#x2F;ho-so&#x2F;H29.50-261122-0001&#x2F;forward")"));
  EXPECT_THAT(forward,
              HasSubstr(R"(<option value="chuyenvien">Lê Văn Cường (chuyenvien)</option>)"));
  EXPECT_THAT(forward, HasSubstr(R"(name="_csrf" value="t")"));
  const auto supplement = render(action_form_view(tr, "vi", Action::request_supplement, input));
  EXPECT_THAT(supplement, HasSubstr(R"(name="components" type="checkbox" value="to-khai")"));
  const auto returning = render(action_form_view(tr, "vi", Action::return_result, input));
  EXPECT_THAT(returning, HasSubstr(R"(type="radio" value="online" checked)"));
  const auto apology = render(action_form_view(tr, "vi", Action::apologize, input));
  EXPECT_THAT(apology, HasSubstr("type=\"datetime-local\""));
  const auto refuse = render(action_form_view(tr, "vi", Action::refuse, input));
  EXPECT_THAT(refuse, HasSubstr("button-danger"));
}

TEST(ActionFormView, ShowsTheFailedPostAgainWithItsMessages) {
  ActionFormInput input;
  input.code = "X";
  input.failed_action = "refuse";
  input.posted = {{"reason", "<b>"}};
  input.messages = {{"reason", "Quá dài"}};
  const auto& tr = testing::translations();
  const auto refuse = render(action_form_view(tr, "vi", Action::refuse, input));
  EXPECT_THAT(refuse, HasSubstr("Quá dài"));
  EXPECT_THAT(refuse, HasSubstr("&lt;b&gt;</textarea>"));
  EXPECT_THAT(refuse, HasSubstr("id=\"a-refuse-reason\""));
  const auto stop = render(action_form_view(tr, "vi", Action::stop, input));
  EXPECT_THAT(stop, ::testing::Not(HasSubstr("Quá dài")));  // another action's form stays clean
}

}  // namespace
}  // namespace motcua::web::backoffice
