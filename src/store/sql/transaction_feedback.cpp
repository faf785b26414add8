// Feedback (phản ánh, kiến nghị) and its answers.
#include <string_view>

#include "store/sql/query_builder.hpp"
#include "store/sql/transaction.hpp"

namespace motcua::store::sql {
namespace {

constexpr const char* kFeedbackColumns =
    "id, code, subject, body, procedure_code, dossier_code, contact, author_id, "
    "consent_to_publish, status, assignee, answer, answered_by, answered_at, published, "
    "created_at, due_at, kind";

app::Feedback feedback_from(const Row& row) {
  app::Feedback f;
  f.id = row.integer(0);
  f.code = row.text(1);
  f.subject = row.text(2);
  f.body = row.text(3);
  f.procedure_code = row.text(4);
  f.dossier_code = row.text(5);
  f.contact = row.text(6);
  if (!row.is_null(7)) f.author_id = row.integer(7);
  f.consent_to_publish = row.boolean(8);
  f.status = core::parse_feedback_status(row.text(9));
  f.assignee = row.text(10);
  f.answer = row.text(11);
  f.answered_by = row.text(12);
  f.answered_at = row.opt_instant(13);
  f.published = row.boolean(14);
  f.created_at = row.instant(15);
  f.due_at = row.instant(16);
  f.kind = core::parse_feedback_kind(row.text(17)).value_or(core::FeedbackKind::feedback);
  return f;
}

}  // namespace

long long SqlTransaction::insert_feedback(const app::Feedback& f) {
  return insert_returning_id(
      "INSERT INTO feedback (code, subject, body, procedure_code, dossier_code, contact, "
      "author_id, consent_to_publish, status, created_at, due_at, kind) "
      "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING id",
      {f.code, f.subject, f.body, f.procedure_code, f.dossier_code, f.contact, f.author_id,
       f.consent_to_publish, std::string(core::feedback_status_name(f.status)), f.created_at,
       f.due_at, std::string(core::feedback_kind_name(f.kind))});
}

std::optional<app::Feedback> SqlTransaction::find_feedback(const std::string& code) {
  const auto rows = db_.query(
      std::string("SELECT ") + kFeedbackColumns + " FROM feedback WHERE code = $1" + lock_suffix(),
      {code});
  if (rows.empty()) return std::nullopt;
  return feedback_from(rows.front());
}

std::vector<app::Feedback> SqlTransaction::list_feedback(const app::FeedbackQuery& query) {
  QueryBuilder q;
  if (query.kind) q.where("kind = " + q.bind(std::string(core::feedback_kind_name(*query.kind))));
  if (query.status)
    q.where("status = " + q.bind(std::string(core::feedback_status_name(*query.status))));
  if (query.published_only) q.where("published = 1");
  if (!query.text.empty()) {
    const auto part = q.bind("%" + query.text + "%");
    q.where("(LOWER(subject) LIKE LOWER(" + part + ") OR LOWER(body) LIKE LOWER(" + part +
            ") OR LOWER(answer) LIKE LOWER(" + part + "))");
  }
  const auto limit = q.bind(query.limit);
  const auto offset = q.bind(query.offset);
  std::vector<app::Feedback> out;
  for (const auto& row :
       db_.query(std::string("SELECT ") + kFeedbackColumns + " FROM feedback" + q.where_clause() +
                     " ORDER BY created_at DESC, id DESC LIMIT " + limit + " OFFSET " + offset,
                 q.params()))
    out.push_back(feedback_from(row));
  return out;
}

void SqlTransaction::update_feedback(const app::Feedback& f) {
  db_.exec(
      "UPDATE feedback SET status = $1, assignee = $2, answer = $3, answered_by = $4, "
      "answered_at = $5, published = $6 WHERE id = $7",
      {std::string(core::feedback_status_name(f.status)), f.assignee, f.answer, f.answered_by,
       f.answered_at, f.published, f.id});
}

long long SqlTransaction::insert_feedback_file(const app::FeedbackFile& f) {
  return insert_returning_id(
      "INSERT INTO feedback_files (feedback_id, name, content_type, sha256, size, created_at) "
      "VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
      {f.feedback_id, f.name, f.content_type, f.sha256, f.size, f.created_at});
}

std::vector<app::FeedbackFile> SqlTransaction::list_feedback_files(long long feedback_id) {
  std::vector<app::FeedbackFile> files;
  for (const auto& row :
       db_.query("SELECT id, feedback_id, name, content_type, sha256, size, created_at "
                 "FROM feedback_files WHERE feedback_id = $1 ORDER BY id",
                 {feedback_id}))
    files.push_back({row.integer(0), row.integer(1), row.text(2), row.text(3), row.text(4),
                     row.integer(5), row.instant(6)});
  return files;
}

}  // namespace motcua::store::sql
