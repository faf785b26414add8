#pragma once
// Khảo sát ý kiến (core/survey): administrators publish a survey and close it; anyone reads the
// open ones; a signed-in person answers each once while it is open; administrators and leaders see
// the results at any time, everybody once the survey is closed.
#include <optional>
#include <string>
#include <vector>

#include "app/accounts.hpp"
#include "app/services.hpp"

namespace motcua::app {

struct SurveyOptionResult {
  std::string text;
  long long votes = 0;
};

struct SurveyQuestionResult {
  core::SurveyQuestion question;
  std::vector<SurveyOptionResult> options;  // choice questions
  std::vector<std::string> texts;           // text questions: the latest answers
};

struct SurveyResults {
  Survey survey;
  std::vector<SurveyQuestionResult> questions;
};

class Surveys {
 public:
  explicit Surveys(Services& services) : services_(services) {}

  // Administrators. 400 naming each wrong field; audited.
  Survey publish(const Principal& who, const core::SurveyDefinition& definition,
                 std::optional<core::Instant> closes_at, const std::string& ip);
  Survey set_open(const Principal& who, long long id, bool open, const std::string& ip);

  // Open surveys for everyone; every survey for administrators and leaders.
  std::vector<Survey> list(const Principal* who);
  // 404 for an unknown survey.
  Survey read(long long id);
  // Whether this person answered it already; false without an account.
  bool answered(const Principal* who, long long id);
  // 401 without an account, 409 once closed or answered, 400 naming each wrong answer.
  void respond(const Principal& who, long long id, core::SurveyAnswers answers);
  // 403 for others while the survey is open.
  SurveyResults results(const Principal* who, long long id);

  // Whether the survey takes answers now.
  bool accepting(const Survey& survey) const;

 private:
  Services& services_;
};

}  // namespace motcua::app
