// messages between applicant and agency (requirements P5), in-portal notifications, the
// printouts kept as issued (form 01) and the finished dossiers a completion forecast learns from.
#include <algorithm>

#include "store/sql/transaction.hpp"

namespace motcua::store::sql {
namespace {

constexpr int kMaxNotificationsPerPage = 100;

app::DossierMessage message_from(const Row& row) {
  app::DossierMessage message;
  message.id = row.integer(0);
  message.dossier_id = row.integer(1);
  message.side = row.text(2);
  message.author_id = row.integer(3);
  message.body = row.text(4);
  message.created_at = row.instant(5);
  return message;
}

app::Notification notification_from(const Row& row) {
  app::Notification notification;
  notification.id = row.integer(0);
  notification.user_id = row.integer(1);
  notification.dossier_id = row.integer(2);
  notification.dossier_code = row.is_null(3) ? "" : row.text(3);
  notification.kind = row.text(4);
  notification.action = row.text(5);
  notification.status = row.int32(6);
  notification.created_at = row.instant(7);
  notification.read_at = row.opt_instant(8);
  return notification;
}

}  // namespace

long long SqlTransaction::insert_message(const app::DossierMessage& message) {
  return insert_returning_id(
      "INSERT INTO dossier_messages (dossier_id, side, author_id, body, created_at) "
      "VALUES ($1, $2, $3, $4, $5) RETURNING id",
      {message.dossier_id, message.side, message.author_id, message.body, message.created_at});
}

std::vector<app::DossierMessage> SqlTransaction::list_messages(long long dossier_id) {
  std::vector<app::DossierMessage> messages;
  const auto rows = db_.query(
      "SELECT id, dossier_id, side, author_id, body, created_at FROM dossier_messages "
      "WHERE dossier_id = $1 ORDER BY id",
      {dossier_id});
  for (const auto& row : rows) messages.push_back(message_from(row));
  return messages;
}

long long SqlTransaction::insert_notification(const app::Notification& notification) {
  return insert_returning_id(
      "INSERT INTO notifications (user_id, dossier_id, kind, action, status, created_at, read_at) "
      "VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id",
      {notification.user_id, notification.dossier_id, notification.kind, notification.action,
       notification.status, notification.created_at, notification.read_at});
}

app::Page<app::Notification> SqlTransaction::list_notifications(long long user_id, int page,
                                                                int per_page) {
  app::Page<app::Notification> result;
  result.total = db_.query("SELECT COUNT(*) FROM notifications WHERE user_id = $1", {user_id})
                     .at(0)
                     .integer(0);
  const int limit = std::clamp(per_page, 1, kMaxNotificationsPerPage);
  const long long offset = static_cast<long long>(std::max(1, page) - 1) * limit;
  const auto rows = db_.query(
      "SELECT n.id, n.user_id, n.dossier_id, d.code, n.kind, n.action, n.status, n.created_at, "
      "n.read_at FROM notifications n JOIN dossiers d ON d.id = n.dossier_id "
      "WHERE n.user_id = $1 ORDER BY n.id DESC LIMIT $2 OFFSET $3",
      {user_id, limit, offset});
  for (const auto& row : rows) result.items.push_back(notification_from(row));
  return result;
}

long long SqlTransaction::count_unread_notifications(long long user_id, long long at_most) {
  return db_
      .query(
          "SELECT COUNT(*) FROM (SELECT 1 FROM notifications WHERE user_id = $1 "
          "AND read_at IS NULL LIMIT $2) unread",
          {user_id, at_most})
      .at(0)
      .integer(0);
}

long long SqlTransaction::mark_notifications_read(long long user_id, long long up_to_id,
                                                  core::Instant at) {
  return static_cast<long long>(
      db_.query("UPDATE notifications SET read_at = $1 WHERE user_id = $2 AND read_at IS NULL "
                "AND id <= $3 RETURNING id",
                {at, user_id, up_to_id})
          .size());
}

void SqlTransaction::insert_printout(const app::StoredPrintout& printout) {
  // Issued once: a second insert for the same dossier and kind keeps the first document.
  db_.exec(
      "INSERT INTO dossier_printouts (dossier_id, kind, sha256, size, created_at) "
      "VALUES ($1, $2, $3, $4, $5) ON CONFLICT (dossier_id, kind) DO NOTHING",
      {printout.dossier_id, printout.kind, printout.sha256, printout.size, printout.created_at});
}

std::optional<app::StoredPrintout> SqlTransaction::find_printout(long long dossier_id,
                                                                 const std::string& kind) {
  const auto rows = db_.query(
      "SELECT dossier_id, kind, sha256, size, created_at FROM dossier_printouts "
      "WHERE dossier_id = $1 AND kind = $2",
      {dossier_id, kind});
  if (rows.empty()) return std::nullopt;
  const auto& row = rows.front();
  return app::StoredPrintout{row.integer(0), row.text(1), row.text(2), row.integer(3),
                             row.instant(4)};
}

std::vector<app::FinishedSample> SqlTransaction::list_finished_samples(
    const std::string& procedure_code, int limit) {
  std::vector<app::FinishedSample> samples;
  const auto rows = db_.query(
      "SELECT d.due_at, e.at FROM dossiers d JOIN dossier_events e "
      "ON e.dossier_id = d.id AND e.to_status = 9 AND e.from_status <> 9 "
      "WHERE d.procedure_code = $1 AND d.status IN (9, 10) AND d.due_at IS NOT NULL "
      "ORDER BY e.at DESC LIMIT $2",
      {procedure_code, std::clamp(limit, 1, 200)});
  for (const auto& row : rows) samples.push_back({row.instant(0), row.instant(1)});
  return samples;
}

}  // namespace motcua::store::sql
