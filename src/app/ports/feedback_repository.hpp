#pragma once
// Feedback (phản ánh, kiến nghị) and its answers.
#include <optional>
#include <string>
#include <vector>

#include "core/feedback.hpp"
#include "core/time.hpp"

namespace motcua::app {

struct Feedback {
  long long id = 0;
  std::string code;
  core::FeedbackKind kind = core::FeedbackKind::feedback;
  std::string subject;
  std::string body;
  std::string procedure_code;  // optional: what it is about
  std::string dossier_code;
  std::string contact;
  std::optional<long long> author_id;  // none: sent without signing in
  bool consent_to_publish = false;
  core::FeedbackStatus status = core::FeedbackStatus::received;
  std::string assignee;  // username
  std::string answer;
  std::string answered_by;
  std::optional<core::Instant> answered_at;
  bool published = false;
  core::Instant created_at{};
  core::Instant due_at{};
};

// A paper or photo sent with feedback: the bytes are in the file store under sha256.
struct FeedbackFile {
  long long id = 0;
  long long feedback_id = 0;
  std::string name;
  std::string content_type;
  std::string sha256;
  long long size = 0;
  core::Instant created_at{};
};

struct FeedbackQuery {
  std::optional<core::FeedbackKind> kind;  // any when none
  std::optional<core::FeedbackStatus> status;
  bool published_only = false;
  std::string text;  // in the subject, the body or the answer; any when empty
  int limit = 50;
  int offset = 0;
};

class FeedbackRepository {
 public:
  virtual ~FeedbackRepository() = default;
  virtual long long insert_feedback(const Feedback& feedback) = 0;
  virtual std::optional<Feedback> find_feedback(const std::string& code) = 0;
  // Newest first.
  virtual std::vector<Feedback> list_feedback(const FeedbackQuery& query) = 0;
  // Writes the handling fields: status, assignee, answer, answered_by/at, published.
  virtual void update_feedback(const Feedback& feedback) = 0;
  virtual long long insert_feedback_file(const FeedbackFile& file) = 0;
  // In the order they were sent.
  virtual std::vector<FeedbackFile> list_feedback_files(long long feedback_id) = 0;
};

}  // namespace motcua::app
