#pragma once
// Phản ánh, kiến nghị (core/feedback): anyone sends feedback and follows it by its code; officials
// see what came, a leader assigns it, the assignee or a leader answers, and the answer is published
// when the sender consented (a question's public answer joins the portal's questions and answers);
// the sender is told by SMS or e-mail when they left a contact.
#include <optional>
#include <string>
#include <vector>

#include "app/accounts.hpp"
#include "app/dossier_uploads.hpp"
#include "app/services.hpp"

namespace motcua::app {

struct FeedbackInput {
  core::FeedbackKind kind = core::FeedbackKind::feedback;
  std::string subject;
  std::string body;
  std::string procedure_code;
  std::string dossier_code;
  std::string contact;
  bool consent_to_publish = false;
  std::vector<Upload> attachments;  // at most core::kMaxFeedbackAttachments
};

struct FeedbackFileContent {
  FeedbackFile file;
  std::string bytes;
};

class FeedbackDesk {
 public:
  explicit FeedbackDesk(Services& services) : services_(services) {}

  // `who` is null for feedback sent without signing in. 400 naming each wrong field, the
  // attachments under "attachments"; 413 for an attachment over the upload limit.
  Feedback submit(const Principal* who, const FeedbackInput& input);
  // What the code's holder reads; 404 for an unknown code.
  Feedback follow(const std::string& code);
  // Published answers of one kind, newest first, filtered by words when given.
  std::vector<Feedback> published(core::FeedbackKind kind, const std::string& text, int page);

  // Officials only (403 otherwise).
  Feedback read(const Principal& who, const std::string& code);
  std::vector<FeedbackFile> attachments(const Principal& who, const std::string& code);
  FeedbackFileContent attachment(const Principal& who, const std::string& code, long long id);
  std::vector<Feedback> worklist(const Principal& who, std::optional<core::FeedbackKind> kind,
                                 std::optional<core::FeedbackStatus> status);
  // The officials a leader may give feedback to: the active ones of the leader's unit.
  std::vector<User> assignable(const Principal& who);
  // A leader or an administrator gives it to an active official.
  Feedback assign(const Principal& who, const std::string& code, const std::string& assignee);
  // The assignee, a leader or an administrator, once; published only with the sender's consent.
  Feedback answer(const Principal& who, const std::string& code, const std::string& text,
                  bool publish);

 private:
  Services& services_;
};

}  // namespace motcua::app
