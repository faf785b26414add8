#include "app/notifications.hpp"

#include <limits>

#include "core/lifecycle.hpp"

namespace motcua::app {
namespace {

bool taken_by_owner(const std::string& action) {
  const auto parsed = core::parse_action(action);
  if (!parsed) return false;
  for (const auto& transition : core::transition_table()) {
    if (transition.action == *parsed) return transition.side == core::Side::owner;
  }
  return false;
}

}  // namespace

void notify_transition(Transaction& tx, const core::Dossier& dossier, const std::string& action,
                       core::Status from, core::Status to, core::Instant at) {
  // An apology keeps the status but moves the due date (Decree 61/2018 Art 19, Mẫu 04): the
  // applicant must learn of it as of any change.
  const bool announced = from != to || action == "apologize";
  if (!announced || taken_by_owner(action) || dossier.owner_id == 0) return;
  Notification notification;
  notification.user_id = dossier.owner_id;
  notification.dossier_id = dossier.id;
  notification.kind = kNoticeStatus;
  notification.action = action;
  notification.status = core::status_code(to);
  notification.created_at = at;
  tx.insert_notification(notification);
}

void notify_owner(Transaction& tx, const core::Dossier& dossier, const std::string& kind,
                  core::Instant at) {
  Notification notification;
  notification.user_id = dossier.owner_id;
  notification.dossier_id = dossier.id;
  notification.kind = kind;
  notification.status = core::status_code(dossier.lifecycle.status);
  notification.created_at = at;
  tx.insert_notification(notification);
}

Page<Notification> Notifications::list(const Principal& who, int page, int per_page) {
  Page<Notification> result;
  services_.store.read(
      [&](Transaction& tx) { result = tx.list_notifications(who.user.id, page, per_page); });
  return result;
}

long long Notifications::unread(long long user_id) {
  return count_unread(user_id, std::numeric_limits<long long>::max());
}

long long Notifications::unread_for_badge(long long user_id) {
  return count_unread(user_id, kBadgeMost + 1);
}

long long Notifications::count_unread(long long user_id, long long at_most) {
  long long count = 0;
  services_.store.read(
      [&](Transaction& tx) { count = tx.count_unread_notifications(user_id, at_most); });
  return count;
}

long long Notifications::mark_read(const Principal& who, long long up_to_id) {
  if (up_to_id <= 0) up_to_id = std::numeric_limits<long long>::max();
  long long changed = 0;
  services_.store.write([&](Transaction& tx) {
    changed = tx.mark_notifications_read(who.user.id, up_to_id, services_.clock.now());
  });
  return changed;
}

}  // namespace motcua::app
