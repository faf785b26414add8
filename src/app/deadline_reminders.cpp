#include "app/deadline_reminders.hpp"

#include <map>
#include <set>

#include "app/contact_messages.hpp"
#include "app/dossier_flow.hpp"
#include "core/deadline.hpp"

namespace motcua::app {
namespace {

constexpr int kPerPass = 500;

// The officials of a unit, read once per pass however many dossiers it holds.
class UnitStaff {
 public:
  explicit UnitStaff(Transaction& tx) : tx_(tx) {}

  std::set<long long> with_role(long long unit_id, core::Role role) {
    std::set<long long> ids;
    for (const auto& user : of(unit_id))
      if (user.active && user.has_role(role)) ids.insert(user.id);
    return ids;
  }

 private:
  const std::vector<User>& of(long long unit_id) {
    auto found = staff_.find(unit_id);
    if (found == staff_.end())
      found = staff_.emplace(unit_id, tx_.list_users_of_unit(unit_id)).first;
    return found->second;
  }

  Transaction& tx_;
  std::map<long long, std::vector<User>> staff_;
};

// The holder: the named official, else everyone of the step's role in its unit; the unit's
// leaders too once it is overdue.
std::set<long long> recipients(UnitStaff& staff, const DueWork& work, const std::string& kind) {
  std::set<long long> ids;
  if (work.assignee_id) {
    ids.insert(*work.assignee_id);
  } else {
    ids =
        staff.with_role(work.unit_id, core::parse_role(work.role).value_or(core::Role::specialist));
  }
  if (kind == kReminderOverdue) ids.merge(staff.with_role(work.unit_id, core::Role::leader));
  return ids;
}

// By SMS or e-mail too, when the official chose it and the gateways are connected.
void message_official(const Services& services, Transaction& tx, long long user_id,
                      const DueWork& work, const std::string& kind, const std::string& subject) {
  const auto user = tx.find_user(user_id);
  if (!user || user->notify_channel == "portal") return;
  const ContactMessage message{
      "reminder",
      kind,
      {{"code", work.dossier_code}, {"due", core::format_display(work.due_at)}},
      "reminder:" + std::to_string(work.dossier_id) + ":" + subject + ":" + kind + ":" +
          std::to_string(user->id),
      "official:" + std::to_string(user->id),
      work.dossier_id};
  const auto& channel = user->notify_channel;
  if (channel == "sms" || channel == "all") send_sms(services, tx, user->phone, message);
  if (channel == "email" || channel == "all") send_email(services, tx, user->email, message);
}

int remind(const Services& services, Transaction& tx, UnitStaff& staff, const std::string& kind,
           std::optional<core::Instant> from, core::Instant before, core::Instant now) {
  int sent = 0;
  for (const auto& work : tx.list_due_work(kind, from, before, kPerPass)) {
    const auto subject = work.step_seq ? "step:" + std::to_string(*work.step_seq) : "dossier";
    if (!tx.claim_reminder(work.dossier_id, subject, kind, now)) continue;
    for (const auto user_id : recipients(staff, work, kind)) {
      Notification notification;
      notification.user_id = user_id;
      notification.dossier_id = work.dossier_id;
      notification.kind = kNoticeDeadline;
      notification.action = kind;
      notification.status = work.status;
      notification.created_at = now;
      tx.insert_notification(notification);
      message_official(services, tx, user_id, work, kind, subject);
      ++sent;
    }
  }
  return sent;
}

}  // namespace

int DeadlineReminders::run() {
  const auto now = services_.clock.now();
  int sent = 0;
  services_.store.write([&](Transaction& tx) {
    UnitStaff staff(tx);
    sent += remind(services_, tx, staff, kReminderOverdue, std::nullopt, now, now);
    const auto soon = core::due_soon_limit(load_calendar(tx, now), now);
    sent += remind(services_, tx, staff, kReminderDueSoon, now, soon, now);
  });
  return sent;
}

}  // namespace motcua::app
