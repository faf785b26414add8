#pragma once
// Phản ánh, kiến nghị (Decree 20/2008/NĐ-CP as amended; requirements §4 P15): anyone, signed in or
// not, sends feedback on a procedure, a unit or a dossier and gets a code to follow it; officials
// assign it and answer within the configured working days; an answer is published only with the
// sender's consent. A question (hỏi đáp, P18) goes the same way and, once answered and published,
// joins the portal's questions and answers.
#include <map>
#include <optional>
#include <string>
#include <string_view>

namespace motcua::core {

enum class FeedbackStatus { received, assigned, answered };
enum class FeedbackKind { feedback, question };

std::string_view feedback_kind_name(FeedbackKind kind);
std::optional<FeedbackKind> parse_feedback_kind(std::string_view name);

std::string_view feedback_status_name(FeedbackStatus status);
FeedbackStatus parse_feedback_status(std::string_view name);  // received when unknown

inline constexpr std::size_t kMaxFeedbackSubject = 200;
inline constexpr std::size_t kMaxFeedbackBody = 5000;
inline constexpr std::size_t kMaxFeedbackContact = 200;
inline constexpr std::size_t kMaxFeedbackAnswer = 10000;
inline constexpr std::size_t kMaxFeedbackAttachments =
    3;                                          // PDF, JPEG or PNG, each within the upload limit
inline constexpr int kFeedbackAnswerDays = 10;  // the default; the policy may set another

struct FeedbackDraft {
  std::string subject;
  std::string body;
  std::string contact;  // a phone number or an e-mail, optional
};

// What is wrong, by field; empty when the feedback may be recorded.
std::map<std::string, std::string> feedback_problems(const FeedbackDraft& draft);

// A code nobody can guess from another (anyone who holds it reads the answer): "PA" for feedback or
// "HD" for a question, the date, then `random` (at least 40 random bits).
std::string feedback_code(FeedbackKind kind, std::string_view yymmdd, std::string_view random);

// An answer may be given once assigned or before (a leader answers directly); never twice.
constexpr bool feedback_answerable(FeedbackStatus status) {
  return status != FeedbackStatus::answered;
}

}  // namespace motcua::core
