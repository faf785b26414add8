// Surveys (khảo sát ý kiến), their responses and the votes per option.
#include "app/bounded_json.hpp"
#include "app/survey_json.hpp"
#include "store/sql/transaction.hpp"

namespace motcua::store::sql {
namespace {

constexpr const char* kSurveyColumns =
    "id, definition, open, created_by, created_at, closes_at, responses";
constexpr int kTextScan = 500;  // the latest responses looked through for free texts

app::Survey survey_from(const Row& row) {
  app::Survey survey;
  survey.id = row.integer(0);
  const auto definition = app::parse_bounded_json(row.text(1));
  if (definition.is_object()) survey.definition = app::survey_definition_from_json(definition);
  survey.open = row.boolean(2);
  survey.created_by = row.text(3);
  survey.created_at = row.instant(4);
  survey.closes_at = row.opt_instant(5);
  survey.responses = row.integer(6);
  return survey;
}

}  // namespace

long long SqlTransaction::insert_survey(const app::Survey& s) {
  return insert_returning_id(
      "INSERT INTO surveys (title, definition, open, created_by, created_at, closes_at) "
      "VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
      {s.definition.title, app::survey_definition_json(s.definition).dump(), s.open, s.created_by,
       s.created_at, s.closes_at});
}

std::optional<app::Survey> SqlTransaction::find_survey(long long id) {
  const auto rows = db_.query(
      std::string("SELECT ") + kSurveyColumns + " FROM surveys WHERE id = $1" + lock_suffix(),
      {id});
  if (rows.empty()) return std::nullopt;
  return survey_from(rows.front());
}

std::vector<app::Survey> SqlTransaction::list_surveys(bool open_only, int limit) {
  std::vector<app::Survey> out;
  for (const auto& row : db_.query(std::string("SELECT ") + kSurveyColumns + " FROM surveys" +
                                       (open_only ? " WHERE open = 1" : "") +
                                       " ORDER BY created_at DESC, id DESC LIMIT $1",
                                   {limit}))
    out.push_back(survey_from(row));
  return out;
}

void SqlTransaction::set_survey_open(long long id, bool open) {
  db_.exec("UPDATE surveys SET open = $1 WHERE id = $2", {open, id});
}

bool SqlTransaction::insert_survey_response(const app::SurveyResponse& r) {
  const bool inserted =
      !db_.query(
              "INSERT INTO survey_responses (survey_id, respondent_id, answers, at) "
              "VALUES ($1, $2, $3, $4) ON CONFLICT (survey_id, respondent_id) DO NOTHING "
              "RETURNING id",
              {r.survey_id, r.respondent_id, app::survey_answers_json(r.answers).dump(), r.at})
           .empty();
  if (!inserted) return false;
  db_.exec("UPDATE surveys SET responses = responses + 1 WHERE id = $1", {r.survey_id});
  for (const auto& [question, option] : core::survey_votes(r.answers)) {
    db_.exec(
        "INSERT INTO survey_votes (survey_id, question, option_index, votes) "
        "VALUES ($1, $2, $3, 1) ON CONFLICT (survey_id, question, option_index) "
        "DO UPDATE SET votes = survey_votes.votes + 1",
        {r.survey_id, static_cast<long long>(question), option});
  }
  return true;
}

bool SqlTransaction::survey_answered(long long survey_id, long long respondent_id) {
  return !db_.query("SELECT 1 FROM survey_responses WHERE survey_id = $1 AND respondent_id = $2",
                    {survey_id, respondent_id})
              .empty();
}

std::map<std::pair<std::size_t, int>, long long> SqlTransaction::survey_votes(long long survey_id) {
  std::map<std::pair<std::size_t, int>, long long> out;
  for (const auto& row :
       db_.query("SELECT question, option_index, votes FROM survey_votes WHERE survey_id = $1",
                 {survey_id}))
    out[{static_cast<std::size_t>(row.integer(0)), static_cast<int>(row.integer(1))}] =
        row.integer(2);
  return out;
}

std::vector<std::string> SqlTransaction::survey_texts(long long survey_id, std::size_t question,
                                                      int limit) {
  std::vector<std::string> texts;
  const auto key = std::to_string(question);
  for (const auto& row : db_.query("SELECT answers FROM survey_responses WHERE survey_id = $1 "
                                   "ORDER BY at DESC, id DESC LIMIT $2",
                                   {survey_id, kTextScan})) {
    const auto answers = app::parse_bounded_json(row.text(0));
    if (!answers.is_object() || !answers.contains(key)) continue;
    const auto text = answers[key].value("text", "");
    if (!text.empty()) texts.push_back(text);
    if (static_cast<int>(texts.size()) >= limit) break;
  }
  return texts;
}

}  // namespace motcua::store::sql
