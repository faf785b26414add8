#pragma once
// Surveys (khảo sát ý kiến), their responses and the running count of votes per option.
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/survey.hpp"
#include "core/time.hpp"

namespace motcua::app {

struct Survey {
  long long id = 0;
  core::SurveyDefinition definition;
  bool open = true;
  std::string created_by;  // username
  core::Instant created_at{};
  std::optional<core::Instant> closes_at;  // none: open until closed by hand
  long long responses = 0;
};

struct SurveyResponse {
  long long survey_id = 0;
  long long respondent_id = 0;
  core::SurveyAnswers answers;
  core::Instant at{};
};

class SurveyRepository {
 public:
  virtual ~SurveyRepository() = default;
  virtual long long insert_survey(const Survey& survey) = 0;
  virtual std::optional<Survey> find_survey(long long id) = 0;
  // Newest first.
  virtual std::vector<Survey> list_surveys(bool open_only, int limit) = 0;
  virtual void set_survey_open(long long id, bool open) = 0;
  // False when the respondent answered this survey already: the first response stands. Counts the
  // response and its votes.
  virtual bool insert_survey_response(const SurveyResponse& response) = 0;
  virtual bool survey_answered(long long survey_id, long long respondent_id) = 0;
  // Votes by (question index, option index).
  virtual std::map<std::pair<std::size_t, int>, long long> survey_votes(long long survey_id) = 0;
  // The latest non-empty free texts given to one question, newest first.
  virtual std::vector<std::string> survey_texts(long long survey_id, std::size_t question,
                                                int limit) = 0;
};

}  // namespace motcua::app
