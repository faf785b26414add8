// Khảo sát (requirements §4 P18) on the portal: the surveys open now, and one survey with its
// questions for a signed-in person who has not answered yet, and its results once it is closed.
#include <algorithm>

#include "app/errors.hpp"
#include "app/surveys.hpp"
#include "web/pages/safe_redirect.hpp"
#include "web/pages/survey_view.hpp"
#include "web/portal/account_fields.hpp"
#include "web/portal/portal_pages.hpp"

namespace motcua::web::portal {
namespace {

using nlohmann::json;

constexpr const char* kList = "/ho-tro/khao-sat";

const app::Principal* who_of(const PageRequest& page) {
  return page.caller.signed_in() ? &*page.caller.principal : nullptr;
}

Response list(PageRequest& page) {
  app::Surveys surveys(page.context.services);
  json items = json::array();
  for (const auto& survey : surveys.list(nullptr))
    items.push_back(survey_summary_view(page, surveys, survey));
  return render_page(page, "portal/surveys",
                     {{"title", page.text("survey.title")},
                      {"nav", "support_survey"},
                      {"items", items},
                      {"has_items", !items.empty()}});
}

json question_views(PageRequest& page, const core::SurveyDefinition& definition,
                    const FieldMessages& messages) {
  json questions = json::array();
  for (std::size_t i = 0; i < definition.questions.size(); ++i) {
    const auto& q = definition.questions[i];
    const auto name = "q" + std::to_string(i);
    const auto chosen = page.form.values(name);
    json options = json::array();
    for (std::size_t o = 0; o < q.options.size(); ++o) {
      const auto value = std::to_string(o);
      options.push_back(
          {{"id", name + "-" + value},
           {"value", value},
           {"text", q.options[o]},
           {"checked", std::find(chosen.begin(), chosen.end(), value) != chosen.end()}});
    }
    questions.push_back({{"name", name},
                         {"text", q.text},
                         {"required", q.required},
                         {"single", q.type == core::SurveyQuestionType::single},
                         {"multiple", q.type == core::SurveyQuestionType::multiple},
                         {"is_text", q.type == core::SurveyQuestionType::text},
                         {"value", page.field(name)},
                         {"options", options},
                         {"error", message_of(messages, "answers." + std::to_string(i))}});
  }
  return questions;
}

Response survey_page(PageRequest& page, const FieldMessages& messages, int status) {
  app::Surveys surveys(page.context.services);
  const auto id = survey_id_param(page);
  const auto survey = surveys.read(id);
  const auto* who = who_of(page);
  const bool answered = surveys.answered(who, id);
  const bool open = surveys.accepting(survey);
  json model{{"title", survey.definition.title},
             {"nav", "support_survey"},
             {"csrf", page.csrf_token()},
             {"summary", survey_summary_view(page, surveys, survey)},
             {"answered", answered},
             {"can_answer", open && who != nullptr && !answered},
             {"must_sign_in", open && who == nullptr},
             {"login_url", login_url(page.http.path)},
             {"questions", question_views(page, survey.definition, messages)},
             {"has_errors", !messages.empty()}};
  json errors = json::array();
  for (const auto& q : model["questions"])
    if (!q["error"].get<std::string>().empty())
      errors.push_back(
          {{"href", "#" + q["name"].get<std::string>()},
           {"text", q["text"].get<std::string>() + ": " + q["error"].get<std::string>()}});
  model["errors"] = errors;
  if (page.http.query_or("thong-bao", "") == "da-gui") model["flash"] = page.text("survey.thanks");
  if (!open || (who != nullptr && (who->user.has_role(core::Role::admin) ||
                                   who->user.has_role(core::Role::leader)))) {
    model["results"] = survey_results_view(surveys.results(who, id));
    model["has_results"] = true;
  }
  return render_page(page, "portal/survey", std::move(model), status);
}

core::SurveyAnswers posted_answers(PageRequest& page, const app::Survey& survey) {
  core::SurveyAnswers answers;
  for (std::size_t i = 0; i < survey.definition.questions.size(); ++i) {
    const auto name = "q" + std::to_string(i);
    auto& answer = answers[i];
    if (survey.definition.questions[i].type == core::SurveyQuestionType::text) {
      answer.text = page.field(name);
      continue;
    }
    for (const auto& value : page.form.values(name)) {
      if (value.empty() || value.size() > 3 ||
          value.find_first_not_of("0123456789") != std::string::npos)
        app::throw_invalid({{"answers." + std::to_string(i), "error.option"}});
      answer.choices.push_back(std::stoi(value));
    }
  }
  return answers;
}

Response respond(PageRequest& page) {
  app::Surveys surveys(page.context.services);
  const auto id = survey_id_param(page);
  try {
    const auto survey = surveys.read(id);
    surveys.respond(page.principal(), id, posted_answers(page, survey));
  } catch (const app::AppError& error) {
    if (error.kind() != app::ErrorKind::invalid_input) throw;
    return survey_page(page, field_messages(page, error), 400);
  }
  return see_other(std::string(kList) + "/" + std::to_string(id) + "?thong-bao=da-gui");
}

}  // namespace

void register_survey_pages(Router& router, WebContext& context) {
  add_page(router, context, Method::get, kList, list);
  add_page(router, context, Method::get, std::string(kList) + "/{id}",
           [](PageRequest& page) { return survey_page(page, {}, 200); });
  add_page(router, context, Method::post, std::string(kList) + "/{id}", respond);
}

}  // namespace motcua::web::portal
