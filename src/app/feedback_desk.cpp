#include "app/feedback_desk.hpp"

#include <cctype>
#include <cstdio>

#include "app/contact_messages.hpp"
#include "app/dossier_flow.hpp"
#include "app/errors.hpp"
#include "core/deadline.hpp"
#include "core/form.hpp"
#include "core/sha256.hpp"
#include "core/text.hpp"

namespace motcua::app {
namespace {

constexpr int kPerPage = 20;
constexpr std::size_t kMaxReference = 40;

bool is_leader(const User& user) {
  return user.has_role(core::Role::leader) || user.has_role(core::Role::admin);
}

void require_official(const Principal& who) {
  if (!who.user.is_official()) throw_forbidden();
}

std::string new_code(const Services& services, core::FeedbackKind kind) {
  const auto date = core::to_local(services.clock.now()).date;
  char yymmdd[16];
  std::snprintf(yymmdd, sizeof yymmdd, "%02d%02u%02u", static_cast<int>(date.year()) % 100,
                static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day()));
  // 40 random bits in ten capitals and digits: short to type, long to guess.
  auto random = core::sha256_hex(services.crypto.random_token()).substr(0, 10);
  for (auto& c : random) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return core::feedback_code(kind, yymmdd, random);
}

FeedbackInput trimmed(const FeedbackInput& in) {
  return {in.kind,
          core::trim(in.subject),
          core::trim(in.body),
          core::trim(in.procedure_code),
          core::trim(in.dossier_code),
          core::trim(in.contact),
          in.consent_to_publish,
          in.attachments};
}

// Each attachment checked as a dossier's upload is, then kept in the file store; the rows follow
// once the feedback has its id.
std::vector<FeedbackFile> stored_attachments(Services& services, const std::vector<Upload>& files) {
  if (files.size() > core::kMaxFeedbackAttachments)
    throw_invalid({{"attachments", "error.feedback_attachments"}});
  const auto limits = DossierUploads(services).limits();
  std::vector<FeedbackFile> stored;
  for (const auto& upload : files) {
    const auto type = check_upload(upload, limits);
    stored.push_back({.name = upload.filename.substr(0, 200),
                      .content_type = type,
                      .sha256 = services.files.put(upload.bytes),
                      .size = static_cast<long long>(upload.bytes.size())});
  }
  return stored;
}

void check_references(Transaction& tx, const FeedbackInput& in) {
  std::map<std::string, std::string> problems =
      core::feedback_problems({in.subject, in.body, in.contact});
  if (in.procedure_code.size() > kMaxReference ||
      (!in.procedure_code.empty() && !tx.find_procedure(in.procedure_code)))
    problems["procedure_code"] = "error.unknown_procedure";
  if (in.dossier_code.size() > kMaxReference) problems["dossier_code"] = "error.too_long";
  if (!problems.empty()) throw_invalid(problems);
}

Feedback found(Transaction& tx, const std::string& code) {
  auto feedback = code.size() <= kMaxReference ? tx.find_feedback(code) : std::nullopt;
  if (!feedback) throw_not_found("feedback");
  return *feedback;
}

// The sender hears of the answer where they left a contact.
void tell_sender(const Services& services, Transaction& tx, const Feedback& feedback) {
  const bool question = feedback.kind == core::FeedbackKind::question;
  const ContactMessage message{
      std::string(core::feedback_kind_name(feedback.kind)),
      "answered",
      {{"code", feedback.code},
       {"link", services.policy.public_url +
                    (question ? "/ho-tro/hoi-dap/" : "/phan-anh-kien-nghi/") + feedback.code}},
      "feedback:" + feedback.code,
      "feedback:" + feedback.code,
      std::nullopt};
  if (core::is_valid_email(feedback.contact)) send_email(services, tx, feedback.contact, message);
  if (core::is_valid_phone(feedback.contact)) send_sms(services, tx, feedback.contact, message);
}

}  // namespace

Feedback FeedbackDesk::submit(const Principal* who, const FeedbackInput& raw) {
  const auto in = trimmed(raw);
  services_.store.read([&](Transaction& tx) { check_references(tx, in); });
  auto files = stored_attachments(services_, in.attachments);
  Feedback feedback;
  services_.store.write([&](Transaction& tx) {
    check_references(tx, in);
    const auto now = services_.clock.now();
    feedback = {.code = new_code(services_, in.kind),
                .kind = in.kind,
                .subject = in.subject,
                .body = in.body,
                .procedure_code = in.procedure_code,
                .dossier_code = in.dossier_code,
                .contact = in.contact,
                .consent_to_publish = in.consent_to_publish,
                .created_at = now};
    if (who != nullptr) feedback.author_id = who->user.id;
    const auto clock =
        core::start_clock(load_calendar(tx, now), now, services_.policy.feedback_answer_days);
    feedback.due_at = clock.due_at.value_or(now);
    feedback.id = tx.insert_feedback(feedback);
    for (auto& file : files) {
      file.feedback_id = feedback.id;
      file.created_at = now;
      file.id = tx.insert_feedback_file(file);
    }
  });
  return feedback;
}

Feedback FeedbackDesk::follow(const std::string& code) {
  Feedback feedback;
  services_.store.read([&](Transaction& tx) { feedback = found(tx, code); });
  return feedback;
}

std::vector<Feedback> FeedbackDesk::published(core::FeedbackKind kind, const std::string& text,
                                              int page) {
  std::vector<Feedback> items;
  const FeedbackQuery query{.kind = kind,
                            .published_only = true,
                            .text = core::trim(text).substr(0, 100),
                            .limit = kPerPage,
                            .offset = std::max(0, page - 1) * kPerPage};
  services_.store.read([&](Transaction& tx) { items = tx.list_feedback(query); });
  return items;
}

Feedback FeedbackDesk::read(const Principal& who, const std::string& code) {
  require_official(who);
  return follow(code);
}

std::vector<FeedbackFile> FeedbackDesk::attachments(const Principal& who, const std::string& code) {
  require_official(who);
  std::vector<FeedbackFile> files;
  services_.store.read(
      [&](Transaction& tx) { files = tx.list_feedback_files(found(tx, code).id); });
  return files;
}

FeedbackFileContent FeedbackDesk::attachment(const Principal& who, const std::string& code,
                                             long long id) {
  FeedbackFileContent content;
  for (auto& file : attachments(who, code))
    if (file.id == id) content.file = std::move(file);
  if (content.file.id == 0) throw_not_found("document");
  auto bytes = services_.files.get(content.file.sha256);
  if (!bytes) throw AppError(ErrorKind::unavailable, "file_missing", "error.unavailable");
  content.bytes = std::move(*bytes);
  return content;
}

std::vector<Feedback> FeedbackDesk::worklist(const Principal& who,
                                             std::optional<core::FeedbackKind> kind,
                                             std::optional<core::FeedbackStatus> status) {
  require_official(who);
  std::vector<Feedback> items;
  services_.store.read([&](Transaction& tx) {
    items = tx.list_feedback({.kind = kind, .status = status, .limit = 200});
  });
  return items;
}

std::vector<User> FeedbackDesk::assignable(const Principal& who) {
  require_official(who);
  std::vector<User> officials;
  if (!is_leader(who.user) || !who.user.unit_id) return officials;
  services_.store.read([&](Transaction& tx) {
    for (auto& user : tx.list_users_of_unit(*who.user.unit_id))
      if (user.active && user.is_official()) officials.push_back(std::move(user));
  });
  return officials;
}

Feedback FeedbackDesk::assign(const Principal& who, const std::string& code,
                              const std::string& assignee) {
  require_official(who);
  if (!is_leader(who.user)) throw_forbidden();
  Feedback feedback;
  services_.store.write([&](Transaction& tx) {
    feedback = found(tx, code);
    if (!core::feedback_answerable(feedback.status))
      throw AppError(ErrorKind::conflict, "already_answered", "error.feedback_answered");
    const auto official = tx.find_user_by_username(assignee);
    if (!official || !official->active || !official->is_official())
      throw_invalid({{"assignee", "error.unknown_official"}});
    feedback.assignee = official->username;
    feedback.status = core::FeedbackStatus::assigned;
    tx.update_feedback(feedback);
  });
  return feedback;
}

Feedback FeedbackDesk::answer(const Principal& who, const std::string& code,
                              const std::string& text, bool publish) {
  require_official(who);
  const auto answer = core::trim(text);
  Feedback feedback;
  services_.store.write([&](Transaction& tx) {
    feedback = found(tx, code);
    if (!is_leader(who.user) && feedback.assignee != who.user.username) throw_forbidden();
    if (!core::feedback_answerable(feedback.status))
      throw AppError(ErrorKind::conflict, "already_answered", "error.feedback_answered");
    if (answer.empty()) throw_invalid({{"answer", "error.required"}});
    if (answer.size() > core::kMaxFeedbackAnswer) throw_invalid({{"answer", "error.too_long"}});
    feedback.answer = answer;
    feedback.answered_by = who.user.username;
    feedback.answered_at = services_.clock.now();
    feedback.status = core::FeedbackStatus::answered;
    feedback.published = publish && feedback.consent_to_publish;
    tx.update_feedback(feedback);
    tell_sender(services_, tx, feedback);
  });
  return feedback;
}

}  // namespace motcua::app
