#include "core/feedback.hpp"

#include "core/form.hpp"
#include "core/text.hpp"

namespace motcua::core {
namespace {

bool blank(std::string_view text) {
  return text.find_first_not_of(" \t\r\n") == std::string_view::npos;
}

}  // namespace

std::string_view feedback_status_name(FeedbackStatus status) {
  switch (status) {
    case FeedbackStatus::assigned:
      return "assigned";
    case FeedbackStatus::answered:
      return "answered";
    case FeedbackStatus::received:
      break;
  }
  return "received";
}

FeedbackStatus parse_feedback_status(std::string_view name) {
  if (name == "assigned") return FeedbackStatus::assigned;
  if (name == "answered") return FeedbackStatus::answered;
  return FeedbackStatus::received;
}

std::string_view feedback_kind_name(FeedbackKind kind) {
  return kind == FeedbackKind::question ? "question" : "feedback";
}

std::optional<FeedbackKind> parse_feedback_kind(std::string_view name) {
  if (name == "feedback") return FeedbackKind::feedback;
  if (name == "question") return FeedbackKind::question;
  return std::nullopt;
}

std::map<std::string, std::string> feedback_problems(const FeedbackDraft& draft) {
  std::map<std::string, std::string> problems;
  if (blank(draft.subject))
    problems["subject"] = "error.required";
  else if (draft.subject.size() > kMaxFeedbackSubject)
    problems["subject"] = "error.too_long";
  if (blank(draft.body))
    problems["body"] = "error.required";
  else if (draft.body.size() > kMaxFeedbackBody)
    problems["body"] = "error.too_long";
  if (draft.contact.size() > kMaxFeedbackContact) {
    problems["contact"] = "error.too_long";
  } else if (!draft.contact.empty() && !is_valid_email(draft.contact) &&
             !is_valid_phone(draft.contact)) {
    problems["contact"] = "error.feedback_contact";
  }
  return problems;
}

std::string feedback_code(FeedbackKind kind, std::string_view yymmdd, std::string_view random) {
  return (kind == FeedbackKind::question ? "HD" : "PA") + std::string(yymmdd) + "-" +
         std::string(random);
}

}  // namespace motcua::core
