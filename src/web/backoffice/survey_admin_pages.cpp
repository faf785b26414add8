// Khảo sát in the back office (requirements §4 P18, B1): every survey with its state and number of
// responses, closing and reopening, and a form that publishes a new one of up to kSlots questions.
#include <cctype>

#include "app/administration.hpp"
#include "app/errors.hpp"
#include "app/surveys.hpp"
#include "core/text.hpp"
#include "web/backoffice/backoffice_pages.hpp"
#include "web/pages/page_support.hpp"
#include "web/pages/survey_view.hpp"

namespace motcua::web::backoffice {
namespace {

using nlohmann::json;

constexpr const char* kPage = "/mot-cua/quan-tri/khao-sat";
constexpr std::size_t kSlots = 8;
constexpr int kEndOfDay = 24 * 60 - 1;

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines;
  std::size_t start = 0;
  while (start <= text.size()) {
    const auto end = std::min(text.find('\n', start), text.size());
    const auto line = core::trim(text.substr(start, end - start));
    if (!line.empty()) lines.push_back(line);
    start = end + 1;
  }
  return lines;
}

// The filled slots, in order; a slot without a question text is left out.
core::SurveyDefinition posted_definition(PageRequest& page) {
  core::SurveyDefinition survey{page.field("title"), page.field("description"), {}};
  for (std::size_t i = 0; i < kSlots; ++i) {
    const auto prefix = "q" + std::to_string(i) + "_";
    core::SurveyQuestion question;
    question.text = core::trim(page.field(prefix + "text"));
    if (question.text.empty()) continue;
    if (!core::parse_survey_question_type(page.field(prefix + "type"), question.type))
      app::throw_invalid({{prefix + "type", "error.option"}});
    if (question.type != core::SurveyQuestionType::text)
      question.options = lines_of(page.field(prefix + "options"));
    question.required = page.field(prefix + "required") == "1";
    survey.questions.push_back(std::move(question));
  }
  return survey;
}

std::optional<core::Instant> posted_closing(PageRequest& page) {
  const auto text = page.field("closes_on");
  if (text.empty()) return std::nullopt;
  const auto date = core::parse_date(text);
  if (!date) app::throw_invalid({{"closes_on", "error.date"}});
  return core::from_local(*date, kEndOfDay);
}

json slots_view(PageRequest& page) {
  json slots = json::array();
  for (std::size_t i = 0; i < kSlots; ++i) {
    const auto prefix = "q" + std::to_string(i) + "_";
    const auto type = page.field(prefix + "type");
    json types = json::array();
    for (const auto* name : {"single", "multiple", "text"})
      types.push_back({{"value", name},
                       {"label", page.text(std::string("survey.type.") + name)},
                       {"selected", type == name}});
    slots.push_back(
        {{"number", i + 1},
         {"prefix", prefix},
         {"text", page.field(prefix + "text")},
         {"options", page.field(prefix + "options")},
         {"required", page.form.fields.empty() || page.field(prefix + "required") == "1"},
         {"types", types}});
  }
  return slots;
}

Response surveys_page(PageRequest& page, json extra, int status) {
  app::Surveys surveys(page.context.services);
  json items = json::array();
  for (const auto& survey : surveys.list(&page.principal())) {
    auto view = survey_summary_view(page, surveys, survey);
    view["toggle_url"] =
        std::string(kPage) + "/" + std::to_string(survey.id) + (survey.open ? "/dong" : "/mo-lai");
    view["stored_open"] = survey.open;
    items.push_back(view);
  }
  json model{{"title", page.text("survey.admin_title")},
             {"nav", "backoffice"},
             {"csrf", page.csrf_token()},
             {"items", items},
             {"has_items", !items.empty()},
             {"survey_title", page.field("title")},
             {"description", page.field("description")},
             {"closes_on", page.field("closes_on")},
             {"slots", slots_view(page)}};
  if (page.http.query_or("xong", "") == "1") model["flash"] = page.text("survey.admin_done");
  model.update(extra);
  return render_page(page, "backoffice/surveys", std::move(model), status);
}

// "questions.2.options" reads "Câu hỏi 3"; other fields by their label.
std::string field_label(PageRequest& page, const std::string& field) {
  if (field.rfind("questions.", 0) == 0 && field.size() > 10 && std::isdigit(field[10]) != 0)
    return page.text("survey.question") + " " + std::to_string(std::stoi(field.substr(10)) + 1);
  if (field.size() > 3 && field[0] == 'q' && std::isdigit(field[1]) != 0)
    return page.text("survey.question") + " " + std::to_string(std::stoi(field.substr(1)) + 1);
  if (field == "questions") return page.text("survey.question");
  return page.text("survey.field." + (field == "closes_at" ? std::string("closes_on") : field));
}

Response publish(PageRequest& page) {
  try {
    app::Surveys(page.context.services)
        .publish(page.principal(), posted_definition(page), posted_closing(page),
                 client_address(page.context, page.http));
  } catch (const app::AppError& error) {
    if (error.kind() != app::ErrorKind::invalid_input) throw;
    json errors = json::array();
    for (const auto& [field, text] : field_messages(page, error))
      errors.push_back(
          {{"href", "#survey-form"}, {"text", field_label(page, field) + ": " + text}});
    return surveys_page(page, {{"has_errors", true}, {"errors", errors}}, 400);
  }
  return see_other(std::string(kPage) + "?xong=1");
}

Response toggle(PageRequest& page) {
  const auto action = page.http.param("action");
  if (action != "dong" && action != "mo-lai") app::throw_not_found("action");
  app::Surveys(page.context.services)
      .set_open(page.principal(), survey_id_param(page), action == "mo-lai",
                client_address(page.context, page.http));
  return see_other(std::string(kPage) + "?xong=1");
}

}  // namespace

void register_survey_admin_pages(Router& router, WebContext& context) {
  add_page(router, context, Method::get, kPage, [](PageRequest& page) {
    app::require_admin(page.principal());
    return surveys_page(page, json::object(), 200);
  });
  add_page(router, context, Method::post, kPage, publish);
  add_page(router, context, Method::post, std::string(kPage) + "/{id}/{action}", toggle);
}

}  // namespace motcua::web::backoffice
