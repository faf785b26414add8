#include "web/pages/survey_view.hpp"

#include "app/errors.hpp"
#include "core/time.hpp"

namespace motcua::web {

using nlohmann::json;

long long survey_id_param(const PageRequest& page) {
  const auto text = page.http.param("id");
  if (text.empty() || text.size() > 12 || text.find_first_not_of("0123456789") != std::string::npos)
    app::throw_not_found("survey");
  return std::stoll(text);
}

json survey_summary_view(PageRequest& page, app::Surveys& surveys, const app::Survey& survey) {
  const bool open = surveys.accepting(survey);
  return {{"id", survey.id},
          {"title", survey.definition.title},
          {"description", survey.definition.description},
          {"open", open},
          {"state", page.text(open ? "survey.state.open" : "survey.state.closed")},
          {"created_at", core::format_display(survey.created_at)},
          {"closes_at", survey.closes_at ? core::format_display(*survey.closes_at) : ""},
          {"responses", survey.responses}};
}

json survey_results_view(const app::SurveyResults& results) {
  json questions = json::array();
  for (std::size_t i = 0; i < results.questions.size(); ++i) {
    const auto& q = results.questions[i];
    long long total = 0;
    for (const auto& o : q.options) total += o.votes;
    json options = json::array();
    for (const auto& o : q.options) {
      const auto percent = total > 0 ? (o.votes * 100 + total / 2) / total : 0;
      options.push_back({{"text", o.text}, {"votes", o.votes}, {"percent", percent}});
    }
    json texts = json::array();
    for (const auto& t : q.texts) texts.push_back({{"text", t}});
    questions.push_back({{"number", i + 1},
                         {"text", q.question.text},
                         {"options", options},
                         {"has_options", !options.empty()},
                         {"texts", texts},
                         {"is_text", q.question.type == core::SurveyQuestionType::text},
                         {"has_texts", !texts.empty()}});
  }
  return questions;
}

}  // namespace motcua::web
