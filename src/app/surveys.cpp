#include "app/surveys.hpp"

#include "app/administration.hpp"
#include "app/errors.hpp"

namespace motcua::app {
namespace {

constexpr int kListLimit = 100;
constexpr int kTextsShown = 20;

bool sees_results_early(const Principal* who) {
  return who != nullptr &&
         (who->user.has_role(core::Role::admin) || who->user.has_role(core::Role::leader));
}

Survey found(Transaction& tx, long long id) {
  auto survey = tx.find_survey(id);
  if (!survey) throw_not_found("survey");
  return *survey;
}

SurveyQuestionResult question_result(
    Transaction& tx, const Survey& survey, std::size_t index,
    const std::map<std::pair<std::size_t, int>, long long>& votes) {
  SurveyQuestionResult result{survey.definition.questions[index], {}, {}};
  if (result.question.type == core::SurveyQuestionType::text) {
    result.texts = tx.survey_texts(survey.id, index, kTextsShown);
    return result;
  }
  for (std::size_t o = 0; o < result.question.options.size(); ++o) {
    const auto it = votes.find({index, static_cast<int>(o)});
    result.options.push_back({result.question.options[o], it == votes.end() ? 0 : it->second});
  }
  return result;
}

}  // namespace

bool Surveys::accepting(const Survey& survey) const {
  return survey.open && (!survey.closes_at || services_.clock.now() < *survey.closes_at);
}

Survey Surveys::publish(const Principal& who, const core::SurveyDefinition& definition,
                        std::optional<core::Instant> closes_at, const std::string& ip) {
  require_admin(who);
  auto problems = core::survey_problems(definition);
  const auto now = services_.clock.now();
  if (closes_at && *closes_at <= now) problems["closes_at"] = "error.not_in_past";
  if (!problems.empty()) throw_invalid(problems);
  Survey survey{.definition = definition,
                .open = true,
                .created_by = who.user.username,
                .created_at = now,
                .closes_at = closes_at};
  services_.store.write([&](Transaction& tx) {
    survey.id = tx.insert_survey(survey);
    tx.append_audit(AuditEntry{now, who.user.username, "survey_published",
                               std::to_string(survey.id), definition.title, ip});
  });
  return survey;
}

Survey Surveys::set_open(const Principal& who, long long id, bool open, const std::string& ip) {
  require_admin(who);
  Survey survey;
  services_.store.write([&](Transaction& tx) {
    survey = found(tx, id);
    if (survey.open == open) return;
    tx.set_survey_open(id, open);
    survey.open = open;
    tx.append_audit(AuditEntry{services_.clock.now(), who.user.username,
                               open ? "survey_reopened" : "survey_closed", std::to_string(id),
                               survey.definition.title, ip});
  });
  return survey;
}

std::vector<Survey> Surveys::list(const Principal* who) {
  std::vector<Survey> surveys;
  const bool everything = sees_results_early(who);
  services_.store.read(
      [&](Transaction& tx) { surveys = tx.list_surveys(!everything, kListLimit); });
  if (!everything) std::erase_if(surveys, [&](const Survey& s) { return !accepting(s); });
  return surveys;
}

Survey Surveys::read(long long id) {
  Survey survey;
  services_.store.read([&](Transaction& tx) { survey = found(tx, id); });
  return survey;
}

bool Surveys::answered(const Principal* who, long long id) {
  if (who == nullptr) return false;
  bool answered = false;
  services_.store.read([&](Transaction& tx) { answered = tx.survey_answered(id, who->user.id); });
  return answered;
}

void Surveys::respond(const Principal& who, long long id, core::SurveyAnswers answers) {
  services_.store.write([&](Transaction& tx) {
    const auto survey = found(tx, id);
    if (!accepting(survey))
      throw AppError(ErrorKind::conflict, "survey_closed", "error.survey_closed");
    const auto problems = core::survey_answer_problems(survey.definition, answers);
    if (!problems.empty()) throw_invalid(problems);
    if (!tx.insert_survey_response({id, who.user.id, answers, services_.clock.now()}))
      throw AppError(ErrorKind::conflict, "survey_answered", "error.survey_answered");
  });
}

SurveyResults Surveys::results(const Principal* who, long long id) {
  SurveyResults results;
  services_.store.read([&](Transaction& tx) {
    results.survey = found(tx, id);
    if (accepting(results.survey) && !sees_results_early(who)) throw_forbidden();
    const auto votes = tx.survey_votes(id);
    for (std::size_t i = 0; i < results.survey.definition.questions.size(); ++i)
      results.questions.push_back(question_result(tx, results.survey, i, votes));
  });
  return results;
}

}  // namespace motcua::app
